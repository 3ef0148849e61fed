package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A capital written as a superscript, the upper limit N of {@code \sum_{i=1}^N \mathbf{x}_i}, stands beside the vector after it
 * but is no matrix factor of it (VectorNameScan.seeCapitals): read as one, N was a matrix N_ij in every later statement, and
 * the Gaussian's ∂ℓ/∂Σ = −(N/2)Σ⁻¹ + … was a WRONG ✗ after the sample mean μ̂ = (1/N)Σ_i x_i.
 */
class SuperscriptCapitalsTest {
    private static final String GAUSSIAN = "Let $\\mathbf{x}_1, \\dots, \\mathbf{x}_N \\in \\mathbb{R}^d$ and a symmetric positive definite"
            + " $\\Sigma \\in \\mathbb{R}^{d \\times d}$.\n\n$$\\hat{\\boldsymbol\\mu} = \\frac{1}{N}\\sum_{i=1}^N \\mathbf{x}_i$$\n\n"
            + "$$\\ell(\\Sigma) = -\\frac{N}{2}\\log\\det\\Sigma - \\frac{1}{2}\\sum_{i=1}^N \\mathbf{x}_i^\\top \\Sigma^{-1}\\mathbf{x}_i$$\n\n";

    @Test
    void theUpperLimitOfASumOfVectorsIsACount() {
        assertMarks("✓", GAUSSIAN + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{N}{2}\\Sigma^{-1} + \\frac{1}{2}\\Sigma^{-1}"
                + "\\Big(\\sum_{i=1}^N \\mathbf{x}_i\\mathbf{x}_i^\\top\\Big)\\Sigma^{-1}$$\n");
        assertMarks("✗", GAUSSIAN + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{1}{2}\\Sigma^{-1} + \\frac{1}{2}\\Sigma^{-1}"
                + "\\Big(\\sum_{i=1}^N \\mathbf{x}_i\\mathbf{x}_i^\\top\\Big)\\Sigma^{-1}$$\n");
    }
}
