package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-one ({@code fresh-homework}) and the documents round thirty held back, with the
 * wrong verdicts they showed.
 */
class ThirtyFirstRoundNotationTest {
    @Test
    void anAssumptionAboutTwoFreeIndicesDoesNotRewriteASumsBoundIndexOfTheSameName() {
        // "for k ≠ l" (δ_kl = 0) rewrote the range condition [1 ≤ l ≤ 2] = Σ_k δ_kl, whose k is bound, to 0: Barlow Twins'
        // ∂²L/∂c_kl² = 2 written out for n = 2 was false though both sides were 2
        String loss = "$$L = \\sum_{i=1}^{n} \\sum_{j \\neq i} c_{ij}^2$$\n\nWith $n = 2$,\n\n";
        assertMarks("✓", loss + "$$\\frac{\\partial^2 L}{\\partial c_{kl}^2} = 2 \\qquad \\text{for } k \\neq l$$\n");
        assertMarks("✗", loss + "$$\\frac{\\partial^2 L}{\\partial c_{kl}^2} = 1 \\qquad \\text{for } k \\neq l$$\n");
    }
}
