package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A folder of documents checked by hand (under {@code src/test/resources}, each described in its README), with every
 * {@code =} pair's verdict written down by the line its right side starts on: ✓ proven, ≈ numerically equal, ✗ false
 * (only at the deliberate mistakes, {@code mistakes}: document, line, what is wrong), ? undecided, – skipped. A pair
 * that is neither ✓ nor a found mistake is a known gap ({@code gaps}, "document:line" to why), asserted as it behaves
 * today so that a fix shows up in the table. A document is {@code name.md} (Markdown), {@code name.ipynb} (a
 * notebook's Markdown cells, lines of the .ipynb file) or {@code name.tex} (LaTeX).
 */
record HandCheckedFolder(Path dir, Map<String, String> verdicts, List<String[]> mistakes, Map<String, String> gaps) {

    /** The folder {@code src/test/resources/name} with its tables. */
    static HandCheckedFolder of(String name, Map<String, String> verdicts, List<String[]> mistakes, Map<String, String> gaps) {
        return new HandCheckedFolder(Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources").resolve(name),
                verdicts, mistakes, gaps);
    }

    /** One test per document: its verdicts are the ones written down. */
    Stream<DynamicTest> everyDocumentGetsTheVerdictsCheckedByHand() {
        return verdicts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> dynamicTest(e.getKey(), () -> {
            CheckedDocument d = check(e.getKey());
            assertEquals(e.getValue(), marks(d), () -> PublicInputsTest.describe(d));
        }));
    }

    /** Every ✗ is a deliberate mistake and every deliberate mistake is found. */
    void assertEveryFalseVerdictIsADeliberateMistake() {
        Set<String> falseAt = new TreeSet<>();
        verdicts.forEach((doc, marks) -> {
            for (String m : marks.split(" ")) {
                if (m.endsWith("✗")) {
                    falseAt.add(doc + ":" + m.substring(0, m.length() - 1));
                }
            }
        });
        assertEquals(mistakes.stream().map(m -> m[0] + ":" + m[1]).collect(Collectors.toCollection(TreeSet::new)), falseAt);
    }

    /** Every pair neither ✓ nor ✗ is a listed gap, and every listed gap is such a pair. */
    void assertEveryOtherPairIsAKnownGap() {
        List<String> unexplained = new ArrayList<>();
        verdicts.forEach((doc, marks) -> {
            for (String m : marks.split(" ")) {
                String at = doc + ":" + m.substring(0, m.length() - 1);
                if (!m.endsWith("✓") && !m.endsWith("✗") && !gaps.containsKey(at)) {
                    unexplained.add(at);
                }
            }
        });
        assertEquals(List.of(), unexplained);
        for (String gap : gaps.keySet()) {
            String doc = gap.substring(0, gap.indexOf(':'));
            String line = gap.substring(gap.indexOf(':') + 1);
            assertTrue(verdicts.containsKey(doc) && Stream.of(verdicts.get(doc).split(" "))
                    .anyMatch(m -> m.substring(0, m.length() - 1).equals(line) && !m.endsWith("✓") && !m.endsWith("✗")),
                    () -> gap + " is listed as a gap but its pair is proven, false or missing: remove it from GAPS");
        }
    }

    /** The folder holds exactly the documents of the table, one file per name, each described in the README. */
    Set<String> assertEveryDocumentIsInTheTableAndInTheReadme() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".md") || n.endsWith(".tex") || n.endsWith(".ipynb")) && !n.equals("README.md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> names = files.stream().map(n -> n.replaceFirst("\\.(md|tex|ipynb)$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files.size(), names.size(), "one document per name, .md, .tex or .ipynb");
        assertEquals(new TreeSet<>(verdicts.keySet()), names);
        String readme = Files.readString(dir.resolve("README.md"));
        for (String f : files) {
            assertTrue(readme.contains("`" + f + "`"), () -> f + " is not described in the README");
        }
        return files;
    }

    private CheckedDocument check(String name) throws IOException {
        Path md = dir.resolve(name + ".md");
        Path notebook = dir.resolve(name + ".ipynb");
        if (Files.exists(notebook)) {
            return DocumentChecker.check(Files.readString(notebook), DocumentKind.NOTEBOOK, DocumentOptions.NONE);
        }
        return Files.exists(md) ? PublicInputsTest.check(Files.readString(md))
                : DocumentChecker.check(Files.readString(dir.resolve(name + ".tex")), DocumentKind.LATEX, DocumentOptions.NONE);
    }

    private static String marks(CheckedDocument d) {
        return d.verdicts().stream().map(v -> v.line() + v.outcome().mark()).collect(Collectors.joining(" "));
    }
}
