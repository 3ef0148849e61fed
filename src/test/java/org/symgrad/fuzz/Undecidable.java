package org.symgrad.fuzz;

/**
 * Why the {@link NumericJudge} cannot decide a disagreement between a candidate and its finite
 * difference at one point: the reference, not the candidate, is in doubt there. Such a point is
 * neither a pass nor a wrong answer; the run counts each kind and bounds their share
 * ({@link FuzzRun}), so no kind can silently swallow a run.
 */
enum Undecidable {
    /** {@code ∂f/∂x} where {@code f} (a definition it uses included) has a hole. */
    INPUT_UNDEFINED("the input (a definition it uses included) is undefined at the point"),
    /** A kink or jump of abs, sign, relu, heaviside, elu, leaky_relu, max, min, clip or a condition; √ at 0. */
    KINK_IN_STENCIL("a kink, jump or infinite slope (√ at 0) of a function lies within the finite-difference stencil"),
    /** A value exceeds the double range (or vanishes below it) where the true one is finite. */
    NOT_REPRESENTABLE("a value of the candidate overflows or underflows double where the derivative is finite"),
    /** Difference quotients at three smaller steps, in ball arithmetic, disagree: not smooth at this scale. */
    STEPS_DISAGREE("difference quotients at three step sizes disagree (not smooth at the step's scale)"),
    /** The ball of the candidate is wider than the tolerance. */
    ILL_CONDITIONED("ball arithmetic cannot decide the candidate to the tolerance (ill-conditioned point)"),
    /**
     * The variable is a defined name whose value at the point is its definition rounded to double, and
     * the candidate's disagreement lies within what that rounding moves it: a candidate that writes
     * the variable's definition solved for an input ({@code x = a(1 + y²) − y³}) is exact only on the
     * definition, which the rounded point misses by an ulp.
     */
    ROUNDED_DEFINITION("the disagreement is within what rounding the defined variable's value to double moves the candidate");

    private final String description;

    Undecidable(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
