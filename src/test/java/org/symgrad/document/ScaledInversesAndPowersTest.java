package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The inverse and the determinant of a scalar multiple of a matrix, and whole powers of a matrix, read entry by entry:
 * det(cA) = cⁿ det A, (cA)⁻¹ = c⁻¹A⁻¹ and det I = 1 ({@code \log|2\pi\Sigma|}, {@code \det(\sigma^2 I)}, {@code (\sigma^2 I)^{-1}}),
 * K⁻² = K⁻¹K⁻¹, A² = AA ({@code \mathrm{tr}(X^2)}), with n the one size the document declares its vectors and matrices by
 * ({@code \Sigma \in \mathbb{R}^{d \times d}}: d). Before, each such side was skipped (an inverse or power of a matrix,
 * determinants not supported), and d, a declared size, stood apart from the size the sums run to (1ᵀ1 = d was undecided).
 */
class ScaledInversesAndPowersTest {
    private static final String COVARIANCE = "Let $\\Sigma \\in \\mathbb{R}^{d \\times d}$ be a covariance matrix and $\\sigma > 0$.\n\n";

    @Test
    void aDeterminantOfAScalarMultipleTakesTheScalarToTheSize() {
        PublicInputsTest.check(COVARIANCE
                + "$$\\log |2\\pi \\Sigma| = d\\log(2\\pi) + \\log|\\Sigma|$$\n\n"
                + "$$\\log |2\\pi \\Sigma| = \\log(2\\pi) + \\log|\\Sigma|$$\n\n"
                + "$$\\det(\\sigma^2 I) = \\sigma^{2d}$$\n\n"
                + "$$\\det(\\sigma^2 I) = \\sigma^{d}$$\n", "✓✗✓✗");
    }

    @Test
    void theDeclaredSizeIsTheSizeTheSumsRunTo() {
        PublicInputsTest.check(COVARIANCE
                + "$$\\mathbf{1}^\\top \\mathbf{1} = d$$\n\n"
                + "$$\\mathrm{tr}(\\Sigma\\Sigma^{-1}) = d$$\n", "✓✓");
    }

    @Test
    void anInverseOfAScalarMultipleIsTheReciprocalTimesTheInverse() {
        PublicInputsTest.check(COVARIANCE
                + "$$\\mathbf{x}^\\top(\\sigma^2 I)^{-1}\\mathbf{x} = \\frac{1}{\\sigma^2}\\mathbf{x}^\\top\\mathbf{x}$$\n\n"
                + "$$\\mathbf{x}^\\top(\\sigma^2 I)^{-1}\\mathbf{x} = \\sigma^2\\mathbf{x}^\\top\\mathbf{x}$$\n\n"
                + "$$\\mathbf{x}^\\top(2\\Sigma)^{-1}\\mathbf{x} = \\frac{1}{2}\\mathbf{x}^\\top\\Sigma^{-1}\\mathbf{x}$$\n", "✓✗✓");
    }

    @Test
    void aWholePowerOfAMatrixIsItsProduct() {
        PublicInputsTest.check(COVARIANCE
                + "$$\\mathbf{x}^\\top \\Sigma^{-2} \\mathbf{x} = \\mathbf{x}^\\top \\Sigma^{-1}\\Sigma^{-1} \\mathbf{x}$$\n\n"
                + "$$\\mathbf{x}^\\top \\Sigma^{-2} \\mathbf{x} = \\mathbf{x}^\\top \\Sigma^{-1} \\mathbf{x}$$\n\n"
                + "$$\\frac{\\partial}{\\partial X}\\operatorname{tr}(X^2) = 2X^\\top$$\n\n"
                + "$$\\frac{\\partial}{\\partial X}\\operatorname{tr}(X^2) = 2X$$\n", "✓✗✓✗");
    }
}
