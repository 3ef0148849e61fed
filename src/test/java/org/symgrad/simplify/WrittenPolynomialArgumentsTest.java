package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertDerivativeBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * A function's argument the input wrote as a polynomial term by term is printed so ({@link WrittenTermOrder}): Stan's
 * {@code Phi_approx} is {@code inv_logit(0.07056u³ + 1.5976u)} and its derivative keeps that argument, where the normal
 * form took the name out, {@code σ(u(0.07056u² + 1.5976))} (stan-math-rev-scalar.sg:31); GELU's tanh approximation
 * keeps {@code tanh(x + 0.044715x³)}. Each form checked against the input (or its derivative) at random points.
 */
class WrittenPolynomialArgumentsTest {
    @Test
    void aPolynomialArgumentStaysTermByTerm() {
        assertSimplifies("sigma(x^3 + 2*x)", "sigma(x^3 + 2*x)");
        assertSimplifies("0.5*(1 + tanh(x + 0.044715*x^3))", "0.5*(1 + tanh(x + 0.044715*x^3))");
        assertSimplifies("tanh(a*x^3 + b*x)", "tanh(a*x^3 + b*x)");
    }

    @Test
    void itsDerivativeKeepsTheArgumentAsWritten() {
        assertDerivativeBothPaths("sigma(0.07056*u^3 + 1.5976*u)", "u",
                "sigma(0.07056*u^3 + 1.5976*u)*(1 - sigma(0.07056*u^3 + 1.5976*u))*(0.21168*u^2 + 1.5976)");
        assertDerivativeBothPaths("tanh(a*x^3 + b*x)", "x", "(1 - tanh(a*x^3 + b*x)^2)*(3*a*x^2 + b)");
    }
}
