package org.symgrad.fuzz;

import java.util.Map;

/**
 * What one fuzz case came to. Wrong answers, unexpected limits and uncaught exceptions are
 * failures; a limit on an input of {@value #SMALL_INPUT} nodes or more is accepted; an input
 * error (the library refused the generated input) and a case with no usable point are counted.
 */
record Finding(FuzzCase fuzzCase, Outcome outcome, String detail, int compared, Map<Undecidable, Integer> undecided,
               Map<Undecidable, String> firstUndecided) {
    /** Inputs below this many nodes must never hit a resource limit. */
    static final int SMALL_INPUT = 50;

    /**
     * {@code CHECK_MISSES_DIFFERENCE} is not a wrong derivative but {@code check} (the product)
     * calling {@code answer = answer·(1 + 10⁻⁹)} equal: a failure of its own kind.
     */
    enum Outcome {
        PASSED, WRONG_ANSWER, CHECK_MISSES_DIFFERENCE, UNEXPECTED_LIMIT, UNCAUGHT_EXCEPTION, ACCEPTED_LIMIT,
        INPUT_ERROR, NOT_EVALUABLE;

        boolean isFailure() {
            return this == WRONG_ANSWER || this == CHECK_MISSES_DIFFERENCE || this == UNEXPECTED_LIMIT
                    || this == UNCAUGHT_EXCEPTION;
        }
    }

    /**
     * @param compared  the judgements of a candidate at a point that decided (agreed or wrong)
     * @param undecided the disagreements a point could not decide, by why
     * @param firstUndecided the first of each kind: which candidate, at which point
     */
    Finding {
        undecided = Map.copyOf(undecided);
        firstUndecided = Map.copyOf(firstUndecided);
    }

    Finding(FuzzCase fuzzCase, Outcome outcome, String detail) {
        this(fuzzCase, outcome, detail, 0, Map.of(), Map.of());
    }

    /** This finding with the point counts of the judging that led to it. */
    Finding counted(int compared, Map<Undecidable, Integer> undecided, Map<Undecidable, String> firstUndecided) {
        return new Finding(fuzzCase, outcome, detail, compared, undecided, firstUndecided);
    }

    static Finding passed(FuzzCase c) {
        return new Finding(c, Outcome.PASSED, "");
    }

    @Override
    public String toString() {
        return outcome + " " + fuzzCase + (detail.isEmpty() ? "" : "\n    " + detail.replace("\n", "\n    "));
    }
}
