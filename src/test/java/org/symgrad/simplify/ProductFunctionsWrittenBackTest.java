package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;

import org.junit.jupiter.api.Test;

/**
 * A function the registry defines as a product, GELU(u) = u·Φ(u), is written back by its name where a result holds
 * that product ({@link Rules#namedFunctionInverses}), as the product rule's term {@code gelu(x)} stands beside it:
 * the result reads in the input's function, not in it and its formula. Each value is checked against the derivative's
 * value everywhere.
 */
class ProductFunctionsWrittenBackTest {
    @Test
    void aProductTheFunctionIsIsWrittenAsTheFunction() {
        // was x^2*exp(-x^2/2)/(2*pi)^(1/2) + x*Phi(x) + gelu(x)
        assertDerivativeBothPaths("x*gelu(x)", "x", "x^2*exp(-x^2/2)/(2*pi)^(1/2) + 2*gelu(x)");
        // was x*(x^2*exp(-x^2/2)/(2*pi)^(1/2) + x*Phi(x) + 2*gelu(x))
        assertDerivativeBothPaths("x^2*gelu(x)", "x", "x*(x^2*exp(-x^2/2)/(2*pi)^(1/2) + 3*gelu(x))");
    }

    @Test
    void aResultWithoutTheWholeProductKeepsItsFormula() {
        // Φ alone would be gelu(x)/x, a new division: the derivative table's GELU′ stays
        assertDerivativeBothPaths("gelu(x)", "x", "Phi(x) + x*exp(-x^2/2)/(2*pi)^(1/2)");
    }
}
