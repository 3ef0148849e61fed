package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A matrix said symmetric or positive definite in apposition, "Let …, $\Sigma$ a symmetric positive definite covariance",
 * is assumed so, as "$\Sigma$ is symmetric" is: the Gaussian log-likelihood's gradient in its mean, Σ⁻¹(x − μ), is ✓
 * (was: ? 'holds under Sigma symmetric …, which the text does not state').
 */
class ApposedSymmetryTest {
    private static final String GAUSSIAN = "# Gaussian log-likelihood\n\nLet $\\mathbf{x} \\in \\mathbb{R}^d$, $\\Sigma$ a symmetric "
            + "positive definite covariance and\n$$\\ell(\\boldsymbol\\mu) = -\\frac{1}{2}(\\mathbf{x} - \\boldsymbol\\mu)^\\top "
            + "\\Sigma^{-1} (\\mathbf{x} - \\boldsymbol\\mu)$$\n";

    @Test
    void theGradientOfTheGaussianLogLikelihoodInItsMean() {
        assertMarks("✓", GAUSSIAN + "$$\\nabla_{\\boldsymbol\\mu} \\ell = \\Sigma^{-1}(\\mathbf{x} - \\boldsymbol\\mu)$$\n");
        assertMarks("✗", GAUSSIAN + "$$\\nabla_{\\boldsymbol\\mu} \\ell = -\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol\\mu)$$\n");
        assertMarks("✗", GAUSSIAN + "$$\\nabla_{\\boldsymbol\\mu} \\ell = \\Sigma(\\mathbf{x} - \\boldsymbol\\mu)$$\n");
    }

    @Test
    void aNegatedApposedSymmetryAssumesNothing() {
        String square = "Here $A$ is a square matrix, not $A$ a symmetric one.\n\n$$h(\\mathbf{x}) = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n";
        assertMarks("✗", square + "$$\\nabla_{\\mathbf{x}} h = 2A\\mathbf{x}$$\n");
    }

    // "with $\mathbf{S}$ the symmetric covariance": 2Su − 2λu was ✗ (WRONG: 'true if S is symmetric: state it') → ✓ (session 54)
    @Test
    void aCovarianceCalledSymmetricInAppositionIsSymmetric() {
        String pca = "PCA: maximise $\\mathbf{u}^\\top \\mathbf{S}\\mathbf{u}$ subject to $\\mathbf{u}^\\top\\mathbf{u} = 1$, with "
                + "$\\mathbf{S}$ the symmetric covariance. The Lagrangian is\n"
                + "$$\\mathcal{L}(\\mathbf{u}, \\lambda) = \\mathbf{u}^\\top \\mathbf{S}\\mathbf{u} + \\lambda(1 - \\mathbf{u}^\\top\\mathbf{u})$$\n";
        assertMarks("✓", pca + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{u}} = 2\\mathbf{S}\\mathbf{u} - 2\\lambda\\mathbf{u}$$\n");
        assertMarks("✗", pca + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{u}} = \\mathbf{S}\\mathbf{u} - \\lambda\\mathbf{u}$$\n");
    }
}
