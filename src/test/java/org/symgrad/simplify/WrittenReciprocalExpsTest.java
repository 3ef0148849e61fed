package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertFormBothPaths;

import org.junit.jupiter.api.Test;

/**
 * An exp of a negated argument is written as the division the input wrote ({@link WrittenReciprocalExps}): LightGBM's
 * gamma loss {@code y/exp(s) + s} has the gradient {@code 1 - y/exp(s)} and the hessian {@code y/exp(s)}, as LightGBM
 * prints them (were {@code 1 - y*exp(-s)} and {@code y*exp(-s)}); an input that writes {@code y*exp(-p)} keeps it.
 */
class WrittenReciprocalExpsTest {
    @Test
    void aDivisionByAnExpTheInputWroteStaysADivision() {
        assertFormBothPaths("y/exp(s) + s", "s", "1 - y/exp(s)");
        assertFormBothPaths("diff(y/exp(s) + s, s)", "s", "y/exp(s)");
        assertFormBothPaths("x/exp(x)", "x", "(1 - x)/exp(x)");
    }

    @Test
    void aDivisionByTheExpOfADifferenceStaysWhole() {
        // the exp laws split exp(t - s) into exp(t)*exp(-s), exps the input never wrote (was 1 - y*exp(t)*exp(-s))
        assertFormBothPaths("y/exp(s - t) + s", "s", "1 - y/exp(s - t)");
        assertFormBothPaths("1/exp(s - t)", "s", "-1/exp(s - t)");
    }

    @Test
    void anExpOfANegatedArgumentTheInputWroteStaysSo() {
        assertFormBothPaths("y*exp(-p) + p", "p", "1 - y*exp(-p)");
        assertFormBothPaths("r + y*exp(-r)", "r", "1 - y*exp(-r)");
    }
}
