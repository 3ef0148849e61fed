package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivative;
import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertFormBothPaths;

import org.junit.jupiter.api.Test;

/**
 * The function's values a fraction's bar divides out of its numerator exactly stand apart from the rest over the bar
 * ({@link NumeratorsDivided}), as the product rule writes its sum; only where each part is cheaper apart: the rest over
 * a sum holds no function's value, the rest over a number is one term, and a rational function stays one fraction.
 */
class NumeratorsDividedTest {
    @Test
    void aFunctionsValueOverANumberLeavesTheBar() {
        // was (x*tanh(x/2) + 2*log(cosh(x/2)))/2
        assertDerivativeBothPaths("x*log(cosh(x/2))", "x", "log(cosh(x/2)) + x*tanh(x/2)/2");
        // was (x*sigma(x/2) + 2*softplus(x/2))/2
        assertDerivativeBothPaths("x*softplus(x/2)", "x", "softplus(x/2) + x*sigma(x/2)/2");
    }

    @Test
    void aFunctionsValueOverASumLeavesTheBar() {
        // was (x^2*log(1 + x^2) + 2*x^2 + log(1 + x^2))/(1 + x^2)
        assertDerivativeBothPaths("x*log(1 + x^2)", "x", "log(1 + x^2) + 2*x^2/(1 + x^2)");
        // was -(x*log1p(-x) + x - log1p(-x))/(1 - x); log1p(-x) has no value at the random points beyond 1
        assertFormBothPaths("x*log1p(-x)", "x", "log1p(-x) - x/(1 - x)");
        // Stan's negative binomial, the partial in phi (was one fraction of eleven terms over mu + phi)
        assertFormBothPaths("phi*log(phi) - lgamma(phi) + y*log(mu) + lgamma(y + phi) - (y + phi)*log(mu + phi)", "phi",
                "digamma(y + phi) - digamma(phi) + log(phi) - log(mu + phi) + (mu - y)/(mu + phi)");
    }

    @Test
    void aRestThatIsNotCheaperApartStaysOverTheBar() {
        // a rational function: one fraction, as Stan's Cauchy partial in the scale prints it
        assertFormBothPaths("-log1p(((y - mu)/s)^2) - log(s)", "s", "((y - mu)^2 - s^2)/(s*((y - mu)^2 + s^2))");
        assertDerivative("x^2/4 - 3*x/4", "x", "(2*x - 3)/4");
        // the rest over a number is more than one term: as before
        assertDerivative("x*tanh(x/2) + x", "x", "tanh(x/2) + x*(1 - tanh(x/2)^2)/2 + 1");
    }
}
