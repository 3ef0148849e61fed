package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A name written with an index letter and its primed twin ({@code A_{ss'}}, a CRF's transition score) has two indices, as
 * {@code A_{st}} does: its entry {@code A_{12}} is row 1 and column 2 ({@link org.symgrad.parse.latex.PairedIndices}). Before,
 * {@code A_{12}} was the one index twelve, and ∂ log Z/∂A_{12} of the right pairwise marginal was ✗ (WRONG).
 */
class PrimedIndexPairsTest {
    private static final String CRF = "$$Z = \\sum_{s=1}^{2}\\sum_{s'=1}^{2} e^{u_s + v_{s'} + A_{ss'}}.$$\n";

    @Test
    void aTwoDigitEntryOfAPrimedPairIsItsRowAndColumn() {
        assertMarks("✓", CRF + "$$\\frac{\\partial \\log Z}{\\partial A_{12}} = \\frac{e^{u_1 + v_2 + A_{12}}}{Z}$$\n");
        assertMarks("✗", CRF + "$$\\frac{\\partial \\log Z}{\\partial A_{12}} = \\frac{e^{u_2 + v_1 + A_{12}}}{Z}$$\n");
    }
}
