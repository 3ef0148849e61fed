package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A capital written next to a matrix's inverse ({@code \Sigma^{-1}S\Sigma^{-1}}, {@code S A^{-1}}) is a matrix: the product
 * of matrices. Before, S between two inverses of a covariance was read as one number (S·(Σ⁻¹Σ⁻¹)), and the Gaussian
 * likelihood's covariance gradient Σ⁻¹ − Σ⁻¹SΣ⁻¹ was undecided.
 */
class InverseNeighboursTest {
    private static final String GAUSS = "Let $\\Sigma$ be a symmetric positive definite matrix, with $S$ symmetric.\n\n"
            + "$$\\ell(\\Sigma) = \\log\\det\\Sigma + \\operatorname{tr}(\\Sigma^{-1}S)$$\n\n";

    @Test
    void aCapitalBetweenInversesIsAMatrix() {
        assertMarks("≈", GAUSS + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = \\Sigma^{-1} - \\Sigma^{-1}S\\Sigma^{-1}$$\n");
        assertMarks("✗", GAUSS + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = \\Sigma^{-1} + \\Sigma^{-1}S\\Sigma^{-1}$$\n");
    }
}
