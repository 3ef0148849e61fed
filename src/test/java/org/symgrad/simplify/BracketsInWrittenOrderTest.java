package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * A bracket of a result (a sum as a factor or as a power's base) whose terms are the terms of a sum the
 * input wrote prints in the input's order (issue 9 item 5.6, {@link WrittenTermOrder}, as for a function's
 * argument): {@code sqrt(x² + ε)}′ is {@code x/(x² + ε)^(1/2)}, not {@code x/(ε + x²)^(1/2)}. A bracket that
 * is the negation of a written sum is written as {@link WrittenOrientations#negated} writes it. Each form
 * is asserted against the derivative's values, with and without the steps.
 */
class BracketsInWrittenOrderTest {
    @Test
    void aBracketTheInputWroteKeepsItsOrder() {
        assertDerivativeBothPaths("sqrt(x^2 + eps)", "x", "x/(x^2 + eps)^(1/2)");
        assertDerivativeBothPaths("sqrt(u^2 + 1)", "u", "u/(u^2 + 1)^(1/2)");
        assertDerivativeBothPaths("(w*x + b - y)^2", "w", "2*x*(w*x + b - y)");
        assertDerivativeBothPaths("(a*t + c - z)^2", "a", "2*t*(a*t + c - z)");
        assertDerivativeBothPaths("(v + eps)^3", "v", "3*(v + eps)^2");
    }

    @Test
    void aNegatedBracketReadsAsTheNegationOfTheWrittenSum() {
        assertDerivativeBothPaths("(y - w*x - b)^2", "w", "2*x*(w*x + b - y)");
    }

    @Test
    void simplifyKeepsTheWrittenOrderToo() {
        assertSimplifies("2*(w*x + b - y)", "2*(w*x + b - y)");
        assertSimplifies("(q^2 + r)^3*(q^2 + r)", "(q^2 + r)^4");
    }
}
