package org.symgrad.api;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.symgrad.error.FileErrors;
import org.symgrad.error.InputException;

/**
 * Writes a standalone LaTeX document as a PDF file by running pdflatex on it in a temporary
 * directory (removed afterwards). Without pdflatex on {@code PATH} it is an {@link InputException}
 * saying what to install; a document pdflatex rejects is a defect of symgrad (it writes only LaTeX
 * that compiles), an {@link IllegalStateException} quoting pdflatex's error.
 */
final class PdfWriter {
    private static final long TIMEOUT_SECONDS = 120;
    private static final String DOCUMENT = "symgrad.tex";

    private PdfWriter() {
    }

    /** The pdflatex on the {@code PATH} given, if any. */
    static Optional<Path> find(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "pdflatex");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Compiles {@code tex} with the pdflatex on {@code PATH} and writes the PDF to {@code out}. */
    static void write(String tex, Path out) {
        write(tex, out, find(System.getenv("PATH")));
    }

    /** Compiles {@code tex} with {@code pdflatex}, when there is one, and writes the PDF to {@code out}. */
    static void write(String tex, Path out, Optional<Path> pdflatex) {
        Path exe = pdflatex.orElseThrow(() -> new InputException("cannot write " + out
                + ": PDF output needs pdflatex, which is not installed (not on PATH); install TeX Live"
                + " (Debian: texlive-latex-base texlive-latex-recommended), or write a .tex file instead"));
        Path dir;
        try {
            dir = Files.createTempDirectory("symgrad-pdf");
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": no temporary directory for pdflatex: "
                    + FileErrors.reason(e));
        }
        try {
            compile(exe, tex, dir);
            try {
                Files.copy(dir.resolve(DOCUMENT.replace(".tex", ".pdf")), out, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new InputException("cannot write " + out + ": " + FileErrors.reason(e));
            }
        } finally {
            delete(dir);
        }
    }

    private static void compile(Path exe, String tex, Path dir) {
        Path log = dir.resolve("pdflatex.out");
        try {
            Files.writeString(dir.resolve(DOCUMENT), tex, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(exe.toString(), "-interaction=nonstopmode", "-halt-on-error",
                    "-no-shell-escape", DOCUMENT)
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("pdflatex ran longer than " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || !Files.exists(dir.resolve(DOCUMENT.replace(".tex", ".pdf")))) {
                throw new IllegalStateException("pdflatex could not compile the document: " + firstError(log));
            }
        } catch (IOException e) {
            throw new InputException("cannot run pdflatex: " + FileErrors.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pdflatex ran");
        }
    }

    /** pdflatex's first error line ({@code ! …}) and the line after it, or that there is none. */
    private static String firstError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("!")) {
                    return lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1).strip() : "");
                }
            }
            return "(no error line in its output)";
        } catch (IOException e) {
            return "(its output could not be read)";
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind does no harm; the PDF is written
        }
    }
}
