package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Ω, the covariance of generalised least squares, names a matrix by convention as Σ and Λ do: written inverted in a quadratic
 * form ({@code (\mathbf{y} - X\boldsymbol\beta)^\top\Omega^{-1}(\mathbf{y} - X\boldsymbol\beta)}) it is a matrix, and the prose
 * that calls it symmetric positive definite names it. Before, the criterion was unread and every step after it skipped.
 */
class GreekCovariancesTest {
    @Test
    void theGlsCriterionInOmegaIsRead() {
        PublicInputsTest.check("Let the errors have a known symmetric positive definite covariance $\\Omega$. The GLS criterion is\n\n"
                + "$$S(\\boldsymbol\\beta) = (\\mathbf{y} - X\\boldsymbol\\beta)^\\top\\Omega^{-1}(\\mathbf{y} - X\\boldsymbol\\beta)$$\n\n"
                + "$$\\nabla_{\\boldsymbol\\beta} S = -2X^\\top\\Omega^{-1}(\\mathbf{y} - X\\boldsymbol\\beta)$$\n\n"
                + "$$\\nabla_{\\boldsymbol\\beta} S = 2X^\\top\\Omega^{-1}X\\boldsymbol\\beta - X^\\top\\Omega^{-1}\\mathbf{y}$$\n", "≈✗");
    }
}
