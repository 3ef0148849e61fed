package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A lower-case name numbered below written transposed ({@code \hat y = w_2^\top a}) is the numbered member's vector w^(2)
 * throughout the document (org.symgrad.parse.latex.NumberedTransposes), written {@code w^{(2)T}} where transposed, and the plain
 * letter after it is the inner product's other column: ∂L/∂a = (ŷ − y) w_2 beside a = tanh(z) was skipped ('the other side is
 * written as a number'); the network's steps by a, z and w_2 now check.
 */
class NumberedTransposedWeightsTest {
    private static final String NETWORK = "Let $W_1 \\in \\mathbb{R}^{h \\times d}$, $z = W_1 x$, $a = \\tanh(z)$ and\n\n"
            + "$$\\hat y = w_2^\\top a$$\n\n$$L = \\frac{1}{2}(\\hat y - y)^2$$\n\n";

    @Test
    void theOutputLayersWeightsAreAVector() {
        assertMarks("✓", NETWORK + "$$\\frac{\\partial L}{\\partial a} = (\\hat y - y) w_2$$\n");
        assertMarks("✓", NETWORK + "$$\\frac{\\partial L}{\\partial w_2} = (\\hat y - y) a$$\n");
        assertMarks("✓", NETWORK + "$$\\frac{\\partial L}{\\partial z} = (\\hat y - y) w_2 \\odot (1 - a^2)$$\n");
        assertMarks("✗", NETWORK + "$$\\frac{\\partial L}{\\partial z} = (\\hat y - y) w_2 \\odot (1 - a)$$\n");
        assertMarks("✗", NETWORK + "$$\\frac{\\partial L}{\\partial a} = (\\hat y + y) w_2$$\n");
    }

    @Test
    void anInnerProductWithALabelledVectorAlone() {
        assertMarks("✓✓", "$$\\hat y = w_2^\\top a$$\n\n$$\\frac{\\partial \\hat y}{\\partial a} = w_2$$\n\n"
                + "$$\\frac{\\partial \\hat y}{\\partial w_2} = a$$\n");
        assertMarks("✓", "$$\\hat y = w^{(2)\\top} a$$\n\n$$\\frac{\\partial \\hat y}{\\partial a} = w^{(2)}$$\n");
    }
}
