package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Layers numbered above beside their general definition at a layer letter ({@link NumberedLayers}), as a worked example in
 * Nielsen's notation writes them: z^l_j and a^l_j for every l, then the cost of a network of two layers by a^2_j. The numbered
 * z^2, a^1 are the general ones at l = 2, 1, and b^2_j beside b^l_j is layer 2's bias, not a square
 * ({@link org.symgrad.parse.latex.NumberedFrames}).
 */
class NumberedLayersTest {
    private static final String NET = "For a network with two layers, the weighted input and the activation of neuron $j$ in layer"
            + " $l$ are\n$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j, \\qquad a^l_j = \\sigma(z^l_j).$$\nThe cost for a single example is\n"
            + "$$C = \\frac{1}{2}\\sum_j (a^2_j - y_j)^2.$$\n\n";

    @Test
    void theNumberedLayersAreTheGeneralOnesAtTheirNumbers() {
        assertMarks("✓", NET + "$$\\frac{\\partial C}{\\partial z^2_j} = (a^2_j - y_j)\\sigma'(z^2_j)$$\n");
        assertMarks("✓", NET + "$$\\frac{\\partial C}{\\partial z^1_k} = \\sum_j w^2_{jk}(a^2_j - y_j)\\sigma'(z^2_j) \\sigma'(z^1_k)$$\n");
        assertMarks("✓✓", NET + "$$\\frac{\\partial C}{\\partial b^2_j} = (a^2_j - y_j)\\sigma'(z^2_j), \\qquad"
                + " \\frac{\\partial C}{\\partial w^2_{jk}} = a^1_k (a^2_j - y_j)\\sigma'(z^2_j)$$\n");
        CheckedDocument d = PublicInputsTest.check(NET + "$$\\frac{\\partial C}{\\partial b^2_j} = (a^2_j - y_j)\\sigma'(z^2_j)$$\n");
        String notes = String.join("\n", d.verdicts().stream().flatMap(v -> v.notes().stream()).map(n -> n.text()).toList());
        assertTrue(notes.contains("z^{2} as z^{l} at l = 2"), notes);
        assertTrue(notes.contains("b^2: 2 read as a label, not a power"), notes);
    }

    @Test
    void slipsStayFalse() {
        // the indices of the weight's gradient swapped, σ' dropped, the wrong layer's activation
        assertMarks("✗", NET + "$$\\frac{\\partial C}{\\partial w^2_{jk}} = a^1_j (a^2_k - y_k)\\sigma'(z^2_k)$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial C}{\\partial z^2_j} = a^2_j - y_j$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial C}{\\partial w^2_{jk}} = a^2_k (a^2_j - y_j)\\sigma'(z^2_j)$$\n");
    }

    @Test
    void theInputBelowTheFirstLayerStaysAName() {
        // a^0 is the input: ∂C/∂a^0_k goes through every layer's weights, not through a definition of a^0
        assertMarks("✓", NET + "$$\\frac{\\partial C}{\\partial a^0_i} = \\sum_k w^1_{ki} \\sigma'(z^1_k) \\sum_j w^2_{jk}"
                + " (a^2_j - y_j)\\sigma'(z^2_j)$$\n");
    }
}
