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

    // "$S \in \mathbb{R}^{d \times d}$ the sample covariance (symmetric)": n/2 Λ⁻¹ − n/2 S was ✗ (WRONG: 'holds with the
    // entries transposed') → ✓ (session 55)
    @Test
    void aMatrixCalledSymmetricInBracketsAfterWordsOfItIsSymmetric() {
        String logdet = "Let $\\Sigma \\in \\mathbb{R}^{d \\times d}$ be symmetric positive definite and $S \\in \\mathbb{R}^{d \\times d}$ "
                + "the sample covariance (symmetric). The log-likelihood in the precision $\\Lambda = \\Sigma^{-1}$ is\n\n"
                + "$$\\ell(\\Lambda) = \\frac{n}{2}\\log\\det\\Lambda - \\frac{n}{2}\\operatorname{tr}(S\\Lambda)$$\n\n";
        assertMarks("✓", logdet + "$$\\frac{\\partial \\ell}{\\partial \\Lambda} = \\frac{n}{2}\\Lambda^{-1} - \\frac{n}{2} S$$\n");
        assertMarks("✗", logdet + "$$\\frac{\\partial \\ell}{\\partial \\Lambda} = \\frac{n}{2}\\Lambda - \\frac{n}{2} S$$\n");
    }

    private static String quadratic(String said) {
        return "Let $A \\in \\mathbb{R}^{d\\times d}$ " + said + ".\n\n$$f(\\mathbf{x}) = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = 2A\\mathbf{x}$$\n";
    }

    @Test
    void aMatrixCalledACovarianceOrSpdAfterItsDeclarationIsSymmetric() {
        assertMarks("✓", quadratic(", the noise covariance matrix"));
        assertMarks("✓", quadratic("a sample covariance"));
        assertMarks("✓", quadratic("the weight matrix (SPD)"));
        assertMarks("✓", quadratic("(symmetric positive definite)"));
    }

    @Test
    void aCrossCovarianceOrABracketOfAnotherThingSaysNoSymmetry() {
        assertMarks("✗", quadratic("the cross covariance"));
        assertMarks("✗", quadratic("the covariance between inputs"));
        assertMarks("✗", quadratic("the covariance of $x$ and $y$"));
        assertMarks("✗", quadratic("and its transpose (symmetric)"));
    }
}
