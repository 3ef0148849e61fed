package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A capital with a number below it that the document writes transposed somewhere ({@code W_2^\top}) is a matrix, and so is
 * every numbered member of its letter ({@code W_1}): a two-layer network's {@code \mathbf{z}_1 = W_1\mathbf{x} + \mathbf{b}_1},
 * {@code \frac{\partial L}{\partial W_2} = (\hat{\mathbf{y}} - \mathbf{y})\mathbf{h}^\top} and {@code W_2^\top(\hat{\mathbf{y}} -
 * \mathbf{y}) \odot …} were skipped (W_2 read as a number); now ✓, and W_2 for W_2ᵀ ✗. A numbered capital never transposed
 * stays a number ({@code C_1\mathbf{x}}).
 */
class NumberedMatricesTest {
    private static final String NET = "$$\\mathbf{z}_1 = W_1\\mathbf{x} + \\mathbf{b}_1$$\n\n$$\\mathbf{h} = \\sigma(\\mathbf{z}_1)$$\n\n"
            + "$$\\hat{\\mathbf{y}} = W_2\\mathbf{h} + \\mathbf{b}_2$$\n\n$$L = \\frac{1}{2}\\|\\hat{\\mathbf{y}} - \\mathbf{y}\\|^2$$\n\n";
    private static final String BACK = "$$\\frac{\\partial L}{\\partial \\mathbf{z}_1} = W_2^\\top(\\hat{\\mathbf{y}} - \\mathbf{y}) \\odot "
            + "\\sigma(\\mathbf{z}_1) \\odot (1 - \\sigma(\\mathbf{z}_1))$$\n\n";

    @Test
    void aLayersNumberedWeightsAreMatrices() {
        assertMarks("✓✓", NET + BACK + "$$\\frac{\\partial L}{\\partial W_2} = (\\hat{\\mathbf{y}} - \\mathbf{y})\\mathbf{h}^\\top$$\n");
        assertMarks("✓✓", NET + BACK + "$$\\frac{\\partial L}{\\partial W_1} = \\left(W_2^\\top(\\hat{\\mathbf{y}} - \\mathbf{y}) \\odot "
                + "\\mathbf{h} \\odot (1 - \\mathbf{h})\\right)\\mathbf{x}^\\top$$\n");
        assertMarks("✓✗", NET + BACK + "$$\\frac{\\partial L}{\\partial W_1} = \\left(W_2(\\hat{\\mathbf{y}} - \\mathbf{y}) \\odot "
                + "\\mathbf{h} \\odot (1 - \\mathbf{h})\\right)\\mathbf{x}^\\top$$\n");
        // a numbered capital never transposed stays a number
        assertMarks("✓", "$$\\mathbf{u} = C_1\\mathbf{x}$$\n\n$$\\frac{\\partial u_i}{\\partial x_i} = C_1$$\n");
    }
}
