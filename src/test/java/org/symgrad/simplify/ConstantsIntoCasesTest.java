package org.symgrad.simplify;

import org.junit.jupiter.api.Test;
import org.symgrad.testing.CheckedDerivatives;

/**
 * A constant factor of a case split goes into its cases (issue 9 item 5, rule constant-into-cases), as
 * kernels and papers print each case's value: SELU's derivative {@code where(x > 0, λ, αλ eˣ)}
 * (PyTorch's elu_backward with scale λ), not {@code λ·where(x > 0, 1, α eˣ)}. A factor holding a
 * variable of the condition stays outside (a let's name too: BranchWriteBackTest's
 * {@code f·where(x > 0, 1, α + f)}). Each form is checked numerically.
 */
class ConstantsIntoCasesTest {
    @Test
    void aConstantFactorGoesIntoTheCases() {
        CheckedDerivatives.assertDerivativeBothPaths("lambda*where(x > 0, x, alpha*exp(x) - alpha)", "x",
                "where(x > 0, lambda, alpha*lambda*exp(x))");
        CheckedDerivatives.assertDerivativeBothPaths("c*where(t > 1, t^2, 0)", "t", "where(t > 1, 2*c*t, 0)");
        CheckedDerivatives.assertDerivativeBothPaths("-where(x > 0, x, a*x)", "x", "where(x > 0, -1, -a)");
        CheckedDerivatives.assertSimplifies("k*where(y < 0, 1, 2)", "where(y < 0, k, 2*k)");
    }

    @Test
    void aFactorThatVariesWithTheConditionStaysOutside() {
        CheckedDerivatives.assertSimplifies("x*where(x > 0, 1, 2)", "x*where(x > 0, 1, 2)");
        CheckedDerivatives.assertSimplifies("y*where(x*y > 0, 1, b)", "y*where(x*y > 0, 1, b)");
    }
}
