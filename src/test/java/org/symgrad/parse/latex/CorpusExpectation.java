package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.check.Verdict;

/**
 * The {@code expect:} line of a corpus entry (see {@code src/test/resources/latex/README.md}):
 * the verdicts its meaning gets, an error its LaTeX must raise, or a verdict that waits for a
 * feature of the ASCII language.
 */
record CorpusExpectation(Kind kind, List<Integer> falseSteps, List<String> errorWords, String feature,
                         CorpusExpectation then) {
    /** What an entry expects. */
    enum Kind { PROVEN, HOLDS, DEFINITION, FALSE, ERROR, PENDING }

    private static final Pattern FALSE = Pattern.compile("false at steps? (\\d+(?:, \\d+)*)");
    private static final Pattern PENDING = Pattern.compile("pending ([a-z-]+): (.+)");

    CorpusExpectation {
        falseSteps = List.copyOf(falseSteps);
        errorWords = List.copyOf(errorWords);
    }

    /** Reads an {@code expect:} value; an unknown form is an {@link IllegalArgumentException}. */
    static CorpusExpectation parse(String text) {
        String t = text.strip();
        switch (t) {
            case "proven" -> {
                return simple(Kind.PROVEN);
            }
            case "holds" -> {
                return simple(Kind.HOLDS);
            }
            case "definition" -> {
                return simple(Kind.DEFINITION);
            }
            default -> {
                // the forms with arguments follow
            }
        }
        Matcher f = FALSE.matcher(t);
        if (f.matches()) {
            List<Integer> steps = Arrays.stream(f.group(1).split(", ")).map(Integer::valueOf).toList();
            if (steps.size() == 1 != t.startsWith("false at step ")) {
                throw new IllegalArgumentException("write 'false at step N' for one step, 'false at steps N, M' for several: " + t);
            }
            if (!steps.equals(steps.stream().distinct().sorted().toList()) || steps.get(0) < 1) {
                throw new IllegalArgumentException("false steps must be increasing, from 1: " + t);
            }
            return new CorpusExpectation(Kind.FALSE, steps, List.of(), "", null);
        }
        if (t.startsWith("error:")) {
            List<String> words = Arrays.stream(t.substring("error:".length()).split(","))
                    .map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                throw new IllegalArgumentException("an error expectation needs key words: " + t);
            }
            return new CorpusExpectation(Kind.ERROR, List.of(), words, "", null);
        }
        Matcher p = PENDING.matcher(t);
        if (p.matches()) {
            CorpusExpectation then = parse(p.group(2));
            if (then.kind == Kind.PENDING || then.kind == Kind.ERROR) {
                throw new IllegalArgumentException("a pending entry waits for a verdict, not for " + p.group(2));
            }
            return new CorpusExpectation(Kind.PENDING, List.of(), List.of(), p.group(1), then);
        }
        throw new IllegalArgumentException("unknown expectation: " + t);
    }

    private static CorpusExpectation simple(Kind kind) {
        return new CorpusExpectation(kind, List.of(), List.of(), "", null);
    }

    /** The verdict expected of the meaning today ({@code then} for a pending entry), if any. */
    Optional<CorpusExpectation> verdict() {
        return switch (kind) {
            case ERROR -> Optional.empty();
            case PENDING -> Optional.of(then);
            case PROVEN, HOLDS, DEFINITION, FALSE -> Optional.of(this);
        };
    }

    /** This expectation in the words of an {@code expect:} line (verdict kinds only). */
    String describe() {
        return switch (kind) {
            case PROVEN -> "proven";
            case HOLDS -> "holds";
            case DEFINITION -> "definition";
            case FALSE -> falseText(falseSteps);
            case ERROR, PENDING -> throw new IllegalStateException("not a verdict: " + kind);
        };
    }

    /**
     * Whether a run's verdicts, one per checked step, meet this verdict expectation: {@code proven}
     * needs every step proven, {@code holds} every step holding either way, {@code false at …}
     * exactly those steps false and the others holding.
     */
    boolean matches(List<Verdict.Kind> steps) {
        return switch (kind) {
            case PROVEN -> !steps.isEmpty() && steps.stream().allMatch(k -> k == Verdict.Kind.PROVEN);
            case HOLDS -> !steps.isEmpty() && steps.stream().allMatch(CorpusExpectation::holds);
            case DEFINITION -> steps.isEmpty();
            case FALSE -> positions(steps, Verdict.Kind.FALSE).equals(falseSteps)
                    && steps.stream().allMatch(k -> k == Verdict.Kind.FALSE || holds(k));
            case ERROR, PENDING -> throw new IllegalStateException("not a verdict: " + kind);
        };
    }

    private static boolean holds(Verdict.Kind k) {
        return k == Verdict.Kind.PROVEN || k == Verdict.Kind.NUMERICALLY_EQUAL;
    }

    /**
     * The {@code expect:} words for a run's verdicts, one per checked step; a step that could not be
     * decided is named as such, so that it never matches an expectation.
     */
    static String describe(List<Verdict.Kind> steps) {
        if (steps.isEmpty()) {
            return "definition";
        }
        List<Integer> undecided = positions(steps, Verdict.Kind.UNDECIDED);
        if (!undecided.isEmpty()) {
            return "undecided at steps " + join(undecided);
        }
        List<Integer> wrong = positions(steps, Verdict.Kind.FALSE);
        if (!wrong.isEmpty()) {
            return falseText(wrong);
        }
        return steps.stream().allMatch(k -> k == Verdict.Kind.PROVEN) ? "proven" : "holds";
    }

    private static String falseText(List<Integer> steps) {
        return (steps.size() == 1 ? "false at step " : "false at steps ") + join(steps);
    }

    private static List<Integer> positions(List<Verdict.Kind> steps, Verdict.Kind kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == kind) {
                out.add(i + 1);
            }
        }
        return out;
    }

    private static String join(List<Integer> steps) {
        return String.join(", ", steps.stream().map(String::valueOf).toList());
    }
}
