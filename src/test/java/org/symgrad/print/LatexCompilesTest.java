package org.symgrad.print;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symgrad.testing.Pdflatex;

/**
 * Random expressions printed as LaTeX compile with pdflatex (jlatexmath accepts broken LaTeX, so
 * it cannot be the judge). Without pdflatex: skipped, or failed under CI ({@link Pdflatex}).
 */
class LatexCompilesTest {

    @Test
    void randomExpressionsCompile(@TempDir Path dir) throws Exception {
        Pdflatex.requireInstalled();
        RandomExprs gen = new RandomExprs(99);
        StringBuilder doc = new StringBuilder("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
        for (int i = 0; i < 200; i++) {
            doc.append("\\[").append(Printer.latex(gen.next(3))).append("\\]\n");
        }
        doc.append("\\end{document}\n");
        Files.writeString(dir.resolve("t.tex"), doc, StandardCharsets.UTF_8);
        Pdflatex.assertCompiles(dir, "t.tex");
    }
}
