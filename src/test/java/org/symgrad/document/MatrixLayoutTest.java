package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A derivative by a whole matrix has two layouts in the books: W's own shape ((z − y) xᵀ for z = W x) and its
 * transpose's (x (z − y)ᵀ, the numerator layout). symgrad reads it in W's shape, the shape the document gives
 * W; a step written in the other layout is false and says that it holds transposed. Written with its indices,
 * ∂E/∂W_ij, a swap is plainly a mistake and gets no such words.
 */
class MatrixLayoutTest {
    private static final String MODEL = "$$\\mathbf{z} = \\mathbf{W}\\mathbf{x} + \\mathbf{b}$$\n\n"
            + "$$L = \\frac{1}{2}\\|\\mathbf{z} - \\mathbf{y}\\|^2$$\n\n";

    @Test
    void theTransposedLayoutIsFalseAndSaysItHoldsTransposed() {
        CheckedDocument d = PublicInputsTest.check(MODEL
                + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = (\\mathbf{z} - \\mathbf{y})\\mathbf{x}^T$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = \\mathbf{x}(\\mathbf{z} - \\mathbf{y})^T$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = \\mathbf{x}\\mathbf{y}^T$$\n");
        assertEquals("✓✗✗", PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        assertTrue(d.verdicts().get(1).detail().startsWith("it holds with the entries transposed"), d.verdicts().get(1).detail());
        assertTrue(!d.verdicts().get(2).detail().contains("transposed"), d.verdicts().get(2).detail());
    }

    @Test
    void aSwapOfWrittenIndicesStaysFalse() {
        CheckedDocument d = PublicInputsTest.check("$$z_i = \\sum_j W_{ij} x_j$$\n\n$$E = \\frac12 \\sum_i (z_i - y_i)^2$$\n\n"
                + "$$\\frac{\\partial E}{\\partial W_{ij}} = (z_i - y_i) x_j$$\n\n$$\\frac{\\partial E}{\\partial W_{ij}} = x_i (z_j - y_j)$$\n");
        assertEquals("✓✗", PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        assertTrue(!d.verdicts().get(1).detail().contains("transposed"), d.verdicts().get(1).detail());
    }
}
