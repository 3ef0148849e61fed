package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The inverse of a matrix the prose says is symmetric is symmetric: the precision $\Lambda = \Sigma^{-1}$ of a symmetric Σ.
 * The Gaussian log-likelihood's gradient in its precision, n/2 Λ⁻¹ − n/2 S, was ? ('holds under Lambda symmetric, which the
 * text does not state') → ✓; its slip stays ✗.
 */
class InverseSymmetryTest {
    private static final String PRECISION = "Let $\\Sigma$ be symmetric positive definite and $S$ a symmetric sample covariance. The "
            + "log-likelihood in the precision $\\Lambda = \\Sigma^{-1}$ is\n\n"
            + "$$\\ell(\\Lambda) = \\frac{n}{2}\\log\\det\\Lambda - \\frac{n}{2}\\operatorname{tr}(S\\Lambda)$$\n\n";

    @Test
    void thePrecisionOfASymmetricCovarianceIsSymmetric() {
        assertMarks("✓", PRECISION + "$$\\frac{\\partial \\ell}{\\partial \\Lambda} = \\frac{n}{2}\\Lambda^{-1} - \\frac{n}{2} S$$\n");
        assertMarks("✗", PRECISION + "$$\\frac{\\partial \\ell}{\\partial \\Lambda} = \\frac{n}{2}\\Lambda - \\frac{n}{2} S$$\n");
    }
}
