package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * A sum factor one term of a sum shows, which the other terms hide in their brackets, comes out of the sum whole
 * ({@link Factored}): the {@code 1 − tanh²x} of {@code (x tanh²x)″} and the {@code 1 − σ} of the swish's second
 * derivative, as a book prints them. Each value is checked against the input's value everywhere.
 */
class TermFactorsTest {
    @Test
    void aFactorOneTermShowsComesOutOfTheWholeSum() {
        // the product rule's two terms of (x tanh²x)″: 1 − tanh² stands in the first, hides in the second's bracket
        assertSimplifies("(1 - tanh(x)^2)*(tanh(x) + 2*x*(1 - tanh(x)^2))"
                + " + tanh(x)*(1 - tanh(x)^2 + 2*(1 - tanh(x)^2 - 2*x*tanh(x)*(1 - tanh(x)^2)))",
                "2*(1 - tanh(x)^2)*(2*tanh(x) + x*(1 - 3*tanh(x)^2))");
        // Chainer's swish second derivative, s = σ(βx), y = x·s (was b*(b*y*(2*s^2 - 3*s + 1) + 2*s*(1 - s)))
        assertSimplifies("b*(b*y + s*(1 - b*y)) + b*s*(1 - s)*(1 - b*y) - b*s*(b*y + s*(1 - b*y))",
                "b*(1 - s)*(b*y*(1 - 2*s) + 2*s)");
    }

    @Test
    void aSecondDerivativeKeepsTheDerivativeTablesFactor() {
        // was 2*x*(3*tanh(x)^4 - 4*tanh(x)^2 + 1) + 4*tanh(x)*(1 - tanh(x)^2)
        assertDerivativeBothPaths("diff(x*tanh(x)^2, x)", "x", "2*(1 - tanh(x)^2)*(2*tanh(x) + x*(1 - 3*tanh(x)^2))");
    }

    @Test
    void aFactorDoesNotSplitAnotherTermsFactorOfNoMoreTerms() {
        // 1 + tanh divides 1 − tanh², which a book keeps whole: not (1 + tanh(x))*(1 - tanh(x))
        assertSimplifies("(1 + tanh(x))/2 + x*(1 - tanh(x)^2)/2", "(1 + tanh(x))/2 + x*(1 - tanh(x)^2)/2");
    }
}
