package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivative;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * A result that is a whole number times a sum no one wrote is printed term by term ({@link NumbersIntoTerms}),
 * as a book differentiates a sum: d2l.ai §2.4.1's f(x) = 3x² − 4x, f′(x) = 6x − 4. Each value is checked against
 * the derivative's value everywhere.
 */
class NumbersIntoTermsTest {
    @Test
    void aPolynomialsDerivativeIsTheSumOfItsTermsDerivatives() {
        assertDerivativeBothPaths("3*x^2 - 4*x", "x", "6*x - 4");
        assertDerivativeBothPaths("x^3 - 3*x^2 + 6*x", "x", "3*x^2 - 6*x + 6");
        assertDerivative("4*x^3 - 8*x", "x", "12*x^2 - 8");
        // other names, a function among the terms
        assertDerivative("5*t^3 - 10*t*u", "t", "15*t^2 - 10*u");
        assertDerivative("sin(2*x) + 3*x^2", "x", "2*cos(2*x) + 6*x");
    }

    @Test
    void aSumTheInputWroteKeepsItsNumberInFront() {
        // the chain rule's 2(x − y): the bracket is the input's, in either orientation, in a Σ body too
        assertDerivative("(x - y)^2", "x", "2*(x - y)");
        assertDerivative("(y - x)^2", "x", "2*(x - y)");
        assertDerivative("sum(i, (x_i - y_i)^2)", "x_j", "2*(x_j - y_j)");
        assertDerivative("(3*x - 2)^2", "x", "6*(3*x - 2)");
    }

    @Test
    void aBracketOfUnitCoefficientsKeepsItsNumberInFront() {
        // the one number is a common factor: the chain rule's inner derivative, a constant factor
        assertDerivative("2*x^2 + 4*x", "x", "4*(x + 1)");
        assertDerivative("-(w*t*log(sigma(2*u)) + (1 - t)*log(1 - sigma(2*u)))", "u", "2*(sigma(2*u)*(w*t - t + 1) - w*t)");
    }

    @Test
    void otherProductsAndFractionsStayAsTheNormalFormWritesThem() {
        // a symbol beside the number, a fraction's common denominator
        assertDerivative("x^2*y + 2*x*y", "x", "2*y*(1 + x)");
        assertDerivative("x^2/4 - 3*x/4", "x", "(2*x - 3)/4");
    }

    @Test
    void aSimplifiedSumIsAFixedPoint() {
        assertSimplifies("6*x - 4", "6*x - 4");
        assertSimplifies("2*(3*x - 2)", "2*(3*x - 2)");
    }
}
