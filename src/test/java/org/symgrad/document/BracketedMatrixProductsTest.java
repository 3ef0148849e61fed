package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A matrix defined as a product of capitals grouped by parentheses ({@code O = Q(K^\top V)}, linear attention): a product of
 * matrices, so O is a matrix and the upstream gradient G = ∂L/∂O one of its shape. Before, the parentheses kept O from being
 * a matrix, G was read as one number ("L is read as G O, with O whole") and every step was undecided.
 */
class BracketedMatrixProductsTest {
    private static final String ATTENTION = "For queries $Q \\in \\mathbb{R}^{n \\times d}$, keys $K \\in \\mathbb{R}^{n \\times d}$ and "
            + "values $V \\in \\mathbb{R}^{n \\times m}$, linear attention outputs\n\n$$O = Q(K^\\top V)$$\n\nWith the upstream gradient\n\n"
            + "$$G = \\frac{\\partial L}{\\partial O}$$\n\n";

    @Test
    void linearAttentionsGradients() {
        assertMarks("✓", ATTENTION + "$$\\frac{\\partial L}{\\partial Q} = G (K^\\top V)^\\top$$\n");
        assertMarks("✓", ATTENTION + "$$\\frac{\\partial L}{\\partial V} = K Q^\\top G$$\n");
        assertMarks("✗", ATTENTION + "$$\\frac{\\partial L}{\\partial V} = Q K^\\top G$$\n");
    }
}
