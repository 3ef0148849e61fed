package org.symgrad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house shows the flow (STYLE "The shape of the house"): data flows from text to printed
 * output, and a package may use only packages of a lower layer. Every reference to
 * {@code org.symgrad.<package>} in the main sources counts — imports, fully qualified names and
 * Javadoc links alike. A new package must be placed in {@link #LAYERS} before it can be used.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/symgrad");

    /** Layer of each package, lowest first; a package may depend only on lower layers. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("expr", 0),
            Map.entry("error", 1),
            Map.entry("functions", 2),
            Map.entry("rewrite", 3),
            Map.entry("eval", 3),
            Map.entry("script", 3),
            Map.entry("print", 4),
            Map.entry("render", 4),
            Map.entry("diff", 4),
            Map.entry("simplify", 4),
            Map.entry("parse", 5),
            Map.entry("matrix", 5),
            Map.entry("assume", 5),
            Map.entry("derive", 6),
            Map.entry("check", 7),
            Map.entry("gradcheck", 7),
            Map.entry("run", 8),
            Map.entry("document", 8),
            Map.entry("report", 9),
            Map.entry("code", 9),
            Map.entry("api", 10),
            Map.entry("cli", 11));

    /** Dependencies allowed although they do not go down a layer (none, ideally). */
    private static final Set<String> EXCEPTIONS = Set.of();

    private static final Pattern REFERENCE = Pattern.compile("org\\.symgrad\\.([a-z]+)\\b");

    @Test
    void everyPackageIsPlacedInALayer() {
        assertEquals(Set.of(), new TreeSet<>(packages().keySet()).stream()
                .filter(p -> !LAYERS.containsKey(p)).collect(java.util.stream.Collectors.toSet()),
                "packages without a layer in ArchitectureTest.LAYERS");
    }

    @Test
    void dependenciesRunWithTheFlow() {
        List<String> against = new ArrayList<>();
        packages().forEach((from, uses) -> {
            for (String to : uses) {
                String edge = from + " -> " + to;
                if (LAYERS.containsKey(from) && LAYERS.containsKey(to)
                        && LAYERS.get(to) >= LAYERS.get(from) && !EXCEPTIONS.contains(edge)) {
                    against.add(edge);
                }
            }
        });
        assertTrue(against.isEmpty(), "dependencies against the flow: " + against);
    }

    @Test
    void theCommandLineUsesOnlyTheFacade() {
        Set<String> uses = packages().getOrDefault("cli", Set.of());
        Set<String> beyond = new TreeSet<>(uses);
        beyond.removeAll(Set.of("api", "error"));
        assertTrue(beyond.isEmpty() || CLI_STILL_REACHES.containsAll(beyond),
                "cli reaches past the facade into " + beyond);
    }

    /** Packages the command line still uses directly besides the facade: none, and so it stays. */
    private static final Set<String> CLI_STILL_REACHES = Set.of();

    /** Package name → the other symgrad packages its main sources mention. */
    private static Map<String, Set<String>> packages() {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                if (f.getParent().equals(MAIN)) {
                    continue;
                }
                Set<String> uses = out.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        uses.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
