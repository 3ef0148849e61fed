package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain name defined as a layer's affine map, "Let $z = W x + b$", read entry by entry, z_i = Σ_j W_ij x_j + b_i, where
 * the document writes it so: the loss {@code \frac{1}{2}\|z - y\|^2} and the outer product {@code (z - y) x^\top} at W's
 * entry (i, j). Before: undecided, "z_k is written with 1 index, but z is defined with none".
 */
class AffineNamesTest {
    private static final String LAYER = "Let $z = W x + b$ and $L = \\frac{1}{2}\\|z - y\\|^2$.\n\n";

    @Test
    void theWeightGradientOfALinearLayerIsAnOuterProduct() {
        assertMarks("✓", LAYER + "$$\\frac{\\partial L}{\\partial W} = (z - y) x^\\top$$\n");
        assertMarks("✓", LAYER + "$$\\frac{\\partial L}{\\partial W} = [z - y] x^\\top$$\n");
        // the residual's sign, a factor 2 the ½ cancels, the outer product turned round
        assertMarks("✗", LAYER + "$$\\frac{\\partial L}{\\partial W} = (y - z) x^\\top$$\n");
        assertMarks("✗", LAYER + "$$\\frac{\\partial L}{\\partial W} = 2(z - y) x^\\top$$\n");
        assertMarks("✗", LAYER + "$$\\frac{\\partial L}{\\partial W} = x (z - y)^\\top$$\n");
    }
}
