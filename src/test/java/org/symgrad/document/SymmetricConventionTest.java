package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The derivative by a matrix the text states symmetric is checked with its entries independent (the unconstrained gradient,
 * ∂ log det Σ/∂Σ = Σ⁻¹). A step that holds instead in the convention for symmetric matrices, which counts Σ_ij and Σ_ji as one
 * variable (G + Gᵀ − diag G: 2Σ⁻¹ − diag(Σ⁻¹)), is undecided with the convention named, not false; diag of a square matrix is
 * the diagonal matrix of its diagonal. A step wrong in both conventions stays false.
 */
class SymmetricConventionTest {
    private static final String LOG_DET = "Let $\\Sigma$ be a symmetric positive definite matrix.\n\n$$f(\\Sigma) = \\log\\det\\Sigma$$\n\n";

    @Test
    void theSymmetricConventionIsNamedNotFalse() {
        assertMarks("✓", LOG_DET + "$$\\frac{\\partial f}{\\partial \\Sigma} = \\Sigma^{-1}$$\n");
        String convention = marks(LOG_DET + "$$\\frac{\\partial f}{\\partial \\Sigma} = 2\\Sigma^{-1} - \\operatorname{diag}(\\Sigma^{-1})$$\n");
        assertTrue(convention.startsWith("?\n") && convention.contains("convention"), convention);
        assertMarks("✗", LOG_DET + "$$\\frac{\\partial f}{\\partial \\Sigma} = 2\\Sigma^{-1}$$\n");
    }
}
