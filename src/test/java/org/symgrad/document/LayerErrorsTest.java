package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Backpropagation notes write the error of unit j in layer l as {@code \delta^{(l)}_j = \frac{\partial C}{\partial z^{(l)}_j}}
 * (Nielsen, UFLDL): a quantity of the document with the layer's index above it, not the Kronecker δ of j and l, which is
 * written with both indices below. With it, the cost C is known through its gradient by z^{(l)}, and the rules for the
 * biases and weights are checked.
 */
class LayerErrorsTest {
    private static final String LAYER = "$$z^{(l)}_j = \\sum_k w^{(l)}_{jk} a^{(l-1)}_k + b^{(l)}_j$$\n\n";

    @Test
    void theErrorOfAUnitInALayerIsAQuantityNotTheKroneckerDelta() {
        // was ✗ ✗: δ^{(l)}_j read as δ_{jl}, 1 where j = l ("the left side is 1")
        FreshNotationTest.assertMarks("✓✗", LAYER + "$$\\delta^{(l)}_j = 2 z^{(l)}_j$$\n\n"
                + "$$\\frac{\\partial \\delta^{(l)}_j}{\\partial b^{(l)}_j} = 2$$\n\n"
                + "$$\\frac{\\partial \\delta^{(l)}_j}{\\partial b^{(l)}_j} = 1$$\n");
    }

    @Test
    void theRulesOfBackpropagationAreCheckedThroughTheErrors() {
        // was ? ? ?: "C is not defined in the document"
        String errors = LAYER + "$$\\delta^{(l)}_j = \\frac{\\partial C}{\\partial z^{(l)}_j}$$\n\n";
        FreshNotationTest.assertMarks("✓✓✗", errors + "$$\\frac{\\partial C}{\\partial b^{(l)}_j} = \\delta^{(l)}_j$$\n\n"
                + "$$\\frac{\\partial C}{\\partial w^{(l)}_{jk}} = a^{(l-1)}_k \\delta^{(l)}_j$$\n\n"
                + "$$\\frac{\\partial C}{\\partial w^{(l)}_{jk}} = a^{(l-1)}_j \\delta^{(l)}_k$$\n");
    }

    @Test
    void theKroneckerDeltaWrittenBelowStays() {
        FreshNotationTest.assertMarks("✓", "$$y_i = \\sum_j \\delta_{ij} x_j$$\n\n$$\\frac{\\partial y_i}{\\partial x_k} = \\delta_{ik}$$\n");
    }
}
