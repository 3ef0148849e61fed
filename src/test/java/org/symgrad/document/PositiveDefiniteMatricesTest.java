package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A matrix the prose calls positive definite, or a covariance, is drawn symmetric positive definite ({@code Sigma
 * positive-definite}: L Lᵀ + I/2 from drawn entries), so log|Σ| and Σ⁻¹ are defined at every point and a point that shows a
 * step false is one the text allows. Before, such a matrix was drawn general: ∂ log det Σ/∂Σ = Σ⁻¹, right for the symmetric
 * matrices "positive definite" means, was undecided (symmetric only by the convention for Σ, a lapsed assumption).
 */
class PositiveDefiniteMatricesTest {
    @Test
    void theLogDeterminantsGradientOfAPositiveDefiniteMatrixIsItsInverse() {
        String doc = "Let $\\Sigma$ be a positive definite matrix.\n\n";
        assertMarks("≈", doc + "$$\\frac{\\partial}{\\partial \\Sigma}\\log\\det\\Sigma = \\Sigma^{-1}$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial}{\\partial \\Sigma}\\log\\det\\Sigma = -\\Sigma^{-1}$$\n");
        // semi-definite says nothing of the kind: Σ is symmetric only by the convention for a covariance's letter, so undecided
        assertMarks("?", "Let $\\Sigma$ be a positive semi-definite matrix.\n\n"
                + "$$\\frac{\\partial}{\\partial \\Sigma}\\log\\det\\Sigma = \\Sigma^{-1}$$\n");
    }
}
