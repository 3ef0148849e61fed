package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A layer's vector numbered below in a plain letter ({@code b_1 \in \mathbb{R}^H}) with its entry written in the same
 * subscript, {@code b_{1k}} or {@code b_{1,k}}: the entry k of b_1, {@code b^{(1)}_k}, as {@code (b_1)_k} is; so is a declared
 * layer matrix's, {@code W_{1,jk}}, {@code W_{1jk}}: {@code W^{(1)}_{jk}}.
 */
class NumberedEntrySubscriptsTest {
    private static final String LAYER = ""
            + "Let $W_1 \\in \\mathbb{R}^{H \\times D}$, $b_1 \\in \\mathbb{R}^H$, $x \\in \\mathbb{R}^D$ and\n\n"
            + "$$h = \\sigma(W_1 x + b_1)$$\n\n";

    @Test
    void theLabelAndTheEntryInOneSubscript() {
        // was: undecided, 'h_j does not depend on b_1k as the document defines it'
        PublicInputsTest.check(LAYER
                + "$$\\frac{\\partial h_j}{\\partial b_{1k}} = h_j(1 - h_j)\\delta_{jk}$$\n\n"
                + "$$\\frac{\\partial h_j}{\\partial b_{1,j}} = h_j(1 - h_j)$$\n\n"
                + "$$\\frac{\\partial h_j}{\\partial b_{1k}} = h_j\\delta_{jk}$$\n", "✓✓✗");
    }

    @Test
    void aLayersMatrixEntryInOneSubscript() {
        // was: undecided, 'h_j does not depend on W_1jk as the document defines it'
        PublicInputsTest.check(LAYER
                + "$$\\frac{\\partial h_j}{\\partial W_{1,jk}} = h_j(1 - h_j) x_k$$\n\n"
                + "$$\\frac{\\partial h_j}{\\partial W_{1jk}} = h_j(1 - h_j) x_k$$\n\n"
                + "$$\\frac{\\partial h_j}{\\partial W_{1,j,k}} = h_j x_k$$\n\n"
                + "$$\\frac{\\partial h_i}{\\partial W_{1,jk}} = h_i(1 - h_i) \\delta_{ij} x_k$$\n", "✓✓✗✓");
    }

    @Test
    void aCapitalNoDeclaredMatrixKeepsItsThreeIndices() {
        CheckedDocument d = PublicInputsTest.check(LAYER + "$$\\frac{\\partial h_j}{\\partial V_{1,jk}} = 0$$\n", "?");
        assertTrue(PublicInputsTest.describe(d).contains("does not depend on V_1jk"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aNameNoDocumentVectorKeepsItsTwoIndices() {
        // c is no layer's vector: c_{1k} stays an entry of c at (1, k), which h does not use (undecided, as before)
        CheckedDocument d = PublicInputsTest.check(LAYER + "$$\\frac{\\partial h_j}{\\partial c_{1k}} = 0$$\n", "?");
        assertTrue(PublicInputsTest.describe(d).contains("does not depend on c_1k"), () -> PublicInputsTest.describe(d));
    }
}
