package org.symgrad.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An inline definition written with a definition's sign instead of '=' ({@code Let $\lambda_i \triangleq \exp(\theta x_i)$},
 * {@code \coloneqq}, {@code \equiv}, {@code \doteq}, ≔, ≜) is one, as the same sign in a display is: the steps that use
 * λ_i were undecided ("ℓ does not depend on θ").
 */
class InlineDefinitionSignsTest {
    private static final String POISSON = "# Poisson regression\n"
            + "\n"
            + "Let $\\lambda_i \\triangleq \\exp(\\theta x_i)$ and the negative log-likelihood\n"
            + "$$\\ell(\\theta) := \\sum_{i=1}^{n} \\left[\\lambda_i - y_i \\ln \\lambda_i + \\ln(y_i!)\\right].$$\n"
            + "Then\n"
            + "$$\\dfrac{\\mathrm{d}\\ell}{\\mathrm{d}\\theta} = \\sum_{i=1}^n \\left(\\lambda_i x_i - y_i x_i\\right) = \\sum_{i=1}^{n} x_i\\,(e^{\\theta x_i} - y_i)$$\n"
            + "and\n"
            + "$$\\frac{d^2 \\ell}{d\\theta^2} = \\sum_{i=1}^n x_i^2 \\exp(\\theta x_i) \\geq 0,$$\n"
            + "so $\\ell$ is convex. At $\\theta = 0$ the gradient is $\\left.\\tfrac{d\\ell}{d\\theta}\\right|_{\\theta=0} = \\sum_i x_i (1 - y_i)$.\n"
            + "\n"
            + "A mistake: $$\\frac{d^2 \\ell}{d\\theta^2} = \\sum_{i=1}^n x_i \\exp(\\theta x_i).$$\n"
            + "";

    @ParameterizedTest
    @ValueSource(strings = {"\\triangleq", "\\coloneqq", "\\equiv", "\\doteq", "\u225C", "\u2254"})
    void aDefinitionSignDefinesTheName(String sign) {
        // dℓ/dθ two links ✓, d²ℓ/dθ² ✓, the mistake (x_i for x_i²) ✗
        PublicInputsTest.check(POISSON.replace("\\triangleq", sign), "✓✓✓✗");
    }
}
