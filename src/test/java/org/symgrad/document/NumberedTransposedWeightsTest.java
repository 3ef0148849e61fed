package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain labelled vector written transposed, {@code w^{(2)\top} a}, is a row, and the plain letter after it the inner
 * product's other column (org.symgrad.parse.latex.VectorNameScan.afterTransposedVector): ∂ŷ/∂a = w^(2) was skipped ('read as
 * written … entry by entry'). A numbered name transposed by itself ({@code w_2^\top a}) keeps the scalar reader's inner product,
 * which also reads it in an inline definition.
 */
class NumberedTransposedWeightsTest {
    @Test
    void aLabelledVectorTransposedBeforeALetter() {
        assertMarks("✓", "$$\\hat y = w^{(2)\\top} a$$\n\n$$\\frac{\\partial \\hat y}{\\partial a} = w^{(2)}$$\n");
        assertMarks("✗", "$$\\hat y = w^{(2)\\top} a$$\n\n$$\\frac{\\partial \\hat y}{\\partial a} = 2w^{(2)}$$\n");
    }

    @Test
    void aNumberedNameTransposedKeepsItsInnerProduct() {
        assertMarks("✓✓", "$$\\hat y = w_2^\\top a$$\n\n$$\\frac{\\partial \\hat y}{\\partial a} = w_2$$\n\n"
                + "$$\\frac{\\partial \\hat y}{\\partial w_2} = a$$\n");
        String inline = "Let $h = \\sigma(W_1 x + b_1)$ and $\\hat y = w_2^\\top h + b_2$, with the loss $L = \\frac{1}{2}(\\hat y - y)^2$.\n\n";
        assertMarks("✓", inline + "$$\\frac{\\partial L}{\\partial w_2} = (\\hat y - y) h$$\n");
        assertMarks("✗", inline + "$$\\frac{\\partial L}{\\partial w_2} = (\\hat y - y) w_2$$\n");
    }
}
