package org.symgrad.simplify;

import org.junit.jupiter.api.Test;
import org.symgrad.testing.CheckedDerivatives;

/**
 * A σ shape {@code c/(1 + e^u)} is c·σ(−u), as books write σ(z) = 1/(1 + e^{−z}) (issue 9 item 5.1):
 * {@code 1/(1 + exp(1 − 3x))} and {@code 1/(1 + exp(−3x + 1))} are σ(3x − 1), not 1 − σ(1 − 3x), and
 * their derivative 3σ(3x − 1)(1 − σ(3x − 1)); where −u reads negative ({@code 1/(1 + e^{2x})}) the
 * shape stays 1 − σ(2x). The shape {@code e^u/(1 + e^u)} keeps u. Each form is asserted with the
 * input's value at random points (simplify) or against finite differences (diff).
 */
class TurnedSigmaShapesTest {
    @Test
    void aReciprocalShapeIsSigmaOfTheTurnedArgument() {
        CheckedDerivatives.assertSimplifies("1/(1+exp(1-3*x))", "sigma(3*x - 1)");
        CheckedDerivatives.assertSimplifies("1/(1+exp(-3*x+1))", "sigma(3*x - 1)");
        CheckedDerivatives.assertSimplifies("1/(1+exp(2-5*t))", "sigma(5*t - 2)");
        CheckedDerivatives.assertSimplifies("2/(1+exp(a-b*x))", "2*sigma(b*x - a)");
        CheckedDerivatives.assertSimplifies("x/(1+exp(1-x))", "x*sigma(x - 1)");
        CheckedDerivatives.assertSimplifies("1/(1+exp(x-1))", "sigma(1 - x)");
    }

    @Test
    void otherShapesAsBefore() {
        CheckedDerivatives.assertSimplifies("exp(2*x-1)/(1+exp(2*x-1))", "sigma(2*x - 1)");
        CheckedDerivatives.assertSimplifies("1/(1+exp(-2*x))", "sigma(2*x)");
        CheckedDerivatives.assertSimplifies("1/(1+exp(2*x))", "1 - sigma(2*x)");
        CheckedDerivatives.assertSimplifies("1/(1+exp(-x))", "sigma(x)");
    }

    @Test
    void theDerivativeKeepsTheTurnedArgument() {
        CheckedDerivatives.assertDerivativeBothPaths("1/(1+exp(1-3*x))", "x", "3*sigma(3*x - 1)*(1 - sigma(3*x - 1))");
        CheckedDerivatives.assertDerivativeBothPaths("1/(1+exp(-3*x+1))", "x", "3*sigma(3*x - 1)*(1 - sigma(3*x - 1))");
        CheckedDerivatives.assertDerivativeBothPaths("1/(1+exp(2-5*t))", "t", "5*sigma(5*t - 2)*(1 - sigma(5*t - 2))");
        CheckedDerivatives.assertDerivativeBothPaths("2/(1+exp(a-b*x))", "x", "2*b*sigma(b*x - a)*(1 - sigma(b*x - a))");
        CheckedDerivatives.assertDerivativeBothPaths("x/(1+exp(1-x))", "x", "sigma(x - 1)*(1 + x*(1 - sigma(x - 1)))");
        CheckedDerivatives.assertDerivativeBothPaths("exp(2*x-1)/(1+exp(2*x-1))", "x", "2*sigma(2*x - 1)*(1 - sigma(2*x - 1))");
        CheckedDerivatives.assertDerivativeBothPaths("1/(1+exp(2*x))", "x", "-2*sigma(2*x)*(1 - sigma(2*x))");
        CheckedDerivatives.assertDerivativeBothPaths("1/(1+exp(-2*x))", "x", "2*sigma(2*x)*(1 - sigma(2*x))");
    }
}
