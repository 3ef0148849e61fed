package org.symgrad.fuzz;

/**
 * What one fuzz case came to. Wrong answers, unexpected limits and uncaught exceptions are
 * failures; a limit on an input of {@value #SMALL_INPUT} nodes or more is accepted; an input
 * error (the library refused the generated input) and a case with no usable point are counted.
 */
record Finding(FuzzCase fuzzCase, Outcome outcome, String detail) {
    /** Inputs below this many nodes must never hit a resource limit. */
    static final int SMALL_INPUT = 50;

    enum Outcome {
        PASSED, WRONG_ANSWER, UNEXPECTED_LIMIT, UNCAUGHT_EXCEPTION, ACCEPTED_LIMIT, INPUT_ERROR, NOT_EVALUABLE;

        boolean isFailure() {
            return this == WRONG_ANSWER || this == UNEXPECTED_LIMIT || this == UNCAUGHT_EXCEPTION;
        }
    }

    static Finding passed(FuzzCase c) {
        return new Finding(c, Outcome.PASSED, "");
    }

    @Override
    public String toString() {
        return outcome + " " + fuzzCase + (detail.isEmpty() ? "" : "\n    " + detail.replace("\n", "\n    "));
    }
}
