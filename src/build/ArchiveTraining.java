import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Makes the class-data archive of the symgrad jar for the JDK that runs this file (Maven's
 * toolchain JDK): a training run of org.symgrad.cli.Training over the gallery, with
 *   JDK 25+:   -XX:AOTCacheOutput=target/aot/KEY.aot   (JEP 514/515: classes linked, profiles)
 *   JDK 21–24: -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=target/aot/KEY.jsa (dynamic CDS)
 * where KEY names the exact JVM build (the release file's IMPLEMENTOR and JAVA_RUNTIME_VERSION), as
 * the launcher ./symgrad computes it; the launcher uses the archive only when its JVM has that KEY.
 * On JDK 25+ a second AOT cache, KEY.lean.aot, is trained on the command lines of diff, run and
 * simplify alone: an AOT cache loads all its classes at each start, and the launcher starts those
 * commands with the lean one (without the classes of the document reader and the checker, a call
 * starts about 0.015 s of CPU sooner). A dynamic CDS archive (JDK 21–24) loads its classes as they
 * are asked for, so one serves every command there.
 * An archive is an optimisation: any failure here is reported and the build goes on.
 *
 * Usage (run by Maven in the package phase): java src/build/ArchiveTraining.java JAR EXAMPLES_DIR TARGET_DIR
 */
public class ArchiveTraining {
    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path examples = Path.of(args[1]);
        Path target = Path.of(args[2]);
        Path home = Path.of(System.getProperty("java.home"));
        String key = key(home);
        if (key == null) {
            System.err.println("symgrad: no class-data archive: " + home + "/release names no JAVA_RUNTIME_VERSION");
            return;
        }
        Path dir = Files.createDirectories(target.resolve("aot"));
        int feature = Runtime.version().feature();
        if (feature >= 25) {
            train(home, jar, examples, dir, dir.resolve(key + ".aot"), null);
            train(home, jar, examples, dir, dir.resolve(key + ".lean.aot"), LEAN_COMMANDS);
        } else {
            train(home, jar, examples, dir, dir.resolve(key + ".jsa"), null);
        }
    }

    /** The commands the lean AOT cache is trained on (and the launcher starts with it). */
    static final String LEAN_COMMANDS = "diff,run,simplify";

    /** Makes {@code archive} from a training run of the command lines of {@code commands} (all when null). */
    static void train(Path home, Path jar, Path examples, Path dir, Path archive, String commands)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/java").toString());
        if (archive.toString().endsWith(".aot")) {
            command.add("-XX:AOTCacheOutput=" + archive);
        } else {
            command.add("-XX:+AutoCreateSharedArchive");
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr"));
        // the same flags as the launcher: an archive records the options it was made with
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", jar.toString(), "org.symgrad.cli.Training", examples.toString()));
        if (commands != null) {
            command.add(commands);
        }
        Files.deleteIfExists(archive);
        Path log = dir.resolve(archive.getFileName() + ".training.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        if (code != 0 || !Files.exists(archive)) {
            System.err.println("symgrad: no class-data archive " + archive.getFileName() + " (training exited " + code
                    + ", see " + log + "); ./symgrad runs without it");
            Files.deleteIfExists(archive);
        }
    }

    /** IMPLEMENTOR and JAVA_RUNTIME_VERSION of the release file, as the launcher joins them. */
    static String key(Path home) throws IOException {
        Properties release = new Properties();
        try (var in = Files.newInputStream(home.resolve("release"))) {
            release.load(in);
        }
        String version = unquote(release.getProperty("JAVA_RUNTIME_VERSION"));
        if (version == null || version.isEmpty()) {
            return null;
        }
        String implementor = unquote(release.getProperty("IMPLEMENTOR", ""));
        return (implementor + "-" + version).replaceAll("[^A-Za-z0-9._+-]", "_");
    }

    private static String unquote(String s) {
        return s == null ? null : s.replaceAll("^\"|\"$", "");
    }
}
