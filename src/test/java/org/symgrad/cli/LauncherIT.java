package org.symgrad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line as a process (run by failsafe after {@code package}): the class-data
 * archive the build made changes no byte of the output, and a stale or foreign archive is
 * silently ignored; failures to write standard output and unbounded inputs end with a message.
 */
class LauncherIT {
    private static final Path TARGET = Path.of("target");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("symgrad-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no shaded jar in target/"));
        }
    }

    /** The archive the build made for this JVM, named as the launcher names it. */
    private static Path archive() throws IOException {
        Properties release = new Properties();
        try (var in = Files.newInputStream(Path.of(System.getProperty("java.home"), "release"))) {
            release.load(in);
        }
        String key = (release.getProperty("IMPLEMENTOR", "").replace("\"", "") + "-"
                + release.getProperty("JAVA_RUNTIME_VERSION", "").replace("\"", "")).replaceAll("[^A-Za-z0-9._+-]", "_");
        Path aot = TARGET.resolve("aot").resolve(key + ".aot");
        Path jsa = TARGET.resolve("aot").resolve(key + ".jsa");
        assertTrue(Files.exists(aot) || Files.exists(jsa), "the build made no class-data archive for " + key);
        return Files.exists(aot) ? aot : jsa;
    }

    /** The launcher's JVM options, with the given archive option (or none). */
    private static List<String> command(List<String> archive, String... args) throws IOException {
        List<String> c = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1",
                "-XX:CompileThresholdScaling=10", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr"));
        if (Runtime.version().feature() >= 25) {
            c.add("-Xlog:aot*=off:stderr");
        }
        c.addAll(archive);
        c.addAll(List.of("-jar", jar().toString()));
        c.addAll(List.of(args));
        return c;
    }

    private static List<String> use(Path archive) {
        return archive.toString().endsWith(".aot") ? List.of("-XX:AOTCache=" + archive)
                : List.of("-XX:SharedArchiveFile=" + archive);
    }

    private Run run(List<String> command, File stdout) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        pb.redirectOutput(stdout == null ? out.toFile() : stdout).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process did not end");
        return new Run(p.exitValue(), stdout == null ? Files.readString(out, StandardCharsets.UTF_8) : "",
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsByteIdenticalWithAndWithoutTheArchive() throws Exception {
        Path garbage = Files.writeString(dir.resolve("foreign.aot"), "not an archive of this JVM");
        for (String[] args : List.of(new String[] {"run", "examples/two-layer-network.sg", "--steps", "-f", "json"},
                new String[] {"diff", "sigma(x)", "--wrt", "x", "-f", "json"})) {
            Run without = run(command(List.of(), args), null);
            Run with = run(command(use(archive()), args), null);
            Path lean = Path.of(archive().toString().replaceAll("\\.aot$", ".lean.aot"));
            if (Runtime.version().feature() >= 25) {
                // the lean cache the launcher starts diff, run and simplify with
                assertTrue(Files.exists(lean), "the build made no lean AOT cache " + lean);
                assertEquals(without, run(command(use(lean), args), null), "with the lean archive");
            }
            Run foreign = run(command(List.of(garbage.toString().endsWith(".aot") && Runtime.version().feature() >= 25
                    ? "-XX:AOTCache=" + garbage : "-XX:SharedArchiveFile=" + garbage), args), null);
            assertEquals(0, without.code(), without.err());
            assertTrue(without.out().startsWith("[") || without.out().startsWith("{"), without.out());
            assertEquals(without, with, "with the archive");
            assertEquals(without, foreign, "with an archive of another JVM");
        }
    }

    /**
     * The launcher on a JDK 21-style home (a release file saying 21, a java that logs how it is
     * called): it reads the version from the release file — never runs {@code java -version} —,
     * remembers the JDK, uses the JDK 21 archive flags, and the output is the same.
     */
    @Test
    void launcherReadsTheReleaseFileAndUsesTheJdk21Archive() throws Exception {
        Path home = Files.createDirectories(dir.resolve("jdk21/bin"));
        Path calls = dir.resolve("calls.log");
        Path java = home.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\nexec '" + JAVA + "' \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(home.getParent().resolve("release"),
                "IMPLEMENTOR=\"Test Vendor\"\nJAVA_RUNTIME_VERSION=\"21.0.9+10-test\"\nJAVA_VERSION=\"21.0.9\"\n");
        Path jsa = TARGET.resolve("aot/Test_Vendor-21.0.9+10-test.jsa");
        Path remembered = TARGET.resolve(".symgrad-java");
        String before = Files.exists(remembered) ? Files.readString(remembered) : null;
        try {
            for (int i = 0; i < 2; i++) {
                ProcessBuilder pb = new ProcessBuilder("./symgrad", "diff", "sigma(x)", "--wrt", "x", "-f", "json");
                pb.environment().put("JAVA_HOME", home.getParent().toString());
                Path out = dir.resolve("launcher-out");
                pb.redirectOutput(out.toFile()).redirectError(dir.resolve("launcher-err").toFile());
                Process p = pb.start();
                assertTrue(p.waitFor(120, TimeUnit.SECONDS));
                assertEquals(0, p.exitValue(), () -> read(dir.resolve("launcher-err")));
                assertEquals(run(command(List.of(), "diff", "sigma(x)", "--wrt", "x", "-f", "json"), null).out(),
                        Files.readString(out));
            }
            String log = Files.readString(calls);
            assertFalse(log.contains("-version"), log);
            assertTrue(log.contains("-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + TARGET.toAbsolutePath()
                    .resolve("aot/Test_Vendor-21.0.9+10-test.jsa")), log);
            assertFalse(log.contains("aot*"), "JDK 21 has no 'aot' log tag: " + log);
            assertTrue(Files.readString(remembered).contains("major=21\n"), Files.readString(remembered));
            assertTrue(Files.exists(jsa), "the JVM made its archive on the first run");
        } finally {
            Files.deleteIfExists(jsa);
            if (before != null) {
                Files.writeString(remembered, before);
            } else {
                Files.deleteIfExists(remembered);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Ending with Runtime.halt (the launcher's {@code -Dsymgrad.exit=halt}) loses nothing: every exit
     * code, standard output and standard error are those of System.exit.
     */
    @Test
    void haltingEndsAsExitDoes() throws Exception {
        for (String[] args : List.of(new String[] {"diff", "sigma(x)", "--wrt", "x", "-f", "json"},
                new String[] {"run", "examples/checks/seed-checks.sg"}, new String[] {"diff", "sigma(x", "--wrt", "x"},
                new String[] {"run", "examples/no-such-script.sg"}, new String[] {"--help"})) {
            Run exit = run(command(List.of(), args), null);
            List<String> halting = command(List.of("-Dsymgrad.exit=halt"), args);
            Run halt = run(halting, null);
            assertEquals(exit, halt, String.join(" ", args));
            assertTrue(exit.out().length() + exit.err().length() > 0, String.join(" ", args));
        }
        Run full = run(command(List.of("-Dsymgrad.exit=halt"), "run", "examples/softmax.sg"), new File("/dev/full"));
        assertEquals(ExitCodes.OUTPUT, full.code(), full.err());
    }

    @Test
    void aFullStandardOutputIsAnErrorNotSuccess() throws Exception {
        Run r = run(command(List.of(), "run", "examples/softmax.sg"), new File("/dev/full"));
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("error: cannot write the output: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anEndlessDeviceStopsAtTheSizeLimit() throws Exception {
        long start = System.nanoTime();
        Run r = run(command(List.of(), "run", "/dev/zero"), null);
        assertEquals(2, r.code(), r.err());
        assertEquals("error: cannot read /dev/zero: larger than 16 MiB\n", r.err());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "took too long");
    }
}
