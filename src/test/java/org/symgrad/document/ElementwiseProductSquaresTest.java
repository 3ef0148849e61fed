package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A vector's square in a factor of an elementwise product is each entry's square, as in the argument of an entrywise
 * function: tanh's derivative {@code (\mathbf{W}_2^\top(\hat{\mathbf{y}} - \mathbf{y})) \odot (1 - \mathbf{h}^2)} (was: skipped, "a power
 * of a vector or matrix"); the same product written {@code \circ}, as many texts write the Hadamard product.
 */
class ElementwiseProductSquaresTest {
    private static final String NET = "$$\\mathbf{z}_1 = \\mathbf{W}_1 \\mathbf{x} + \\mathbf{b}_1, \\qquad \\mathbf{h} = \\tanh(\\mathbf{z}_1), "
            + "\\qquad \\hat{\\mathbf{y}} = \\mathbf{W}_2 \\mathbf{h} + \\mathbf{b}_2$$\n\n$$L = \\frac{1}{2}\\|\\hat{\\mathbf{y}} - \\mathbf{y}\\|^2$$\n\n";
    private static final String DELTA = "(\\mathbf{W}_2^\\top(\\hat{\\mathbf{y}} - \\mathbf{y})) \\odot (1 - \\mathbf{h}^2)";

    @Test
    void tanhsDerivativeInAnElementwiseProduct() {
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{b}_1} = " + DELTA + "$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{b}_1} = (\\mathbf{W}_2^\\top(\\hat{\\mathbf{y}} - \\mathbf{y})) \\odot (1 - \\mathbf{h})$$\n");
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{W}_1} = \\left[" + DELTA + "\\right]\\mathbf{x}^\\top$$\n");
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{W}_1^\\top\\left[" + DELTA + "\\right]$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{W}_1\\left[" + DELTA + "\\right]$$\n");
    }

    @Test
    void theHadamardProductWrittenCirc() {
        // \circ between two vectors of one shape is ⊙ (was: "matrix notation (\circ) is not supported", skipped)
        String delta = DELTA.replace("\\odot", "\\circ");
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{b}_1} = " + delta + "$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{W}_1\\left[" + delta + "\\right]$$\n");
    }
}
