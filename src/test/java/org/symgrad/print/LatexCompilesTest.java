package org.symgrad.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random expressions printed as LaTeX compile with pdflatex (jlatexmath accepts broken LaTeX, so
 * it cannot be the judge). Skipped where pdflatex is not installed.
 */
class LatexCompilesTest {

    @Test
    void randomExpressionsCompile(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("pdflatex"), "pdflatex not installed");
        RandomExprs gen = new RandomExprs(99);
        StringBuilder doc = new StringBuilder("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
        for (int i = 0; i < 200; i++) {
            doc.append("\\[").append(Printer.latex(gen.next(3))).append("\\]\n");
        }
        doc.append("\\end{document}\n");
        Files.writeString(dir.resolve("t.tex"), doc, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "t.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), () -> {
            try {
                return Files.readString(dir.resolve("out.log"));
            } catch (Exception e) {
                return e.toString();
            }
        });
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
