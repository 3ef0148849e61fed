package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The entry of a product of named matrices written with a subscript on its parentheses, {@code (XW)_{ik}} = Σ_m X_im W_mk
 * (ProductEntries): softmax regression's probabilities {@code P_{ik} = e^{(XW)_{ik}} / \sum_l e^{(XW)_{il}}}, defined in the
 * "Let" list after the labels' qualifier ("$Y \in \{0,1\}^{n \times K}$ with one-hot rows, and $P_{ik} = …$"), make the gradient
 * X^⊤(P − Y) ✓ and its sign slip ✗. Before: skipped or undecided, "a subscript on an expression (_{ik}) is not understood".
 */
class ProductEntriesTest {
    private static final String SOFTMAX = "Let $X \\in \\mathbb{R}^{n \\times d}$, $W \\in \\mathbb{R}^{d \\times K}$, "
            + "$Y \\in \\{0,1\\}^{n \\times K}$ with one-hot rows, and $P_{ik} = \\frac{e^{(XW)_{ik}}}{\\sum_{l} e^{(XW)_{il}}}$.\n"
            + "The loss is $L = -\\sum_{i=1}^n \\sum_{k=1}^K Y_{ik} \\log P_{ik}$.\n";

    @Test
    void softmaxRegressionWithProbabilitiesByTheEntriesOfAProduct() {
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial L}{\\partial W} = X^\\top (P - Y)$$\n");
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial L}{\\partial W} = X^\\top (Y - P)$$\n");
        // by the entries
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial L}{\\partial W_{jk}} = \\sum_i X_{ij} (P_{ik} - Y_{ik})$$\n");
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial L}{\\partial W_{jk}} = \\sum_i X_{ij} P_{ik}$$\n");
    }

    @Test
    void theEntryOfAMatrixTimesAVector() {
        String linear = "$$r_i = (Xw)_i - y_i$$\n\n$$L = \\frac{1}{2}\\sum_i r_i^2$$\n\n";
        assertMarks("✓", linear + "$$\\frac{\\partial L}{\\partial w_j} = \\sum_i r_i X_{ij}$$\n");
        assertMarks("✗", linear + "$$\\frac{\\partial L}{\\partial w_j} = \\sum_i r_i X_{ji}$$\n");
    }
}
