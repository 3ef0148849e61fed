package org.symgrad.simplify;

import org.junit.jupiter.api.Test;
import org.symgrad.testing.CheckedDerivatives;

/**
 * The product rule's sum is not brought over a common denominator the input did not write (issue 9
 * item 5.5): {@code (x tanh(3x/2))′ = tanh(3x/2) + 3x(1 − tanh(3x/2)²)/2}, not
 * {@code (2 tanh(3x/2) + 3x(1 − tanh(3x/2)²))/2}; a product with a factor besides the number stays as it was.
 * Each form is asserted against finite differences, with and without the steps.
 */
class ProductRuleDenominatorsTest {
    @Test
    void aFractionOverTheProductRulesSumGoesIntoItsTerms() {
        CheckedDerivatives.assertDerivativeBothPaths("x*tanh(3/2*x)", "x", "tanh(3*x/2) + 3*x*(1 - tanh(3*x/2)^2)/2");
        CheckedDerivatives.assertDerivativeBothPaths("x*tanh(3*x/2)", "x", "tanh(3*x/2) + 3*x*(1 - tanh(3*x/2)^2)/2");
        CheckedDerivatives.assertDerivativeBothPaths("t*sigma(t/3)", "t", "sigma(t/3) + t*sigma(t/3)*(1 - sigma(t/3))/3");
        CheckedDerivatives.assertDerivativeBothPaths("x*tanh(x/2) + x", "x", "tanh(x/2) + x*(1 - tanh(x/2)^2)/2 + 1");
        // the other written order: the terms follow it
        CheckedDerivatives.assertDerivativeBothPaths("t + t*tanh(t/3)", "t", "1 + tanh(t/3) + t*(1 - tanh(t/3)^2)/3");
    }

    @Test
    void otherProductsAsBefore() {
        CheckedDerivatives.assertDerivativeBothPaths("x*sigma(x)", "x", "sigma(x) + x*sigma(x)*(1 - sigma(x))");
        CheckedDerivatives.assertDerivativeBothPaths("x^2*tanh(x/2)", "x", "x*(4*tanh(x/2) + x*(1 - tanh(x/2)^2))/2");
    }
}
