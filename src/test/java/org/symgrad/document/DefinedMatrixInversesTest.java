package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The inverse and the determinant of a matrix the document defines by its entries ({@code K_ij = exp(−(x_i − x_j)²/2) + σ²δ_ij},
 * then {@code K^{-1}} and {@code \log|K|}), computed from the definition: the evaluator takes K's entries from the body, and
 * the derivative in σ² goes through it, ∂(K⁻¹)/∂s = −K⁻¹(∂K/∂s)K⁻¹ and ∂log|K|/∂s = tr(K⁻¹ ∂K/∂s) (Rasmussen &amp; Williams
 * §5.4.1). Before, the inverse of a defined matrix was refused and every such step skipped.
 */
class DefinedMatrixInversesTest {
    private static final String GP = "For inputs $x_1, \\dots, x_n$ and targets $\\mathbf{y}$, the covariance is\n\n"
            + "$$K_{ij} = \\exp\\left(-\\frac{(x_i - x_j)^2}{2}\\right) + \\sigma^2\\delta_{ij}$$\n\n"
            + "and the negative log likelihood, up to a constant,\n\n"
            + "$$f = \\frac{1}{2}\\mathbf{y}^\\top K^{-1}\\mathbf{y} + \\frac{1}{2}\\log|K|$$\n\n"
            + "Its derivative in the noise variance:\n\n";

    @Test
    void theNoiseVarianceGradientGoesThroughTheDefinition() {
        // checked with numpy at the reported point: 0.428561 (finite difference and the right side), 1.049868 (the wrong sign)
        PublicInputsTest.check(GP
                + "$$\\frac{\\partial f}{\\partial \\sigma^2} = -\\frac{1}{2}\\mathbf{y}^\\top K^{-1}K^{-1}\\mathbf{y} + \\frac{1}{2}\\operatorname{tr}(K^{-1})$$\n\n"
                + "$$\\frac{\\partial f}{\\partial \\sigma^2} = \\frac{1}{2}\\mathbf{y}^\\top K^{-1}K^{-1}\\mathbf{y} + \\frac{1}{2}\\operatorname{tr}(K^{-1})$$\n\n"
                + "$$\\frac{\\partial f}{\\partial \\sigma^2} = -\\frac{1}{2}\\mathbf{y}^\\top K^{-2}\\mathbf{y} + \\frac{1}{2}\\operatorname{tr}(K^{-1})$$\n",
                "✓✗✓");
    }

    @Test
    void aMatrixDefinedByADeclaredMatrixAndTheIdentityIsReadByItsEntries() {
        // K = C + σ²I beside C ∈ ℝ^{n×n}: K_ij = C_ij + σ²δ_ij (was: a sum of numbers, I one of them, and every step after it
        // undecided); checked with numpy for a general C: −0.862026 by finite differences and the right side, 1.171049 the wrong
        PublicInputsTest.check("With a kernel matrix $C \\in \\mathbb{R}^{n \\times n}$, the noise variance $\\sigma^2$ and targets "
                + "$\\mathbf{y}$, the covariance is\n\n$$K = C + \\sigma^2 I$$\n\nand the log marginal likelihood\n\n"
                + "$$\\log p(\\mathbf{y}) = -\\frac{1}{2}\\mathbf{y}^\\top K^{-1}\\mathbf{y} - \\frac{1}{2}\\log|K| - \\frac{n}{2}\\log 2\\pi$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\sigma^2}\\log p(\\mathbf{y}) = \\frac{1}{2}\\mathbf{y}^\\top K^{-1}K^{-1}\\mathbf{y} - "
                + "\\frac{1}{2}\\operatorname{tr}(K^{-1})$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\sigma^2}\\log p(\\mathbf{y}) = \\frac{1}{2}\\mathbf{y}^\\top K^{-2}\\mathbf{y} + "
                + "\\frac{1}{2}\\operatorname{tr}(K^{-1})$$\n", "✓✗");
    }
}
