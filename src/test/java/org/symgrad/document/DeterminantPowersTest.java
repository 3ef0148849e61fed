package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A power written after a determinant's parentheses ({@code \det(\Sigma)^{-1/2}} of a Gaussian's normaliser,
 * {@code \det(X)^2}) is the determinant's, a number's power, as {@code |\Sigma|^{-1/2}} is. Before, it was read as a power
 * of the matrix in the parentheses and the side skipped ("(\Sigma)^{-1/2} is an inverse or power of a matrix").
 */
class DeterminantPowersTest {
    private static final String SIGMA = "Let $\\Sigma$ be a symmetric positive definite $d \\times d$ matrix.\n\n";

    @Test
    void thePowerOfADeterminant() {
        assertMarks("✓", SIGMA + "$$\\frac{\\partial}{\\partial \\Sigma}\\log\\det(\\Sigma)^{-1/2} = -\\frac{1}{2}\\Sigma^{-1}$$\n");
        assertMarks("✗", SIGMA + "$$\\frac{\\partial}{\\partial \\Sigma}\\log\\det(\\Sigma)^{-1/2} = \\frac{1}{2}\\Sigma^{-1}$$\n");
        assertMarks("≈", "For a square $X$,\n\n$$\\frac{\\partial}{\\partial X}\\det(X^2) = 2\\det(X)^2 X^{-\\top}$$\n");
    }
}
