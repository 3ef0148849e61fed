package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * In a list of declarations, "$Y \in \{0,1\}^{N \times K}$ one-hot rows" (no "with") says Y's rows are one-hot, as "$Y$ with
 * one-hot rows" does (LineSumStatements), so the softmax-regression gradient that uses Σ_c Y_ic = 1 holds.
 */
class OneHotRowsAppositionTest {
    private static final String BATCH = "Let $X \\in \\mathbb{R}^{N \\times D}$, $W \\in \\mathbb{R}^{D \\times K}$, "
            + "$Y \\in \\{0,1\\}^{N \\times K}$ one-hot rows, $S = XW$ and $P_{ik} = \\frac{e^{S_{ik}}}{\\sum_{c=1}^K e^{S_{ic}}}$.\n"
            + "$$L = -\\frac{1}{N}\\sum_{i=1}^N \\sum_{k=1}^K Y_{ik} \\log P_{ik}$$\n";

    @Test
    void oneHotRowsWithoutAVerbAreRead() {
        // was ✗✗: the right (P_ik − Y_ik)/N false, 'expected (P_ik Σ_c Y_ic − Y_ik)/N'
        PublicInputsTest.check(BATCH
                + "$$\\frac{\\partial L}{\\partial S_{ik}} = \\frac{1}{N}(P_{ik} - Y_{ik})$$\n"
                + "$$\\frac{\\partial L}{\\partial S_{ik}} = \\frac{1}{K}(P_{ik} - Y_{ik})$$\n", "✓✗");
    }
}
