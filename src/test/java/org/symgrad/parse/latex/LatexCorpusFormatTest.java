package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.symgrad.api.Symgrad;
import org.symgrad.check.Verdict;
import org.symgrad.parse.Parser;
import org.symgrad.run.Outcome;

/**
 * Keeps the LaTeX input corpus ({@code src/test/resources/latex}) honest until the LaTeX reader
 * reads it: every file follows the README's format and cites where its LaTeX was published, every
 * meaning is a script of the ASCII language, and every stated verdict is the one the ASCII tool
 * gives — so a {@code false} entry is false and a {@code proven} one proven. A reader test then
 * only has to reach the same meaning from the LaTeX.
 */
class LatexCorpusFormatTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/latex");
    private static final Path INPUTS = ROOT.resolve("inputs");
    private static final Path SEEDS = ROOT.resolve("seeds");

    /** The corpus must cover at least this many published inputs (issue 10). */
    private static final int MINIMUM_INPUTS = 60;

    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.txt");
    private static final Pattern SOURCE = Pattern.compile(
            "(https?://\\S+|[\\w.-]+/[\\w.-]+:\\S+|seeds/[\\w.-]+:\\d+(-\\d+)?)(\\s.*)?");
    private static final Pattern SEED_SOURCE = Pattern.compile("seeds/([\\w.-]+):(\\d+)(?:-(\\d+))?(\\s.*)?");
    private static final Pattern SKIPPED = Pattern.compile("\\d+(, \\d+)* — \\S.*");

    @Test
    void theCorpusHasEnoughInputs() throws IOException {
        assertTrue(files().size() >= MINIMUM_INPUTS,
                "the corpus has " + files().size() + " inputs; issue 10 asks for at least " + MINIMUM_INPUTS);
    }

    @Test
    void fileNamesAreLowercaseWords() throws IOException {
        for (Path f : files()) {
            assertTrue(FILE_NAME.matcher(f.getFileName().toString()).matches(), "file name " + f.getFileName());
        }
    }

    @Test
    void theReadmeDefinesTagsAndFeatures() throws IOException {
        assertTrue(readmeList("### Construct tags").size() > 40, "construct tags in README");
        assertTrue(readmeList("### Features").contains("assume-neq"), "features in README");
    }

    @TestFactory
    Stream<DynamicTest> everyFileFollowsTheFormat() throws IOException {
        Set<String> tags = readmeList("### Construct tags");
        Set<String> features = readmeList("### Features");
        return files().stream().map(f -> dynamicTest(f.getFileName().toString(), () -> {
            CorpusEntry e = CorpusEntry.read(f);
            assertTrue(SOURCE.matcher(e.source()).matches(), "source must be a URL, owner/repo:path or seeds/file:line: " + e.source());
            for (String tag : e.constructs()) {
                assertTrue(tags.contains(tag), "construct tag '" + tag + "' is not in the README's list");
            }
            assertEquals(e.constructs().size(), new LinkedHashSet<>(e.constructs()).size(), "repeated construct tag");
            CorpusExpectation.Kind kind = e.expect().kind();
            boolean mistake = e.expect().verdict().map(v -> v.kind() == CorpusExpectation.Kind.FALSE).orElse(false);
            assertEquals(mistake, e.constructs().contains("mistake"),
                    "an entry is tagged 'mistake' exactly when a step of it is false");
            if (mistake) {
                assertTrue(e.note().isPresent(), "a false step needs a note saying what is wrong and what is right");
            }
            if (kind == CorpusExpectation.Kind.PENDING) {
                assertTrue(features.contains(e.expect().feature()), "feature '" + e.expect().feature() + "' is not in the README's list");
            } else {
                assertFalse(e.oracle().isPresent(), "an oracle goes only with a pending expectation");
            }
            assertEquals(kind == CorpusExpectation.Kind.ERROR, e.constructs().stream().anyMatch(t -> t.startsWith("error-")),
                    "an entry is tagged error-… exactly when it expects an error");
            if (e.hasNoMeaning()) {
                assertEquals(CorpusExpectation.Kind.ERROR, kind, "only an error entry may have no meaning");
            }
            e.skipped().ifPresent(s -> assertTrue(SKIPPED.matcher(s).matches(), "skipped must read 'N, M — reason': " + s));
            Matcher seed = SEED_SOURCE.matcher(e.source());
            if (seed.matches()) {
                assertQuotedFromSeed(e, seed);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyMeaningGivesItsStatedVerdict() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files()) {
            tests.add(dynamicTest(f.getFileName().toString(), () -> {
                CorpusEntry e = CorpusEntry.read(f);
                switch (e.expect().kind()) {
                    case ERROR -> {
                        if (!e.hasNoMeaning()) {
                            Parser.parseScript(e.meaning());
                        }
                    }
                    case PENDING -> {
                        if (e.oracle().isPresent()) {
                            assertVerdicts(e.expect().then(), verdicts(e.oracle().get()), "the oracle of a pending entry");
                        }
                    }
                    case PROVEN, HOLDS, DEFINITION, FALSE -> assertVerdicts(e.expect(), verdicts(e.meaning()), "the meaning");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void theSeedTableHasARowForEveryDisplayOfEverySeed() throws IOException {
        SeedTable table = SeedTable.read(ROOT.resolve("seeds.md"));
        assertEquals(seedNames(), List.copyOf(table.rows().keySet()), "one section per seed, in order");
        for (String seed : seedNames()) {
            List<String> lines = Files.readAllLines(SEEDS.resolve(seed), StandardCharsets.UTF_8);
            List<SeedTable.Row> rows = table.rows().get(seed);
            assertEquals(SeedTable.displayLines(lines), rows.stream().map(SeedTable.Row::line).toList(),
                    seed + ": the rows are the lines where a display opens");
            for (SeedTable.Row row : rows) {
                assertTrue(lines.get(row.line() - 1).contains(row.quotation()),
                        seed + ":" + row.line() + " does not contain '" + row.quotation() + "'");
                assertFalse(row.expected().isBlank(), seed + ":" + row.line() + " has no expected verdict");
            }
        }
    }

    @Test
    void everySeedRowNamesAnEntryOfItsSeedAndEverySeedEntryIsNamed() throws IOException {
        SeedTable table = SeedTable.read(ROOT.resolve("seeds.md"));
        Set<String> named = new LinkedHashSet<>();
        for (String seed : seedNames()) {
            for (SeedTable.Row row : table.rows().get(seed)) {
                if (row.entry().equals("—")) {
                    assertFalse(row.kinds().contains("mistake") && !row.kinds().contains("skip"),
                            seed + ":" + row.line() + ": a checkable mistake needs an entry that shows it false");
                    continue;
                }
                named.add(row.entry());
                CorpusEntry e = CorpusEntry.read(INPUTS.resolve(row.entry() + ".txt"));
                assertTrue(e.source().startsWith("seeds/" + seed + ":"), row.entry() + " is not quoted from " + seed);
                if (row.kinds().contains("mistake")) {
                    assertTrue(e.expect().verdict().map(v -> v.kind() == CorpusExpectation.Kind.FALSE).orElse(false),
                            seed + ":" + row.line() + " is a mistake, so " + row.entry() + " must show a false step");
                }
            }
        }
        for (Path f : files()) {
            String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
            if (CorpusEntry.read(f).source().startsWith("seeds/")) {
                assertTrue(named.contains(name), name + " is quoted from a seed but no row of seeds.md names it");
            }
        }
    }

    @Test
    void theSeedSummaryCountsTheTable() throws IOException {
        SeedTable table = SeedTable.read(ROOT.resolve("seeds.md"));
        assertEquals(table.rows().size(), table.summary().size(), "one summary row per seed");
        for (String seed : seedNames()) {
            String number = seed.substring(0, seed.indexOf('_'));
            assertEquals(SeedTable.counts(table.rows().get(seed)), table.summary().get(number),
                    "summary of seed " + number + " (displays, definition, right, mistake, skip pairs, all-skip displays)");
        }
    }

    private static List<String> seedNames() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    private static void assertVerdicts(CorpusExpectation expected, List<Verdict.Kind> got, String what) {
        assertTrue(expected.matches(got), what + " expects '" + expected.describe() + "' but gives '"
                + CorpusExpectation.describe(got) + "' " + got);
    }

    /** The kinds of the verdicts of every {@code check} in {@code script}, in order. */
    private static List<Verdict.Kind> verdicts(String script) {
        List<Verdict.Kind> kinds = new ArrayList<>();
        for (Outcome o : Symgrad.run(script)) {
            if (o instanceof Outcome.Checked c) {
                c.verdicts().forEach(v -> kinds.add(v.kind()));
            }
        }
        return kinds;
    }

    /** Each non-blank line of the LaTeX occurs, in order, within the cited lines of the seed. */
    private static void assertQuotedFromSeed(CorpusEntry e, Matcher seed) throws IOException {
        Path file = SEEDS.resolve(seed.group(1));
        assertTrue(Files.isRegularFile(file), "no seed " + file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int first = Integer.parseInt(seed.group(2));
        int last = seed.group(3) == null ? first : Integer.parseInt(seed.group(3));
        assertTrue(1 <= first && first <= last && last <= lines.size(), "seed lines " + first + "-" + last + " of " + lines.size());
        int at = first - 1;
        for (String quoted : e.latex().split("\n")) {
            String q = quoted.strip();
            if (q.isEmpty()) {
                continue;
            }
            while (at < last && !lines.get(at).contains(q)) {
                at++;
            }
            if (at == last) {
                fail("'" + q + "' is not in " + seed.group(1) + " lines " + first + "-" + last + " (in order)");
            }
        }
    }

    /** The backquoted names of the bullets under {@code heading} in the README, up to the next heading. */
    private static Set<String> readmeList(String heading) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith(heading)) {
            start++;
        }
        assertTrue(start < lines.size(), "README has no '" + heading + "'");
        Set<String> names = new LinkedHashSet<>();
        Pattern quoted = Pattern.compile("`([^`]+)`");
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i);
            if (line.startsWith("- ")) {
                int dash = line.indexOf(" — ");
                Matcher m = quoted.matcher(dash < 0 ? line : line.substring(0, dash));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(INPUTS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
