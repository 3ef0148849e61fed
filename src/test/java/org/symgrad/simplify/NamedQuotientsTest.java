package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A product's sinh(u)/cosh(u) is tanh(u) in the normal form ({@link NamedQuotients}), before the product meets the
 * other terms of a sum: the sum collects it with the tanh beside it, where it was kept apart over the common
 * denominator cosh(u) and a derivation ended on {@code (cosh(x)(tanh(x) + …) + sinh(x))/cosh(x)} after passing
 * {@code 2 tanh(x) + x(1 − tanh(x)²)}. The same for tan = sin/cos, and for sech = 1/cosh beside tanh.
 */
class NamedQuotientsTest {
    @Test
    void aQuotientBesideItsFunctionIsCollectedWithIt() {
        assertSimplifies("tanh(x) + x*(1 - tanh(x)^2) + sinh(x)/cosh(x)", "2*tanh(x) + x*(1 - tanh(x)^2)");
        assertSimplifies("y*tanh(x) + x*sinh(x)/cosh(x) + 1", "tanh(x)*(x + y) + 1");
    }

    @Test
    void derivativesWithHyperbolicAndTrigonometricPairsEndOnTheCollectedForm() {
        // the second derivative of x log cosh x: the input wrote cosh, so 1 − tanh² is written back as 1/cosh²
        assertDerivativeBothPaths("diff(x*log(cosh(x)), x)", "x", "2*tanh(x) + x/cosh(x)^2");
        assertDerivativeBothPaths("diff(x*log(cosh(2*x)), x)", "x", "4*(tanh(2*x) + x/cosh(2*x)^2)");
        // tanh and sech: sech is read as 1/cosh
        assertDerivativeBothPaths("x*sech(x)^2", "x", "(1 - 2*x*tanh(x))/cosh(x)^2");
        assertDerivativeBothPaths("tanh(x)*sech(x)", "x", "(1 - 2*tanh(x)^2)/cosh(x)");
        // tan and sin/cos
        assertDerivativeBothPaths("diff(x*tan(x), x)", "x", "2*(1 + x*tan(x))/cos(x)^2");
    }

    @Test
    void noDerivationEndsOnAFormCostlierThanOneItPassed() {
        HonestEnds.assertHonest(List.of("diff(x*log(cosh(x)), x)", "diff(x*log(cosh(2*x)), x)", "x*sech(x)^2", "tanh(x)*sech(x)",
                "diff(x*tan(x), x)", "diff(sin(x)*tan(x), x)", "diff(x*softplus(x), x)", "diff(x*log(sigma(x)), x)"));
    }
}
