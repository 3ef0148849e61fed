package org.symgrad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run from which the build makes the JVM's class-data archive (JDK 25+: an AOT cache;
 * JDK 21–24: a dynamic CDS archive): the common command lines over the gallery, so that the classes
 * and linkage a typical call needs are in the archive and need not be loaded and linked at each
 * start. Not {@code render}: an AOT cache loads every class it holds at each start, and the ~500
 * classes of AWT, jlatexmath and Batik would slow every other command. Output is discarded. Usage: {@code Training EXAMPLES_DIR}; exit 0 unless a
 * gallery script failed in a way it never does (a broken build is not worth archiving).
 */
final class Training {
    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path examples = Path.of(args[0]);
        List<String[]> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path sg : files.filter(p -> p.toString().endsWith(".sg")).sorted().toList()) {
                for (String format : new String[] {"ascii", "unicode", "json", "latex", "markdown"}) {
                    lines.add(new String[] {"run", sg.toString(), "-f", format});
                    lines.add(new String[] {"run", sg.toString(), "--steps", "-f", format});
                }
                lines.add(new String[] {"check", sg.toString()});
            }
        }
        for (String format : new String[] {"ascii", "unicode", "json", "latex", "markdown"}) {
            lines.add(new String[] {"diff", "sigma(x)", "--wrt", "x", "-f", format});
            lines.add(new String[] {"diff", "log(sigma(x))", "--wrt", "x", "--steps", "-f", format});
            lines.add(new String[] {"diff", "x_i*W_ij", "--wrt", "W_kl", "-f", format});
            lines.add(new String[] {"simplify", "sum_k delta_ik*f_k + x*x", "-f", format});
        }
        lines.add(new String[] {"diff", "sigma(x)", "--wrt", "x"});
        lines.add(new String[] {"simplify", "x +"});
        int failures = 0;
        // several rounds, so that the hot code is compiled and profiled as in a long run
        for (int round = 0; round < 3; round++) {
            for (String[] line : lines) {
                int code = Main.run(line, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
                failures += code > ExitCodes.CHECK_FAILED && !line[1].equals("x +") ? 1 : 0;
            }
        }
        if (failures > 0) {
            System.err.println("training: " + failures + " command lines failed");
            System.exit(1);
        }
    }
}
