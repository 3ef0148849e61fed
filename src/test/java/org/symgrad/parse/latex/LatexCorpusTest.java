package org.symgrad.parse.latex;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
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

    /**
     * Entries the reader does not yet read as their meaning, each with why. A gap must still fail
     * (a fixed one is removed from here) and must not raise a false alarm; every other entry must
     * read as its meaning.
     */
    private static final Map<String, String> GAPS = Map.ofEntries(
            Map.entry("d2l-negative-log-likelihood-prod", "P(Y | X) = \\prod_i P(y^(i) | x^(i)) defines P by itself: a label call, not read as one"),
            Map.entry("s001-l108-softmax-shift-invariance", "the checker compares across an unreadable side where the entry counts the pair skipped"),
            Map.entry("s001-l218-226-softmax-sums-to-one", "the checker compares across an unreadable side where the entry counts the pair skipped"),
            Map.entry("s001-l234-235-two-class-softmax", "a call-shaped definition at one argument (P(x_1) = S(x_1)) is taken as defining the function"),
            Map.entry("s001-l257-265-misplaced-partial", "\\partial \\frac{…}{\\partial o} is read as the derivative the author means (proven), where the entry counts pairs 1, 2 skipped"),
            Map.entry("t24-fml-matrix-gradient", "read entry by entry (VectorEntries): the source does not define L, so both steps are undecided, where the entry expects the matrix notation refused"),
            Map.entry("se303446-mse-gradient-dotsi", "the checker compares across an unreadable side where the entry counts the pair skipped"));

    @TestFactory
    Stream<DynamicTest> everyInputReadsAsItsMeaning() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(INPUTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                tests.add(dynamicTest(name, () -> {
                    CorpusEntry entry = CorpusEntry.read(f);
                    Optional<String> failure = check(entry);
                    if (!GAPS.containsKey(name)) {
                        failure.ifPresent(Assertions::fail);
                        return;
                    }
                    assertTrue(failure.isPresent(), name + " now reads as its meaning: remove it from GAPS");
                    assertNoFalseAlarm(entry);
                }));
            }
        }
        assertTrue(tests.size() >= 25, "the corpus has T01–T25 at least: " + tests.size());
        tests.add(dynamicTest("every gap names an entry", () -> GAPS.keySet().forEach(
                name -> assertTrue(Files.exists(INPUTS.resolve(name + ".txt")), name + " is not in the corpus"))));
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

    private static CheckedDocument checked(CorpusEntry e) {
        Document d = document(e);
        return DocumentChecker.check(d.text(), DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    /** The input's verdicts, the context's left out. */
    private static List<PairVerdict> inputPairs(CorpusEntry e, CheckedDocument checked) {
        int first = document(e).firstLine();
        return checked.verdicts().stream().filter(v -> v.line() >= first).toList();
    }

    /** Why the entry does not read as its meaning, if it does not. */
    private static Optional<String> check(CorpusEntry e) {
        CheckedDocument checked = checked(e);
        List<PairVerdict> pairs = inputPairs(e, checked);
        String report = DocumentReport.render(checked, org.symgrad.report.Format.UNICODE);
        CorpusExpectation expect = e.expect();
        if (expect.kind() == CorpusExpectation.Kind.ERROR) {
            boolean said = pairs.stream().anyMatch(v -> v.outcome() == Outcome.SKIPPED
                    && expect.errorWords().stream().allMatch(w -> v.detail().toLowerCase(Locale.ROOT)
                    .contains(w.toLowerCase(Locale.ROOT))));
            if (!said) {
                return Optional.of("no skipped step says " + expect.errorWords() + ":\n" + report);
            }
            if (pairs.stream().anyMatch(v -> v.outcome() == Outcome.FALSE)) {
                return Optional.of("a false alarm:\n" + report);
            }
            return Optional.empty();
        }
        Set<Integer> skip = skippedPairs(e);
        List<Verdict.Kind> steps = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            PairVerdict v = pairs.get(i);
            if (skip.contains(i + 1)) {
                if (v.outcome() != Outcome.SKIPPED && v.outcome() != Outcome.UNDECIDED) {
                    return Optional.of("pair " + v.left() + " = " + v.right() + " should be skipped, not judged:\n" + report);
                }
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
        boolean met = wanted.kind() == CorpusExpectation.Kind.HOLDS
                ? got.equals("holds") || got.equals("proven")
                : wanted.describe().equals(got);
        return met ? Optional.empty() : Optional.of("expected " + wanted.describe() + ", got " + got + ":\n" + report);
    }

    /**
     * A gap may leave a step unjudged, never judge a right one false: an entry that expects no
     * mistake has no false verdict, and one that expects mistakes has no more false verdicts than
     * it has mistakes.
     */
    private static void assertNoFalseAlarm(CorpusEntry e) {
        CheckedDocument checked = checked(e);
        long falses = inputPairs(e, checked).stream().filter(v -> v.outcome() == Outcome.FALSE).count();
        CorpusExpectation expect = e.expect().kind() == CorpusExpectation.Kind.ERROR ? e.expect() : e.expect().verdict().orElseThrow();
        int mistakes = expect.kind() == CorpusExpectation.Kind.FALSE ? expect.falseSteps().size() : 0;
        assertTrue(falses <= mistakes, () -> "a false alarm: " + falses + " false verdicts where the author made "
                + mistakes + " mistakes:\n" + DocumentReport.render(checked, org.symgrad.report.Format.UNICODE));
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
