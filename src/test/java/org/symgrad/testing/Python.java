package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * python3 for the tests that run the emitted NumPy and PyTorch code. Without python3 and NumPy a
 * test is skipped with a message saying so, except under CI (environment variable {@code CI}
 * set), where it fails: {@code .ci/run} installs {@code python3-numpy} from Debian. PyTorch is
 * not a Debian package, so a PyTorch test is skipped, with a message, wherever it is missing —
 * under CI too.
 */
public final class Python {
    private static final long TIMEOUT_SECONDS = 300;

    /** What a python3 run printed and how it ended. */
    public record Run(int exit, String out, String err) {
    }

    private Python() {
    }

    private static final java.util.Map<String, Boolean> AVAILABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code python3 -c 'import MODULE'} succeeds (asked once per test run). */
    public static boolean has(String module) {
        return AVAILABLE.computeIfAbsent(module, m -> {
            try {
                return run(Path.of("."), "-c", "import " + m).exit() == 0;
            } catch (IOException | InterruptedException | RuntimeException e) {
                return false;
            }
        });
    }

    /** Skips the calling test, visibly, without python3 and NumPy; fails instead under CI. */
    public static void requireNumpy() {
        if (has("numpy")) {
            return;
        }
        String missing = "python3 with NumPy is not available, so the emitted NumPy code was NOT run";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(missing + " — under CI (CI=" + ci + ") this is a failure: .ci/run installs python3-numpy");
        }
        Assumptions.abort(missing + " — SKIPPED; install python3-numpy (Debian) or run bash .ci/run");
    }

    /** Skips the calling test, visibly, without PyTorch (also under CI: Debian has no PyTorch package). */
    public static void requireTorch() {
        Assumptions.assumeTrue(has("torch"), "PyTorch is not installed (python3 -c 'import torch' fails; Debian has no"
                + " package for it), so the emitted PyTorch code was only syntax-checked, NOT run — SKIPPED");
    }

    /** Runs {@code python3 ARGS} in {@code dir}. */
    public static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("python3");
        command.addAll(List.of(args));
        Path out = Files.createTempFile("python", ".out");
        Path err = Files.createTempFile("python", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("python3 " + String.join(" ", args) + " ran longer than " + TIMEOUT_SECONDS + " s");
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
