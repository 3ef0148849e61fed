package org.symgrad.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;

/**
 * Typesets a standalone LaTeX document to PDF with pdflatex (the one program that can tell whether
 * LaTeX is valid; jlatexmath accepts broken input). pdflatex runs in a temporary directory, without
 * input from the terminal, and its log is in the message when it fails.
 */
public final class PdfLatex {
    private static final long TIMEOUT_SECONDS = 120;

    private PdfLatex() {
    }

    /** Writes {@code tex} typeset to {@code pdf}. */
    public static void compile(String tex, Path pdf) throws IOException {
        Path dir = Files.createTempDirectory("symgrad-pdf");
        try {
            Files.writeString(dir.resolve("document.tex"), tex, StandardCharsets.UTF_8);
            Process p;
            try {
                p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "document.tex")
                        .directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("pdflatex.out").toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            } catch (IOException e) {
                throw new InputException("cannot write a PDF: pdflatex is not installed (Debian: texlive-latex-base "
                        + "texlive-latex-recommended); write .tex instead");
            }
            try {
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new LimitException("time", "pdflatex ran longer than " + TIMEOUT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new LimitException("time", "pdflatex was interrupted");
            }
            Path out = dir.resolve("document.pdf");
            if (p.exitValue() != 0 || !Files.exists(out)) {
                throw new InputException("pdflatex could not typeset the document:\n" + tail(dir.resolve("pdflatex.out")));
            }
            Files.copy(out, pdf, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String tail(Path log) throws IOException {
        String[] lines = Files.readString(log, StandardCharsets.ISO_8859_1).split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, lines.length - 12); i < lines.length; i++) {
            out.append("  ").append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
