package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.symgrad.check.Verdict;
import org.symgrad.document.CheckedDocument;
import org.symgrad.document.DocumentChecker;
import org.symgrad.document.DocumentKind;
import org.symgrad.document.DocumentOptions;
import org.symgrad.document.Outcome;
import org.symgrad.document.PairVerdict;
import org.symgrad.report.DocumentReport;

/**
 * The LaTeX input corpus ({@code src/test/resources/latex/inputs}, format in its README) read as
 * documents: the context, then the input; the verdicts on the input's {@code =} pairs, except those
 * the entry says a reader must skip, are the verdicts its ASCII meaning gets (proven, holds, false
 * at exactly the author's mistakes, only definitions), and an input that has no meaning is reported
 * with a message that says what the entry names.
 */
class LatexCorpusTest {
    private static final Path INPUTS = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/latex/inputs");
    private static final Set<String> DISPLAY = Set.of("\\begin{align}", "\\begin{align*}", "\\begin{equation}",
            "\\begin{equation*}", "\\begin{gather}", "\\begin{gather*}", "\\begin{multline}", "\\begin{multline*}");

    @TestFactory
    Stream<DynamicTest> everyInputReadsAsItsMeaning() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(INPUTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                tests.add(dynamicTest(f.getFileName().toString(), () -> check(CorpusEntry.read(f))));
            }
        }
        assertTrue(tests.size() >= 25, "the corpus has T01–T25 at least: " + tests.size());
        return tests.stream();
    }

    /** The Markdown document of an entry, and the line where its input starts. */
    private record Document(String text, int firstLine) {
    }

    static Document document(CorpusEntry e) {
        String context = e.context().map(c -> c + "\n\n").orElse("");
        String latex = e.latex();
        String trimmed = latex.strip();
        boolean asIs = latex.contains("$$") || latex.contains("\\[") || latex.contains("$")
                || DISPLAY.stream().anyMatch(trimmed::startsWith);
        String input = asIs ? latex : "$$\n" + latex + "\n$$";
        int firstLine = (int) context.chars().filter(c -> c == '\n').count() + 1;
        return new Document(context + input + "\n", firstLine);
    }

    private static void check(CorpusEntry e) {
        Document d = document(e);
        CheckedDocument checked = DocumentChecker.check(d.text(), DocumentKind.MARKDOWN, DocumentOptions.NONE);
        List<PairVerdict> pairs = checked.verdicts().stream().filter(v -> v.line() >= d.firstLine()).toList();
        String report = DocumentReport.render(checked, org.symgrad.report.Format.UNICODE);
        CorpusExpectation expect = e.expect();
        if (expect.kind() == CorpusExpectation.Kind.ERROR) {
            boolean said = pairs.stream().anyMatch(v -> v.outcome() == Outcome.SKIPPED
                    && expect.errorWords().stream().allMatch(w -> v.detail().toLowerCase(Locale.ROOT)
                    .contains(w.toLowerCase(Locale.ROOT))));
            assertTrue(said, () -> "no skipped step says " + expect.errorWords() + ":\n" + report);
            assertTrue(pairs.stream().noneMatch(v -> v.outcome() == Outcome.FALSE), () -> "a false alarm:\n" + report);
            return;
        }
        Set<Integer> skip = skippedPairs(e);
        List<Verdict.Kind> steps = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            PairVerdict v = pairs.get(i);
            if (skip.contains(i + 1)) {
                assertTrue(v.outcome() == Outcome.SKIPPED || v.outcome() == Outcome.UNDECIDED,
                        () -> "pair " + v.left() + " = " + v.right() + " should be skipped, not judged:\n" + report);
                continue;
            }
            steps.add(switch (v.outcome()) {
                case PROVEN -> Verdict.Kind.PROVEN;
                case NUMERICALLY_EQUAL -> Verdict.Kind.NUMERICALLY_EQUAL;
                case FALSE -> Verdict.Kind.FALSE;
                case UNDECIDED, SKIPPED -> Verdict.Kind.UNDECIDED;
            });
        }
        CorpusExpectation wanted = expect.verdict().orElseThrow();
        String got = CorpusExpectation.describe(steps);
        if (wanted.kind() == CorpusExpectation.Kind.HOLDS) {
            assertTrue(got.equals("holds") || got.equals("proven"), () -> "expected holds, got " + got + ":\n" + report);
        } else {
            assertEquals(wanted.describe(), got, () -> report);
        }
    }

    /** The LaTeX pairs the entry's {@code skipped:} field names ({@code 1, 3 — reason}). */
    private static Set<Integer> skippedPairs(CorpusEntry e) {
        Set<Integer> out = new TreeSet<>();
        e.skipped().ifPresent(s -> {
            String numbers = s.split("—")[0];
            for (String n : numbers.split(",")) {
                if (!n.isBlank()) {
                    out.add(Integer.parseInt(n.strip()));
                }
            }
        });
        return out;
    }
}
