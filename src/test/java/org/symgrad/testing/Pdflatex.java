package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * pdflatex for the tests that check emitted LaTeX compiles (jlatexmath accepts broken LaTeX, so
 * only a real TeX can judge). Where pdflatex is missing a test is skipped with a message saying
 * so, except under CI (environment variable {@code CI} set), where it fails: {@code .ci/run}
 * installs pdflatex, so its absence there is a broken build, not a reason to pass.
 */
public final class Pdflatex {
    private static final long TIMEOUT_SECONDS = 120;

    private Pdflatex() {
    }

    /** The pdflatex on {@code PATH}, if any. */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "pdflatex");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Skips the calling test, visibly, when pdflatex is missing; fails instead under CI. */
    public static void requireInstalled() {
        requireInstalled(find().isPresent(), System.getenv("CI"));
    }

    /** {@link #requireInstalled()} with its inputs given, for testing the decision. */
    static void requireInstalled(boolean installed, String ciVariable) {
        if (installed) {
            return;
        }
        String missing = "pdflatex is not on PATH, so the generated LaTeX was NOT compiled";
        if (ciVariable != null && !ciVariable.isBlank() && !ciVariable.equalsIgnoreCase("false")) {
            fail(missing + " — under CI (CI=" + ciVariable + ") this is a failure: .ci/run installs"
                    + " texlive-latex-base and texlive-latex-recommended");
        }
        Assumptions.abort(missing + " — SKIPPED; install texlive-latex-base texlive-latex-recommended"
                + " (Debian) or run bash .ci/run");
    }

    /**
     * Compiles {@code dir/texFile} with {@code pdflatex -interaction=nonstopmode -halt-on-error}
     * in {@code dir} and asserts it succeeded and wrote a PDF; a failure message holds the log.
     */
    public static void assertCompiles(Path dir, String texFile) throws IOException, InterruptedException {
        Path log = dir.resolve(texFile + ".out");
        Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", texFile)
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("pdflatex " + texFile + " ran longer than " + TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, p.exitValue(), () -> "pdflatex failed on " + texFile + ":\n" + read(log));
        String pdf = texFile.replaceFirst("\\.tex$", "") + ".pdf";
        assertTrue(Files.size(dir.resolve(pdf)) > 0, "pdflatex wrote no " + pdf);
    }

    /**
     * Asserts that compiling {@code texFile} (already done by {@link #assertCompiles}) set nothing
     * past the margin or the page: its {@code .log} has no {@code Overfull \\hbox} or
     * {@code Overfull \\vbox}; the message quotes each with the source line it points to.
     */
    public static void assertNoOverfullBoxes(Path dir, String texFile) throws IOException {
        Path log = dir.resolve(texFile.replaceFirst("\\.tex$", "") + ".log");
        List<String> source = Files.readAllLines(dir.resolve(texFile));
        StringBuilder overfull = new StringBuilder();
        Matcher m = OVERFULL.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            overfull.append(m.group()).append('\n');
            if (m.group(2) != null) {
                int line = Integer.parseInt(m.group(2));
                overfull.append("  ").append(line <= source.size() ? source.get(line - 1) : "?").append('\n');
            }
        }
        assertTrue(overfull.isEmpty(), () -> texFile + " has overfull boxes:\n" + overfull);
    }

    private static final Pattern OVERFULL = Pattern.compile(
            "Overfull \\\\[hv]box \\(([0-9.]+)pt too (?:wide|high)\\)(?:[^\n]*?lines? ([0-9]+))?[^\n]*");

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
