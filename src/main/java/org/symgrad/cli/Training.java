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
 * JDK 21–24: a dynamic CDS archive): the common command lines over the gallery (its scripts run and
 * checked, its homework documents checked), so that the classes
 * and linkage a typical call needs are in the archive and need not be loaded and linked at each
 * start. Not {@code render}: an AOT cache loads every class it holds at each start, and the ~500
 * classes of AWT, jlatexmath and Batik would slow every other command. For the same reason the build
 * makes a second, lean archive from the command lines of {@code diff}, {@code run} and {@code simplify}
 * alone, which the launcher uses for those commands: without the document reader's and the checker's
 * classes it starts sooner. Output is discarded. Usage: {@code Training EXAMPLES_DIR [COMMAND,…]} (the
 * commands whose lines are run; all when none are named); exit 0 unless a
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
        // the homework documents of the gallery, checked as `symgrad check` reads them (the reader of
        // Markdown and LaTeX, the step checker); not the annotated copies the gallery keeps of them
        Path checks = examples.resolve("checks");
        if (Files.isDirectory(checks)) {
            try (Stream<Path> files = Files.list(checks)) {
                for (Path document : files.filter(Training::isDocument).sorted().toList()) {
                    lines.add(new String[] {"check", document.toString()});
                    lines.add(new String[] {"check", document.toString(), "-f", "unicode"});
                }
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
        if (args.length > 1) {
            java.util.Set<String> commands = java.util.Set.of(args[1].split(","));
            lines.removeIf(line -> !commands.contains(line[0]));
        }
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

    /** A Markdown or LaTeX document as written, not one of the annotated copies named X.checked.*. */
    private static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        return (name.endsWith(".md") || name.endsWith(".tex")) && !name.contains(".checked.");
    }
}
