package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Steps that were only numerically equal (≈) because the proof needs what the range of a free
 * index gives (check/IndexFacts): δ_ij t taken on the diagonal, δ_0j = 0 for an index that ranges
 * over 1..n, a Σ over a sum of δ terms split so that each δ contracts, and a range fixed as 1..m by
 * the document's own sums. Each with a variant the fresh homework does not contain, and a wrong
 * variant that stays false.
 */
class IndexRangeFactsTest {
    @Test
    void aDeltaOfTwoFreeIndicesIsTakenOnItsDiagonal() {
        // t-SNE: ∂w_ij/∂y_id carries δ_ij (y_id − y_jd), which is 0
        String w = "$$w_{ij} = \\left( 1 + \\sum_{c} (y_{ic} - y_{jc})^2 \\right)^{-1}$$\n\n";
        assertMarks("✓", w + "$$\\frac{\\partial w_{ij}}{\\partial y_{id}} = -2 (y_{id} - y_{jd}) "
                + "\\left( 1 + \\sum_{c} (y_{ic} - y_{jc})^2 \\right)^{-2}$$\n");
        // a variant: a Gaussian affinity between points a and b in coordinate e
        String g = "$$s_{ab} = \\exp\\left( -\\sum_{c} (z_{ac} - z_{bc})^2 \\right)$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial s_{ab}}{\\partial z_{ae}} = -2 (z_{ae} - z_{be}) s_{ab}$$\n");
        // the δ_ij term is not dropped where it is not 0: ∂w_ij/∂y_jd has the opposite sign
        assertMarks("✗", w + "$$\\frac{\\partial w_{ij}}{\\partial y_{jd}} = -2 (y_{id} - y_{jd}) "
                + "\\left( 1 + \\sum_{c} (y_{ic} - y_{jc})^2 \\right)^{-2}$$\n");
    }

    @Test
    void aFreeIndexIsNeverTheOffsetsZero() {
        // the margin y(θ^T x + θ_0)/‖θ‖ in θ_j: δ_0j = 0, as j ranges over 1..n
        String m = "$$m = \\frac{y \\left( \\sum_k w_k x_k + w_0 \\right)}{\\sqrt{\\sum_k w_k^2}}$$\n\n";
        assertMarks("✓", m + "$$\\frac{\\partial m}{\\partial w_j} = \\frac{y x_j}{\\sqrt{\\sum_k w_k^2}} "
                + "- \\frac{y \\left( \\sum_k w_k x_k + w_0 \\right) w_j}{\\left( \\sum_k w_k^2 \\right)^{3/2}}$$\n");
        assertMarks("✗", m + "$$\\frac{\\partial m}{\\partial w_j} = \\frac{y x_j}{\\sqrt{\\sum_k w_k^2}}$$\n");
    }

    @Test
    void aQuadraticFormThroughAFormulaIsSymmetricWhereTheFormulaIs() {
        // kernel ridge's λ α^T K α with a Gaussian kernel, and a variant with a polynomial kernel
        String rbf = "$$K_{ij} = \\exp\\left( -\\gamma (x_i - x_j)^2 \\right)$$\n\n"
                + "$$R = \\sum_{i} \\sum_{j} \\alpha_i K_{ij} \\alpha_j$$\n\n";
        assertMarks("✓", rbf + "$$\\frac{\\partial R}{\\partial \\alpha_m} = 2 \\sum_{j} K_{mj} \\alpha_j$$\n");
        String poly = "$$P_{ab} = \\left( 1 + t_a t_b \\right)^2$$\n\n"
                + "$$Q = \\sum_{a} \\sum_{b} c_a P_{ab} c_b$$\n\n";
        assertMarks("✓", poly + "$$\\frac{\\partial Q}{\\partial c_e} = 2 \\sum_{b} P_{eb} c_b$$\n");
        // not symmetric: the factor 2 is wrong
        String skew = "$$K_{ij} = \\exp\\left( -\\gamma (x_i - 2 x_j)^2 \\right)$$\n\n"
                + "$$R = \\sum_{i} \\sum_{j} \\alpha_i K_{ij} \\alpha_j$$\n\n";
        assertMarks("✗", skew + "$$\\frac{\\partial R}{\\partial \\alpha_m} = 2 \\sum_{j} K_{mj} \\alpha_j$$\n");
    }

    @Test
    void sumsToANumberFixTheRangeOfTheFreeIndex() {
        // a Dirichlet written with explicit terms: δ_1j + δ_2j + δ_3j = 1 for j in 1..3
        String d3 = "$$\\ell = \\log \\Gamma(\\alpha_1 + \\alpha_2 + \\alpha_3) - \\sum_{k=1}^{3} \\log \\Gamma(\\alpha_k) "
                + "+ \\sum_{k=1}^{3} (\\alpha_k - 1) \\log p_k$$\n\n";
        CheckedDocument d = PublicInputsTest.check(d3 + "$$\\frac{\\partial \\ell}{\\partial \\alpha_j} = "
                + "\\psi(\\alpha_1 + \\alpha_2 + \\alpha_3) - \\psi(\\alpha_j) + \\log p_j$$\n");
        assertEquals("✓", PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        assertTrue(d.verdicts().get(0).detail().contains("j in 1..3"), d.verdicts().get(0).detail());
        // a variant: two terms, other names
        String b2 = "$$f = (\\beta_1 + \\beta_2)^2 + \\sum_{c=1}^{2} \\beta_c q_c$$\n\n";
        assertMarks("✓", b2 + "$$\\frac{\\partial f}{\\partial \\beta_e} = 2 (\\beta_1 + \\beta_2) + q_e$$\n");
        assertMarks("✗", b2 + "$$\\frac{\\partial f}{\\partial \\beta_e} = 2 (\\beta_1 + \\beta_2)$$\n");
        // the sums run to 4 but the explicit sum stops at 3: not proven (j = 4 misses its ψ term)
        String d4 = "$$\\ell = \\log \\Gamma(\\alpha_1 + \\alpha_2 + \\alpha_3) - \\sum_{k=1}^{4} \\log \\Gamma(\\alpha_k)$$\n\n";
        CheckedDocument wrong = PublicInputsTest.check(d4 + "$$\\frac{\\partial \\ell}{\\partial \\alpha_j} = "
                + "\\psi(\\alpha_1 + \\alpha_2 + \\alpha_3) - \\psi(\\alpha_j)$$\n");
        assertTrue(!PublicInputsTest.marks(wrong).equals("✓"), () -> PublicInputsTest.describe(wrong));
    }
}
