package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A declared matrix times a vector of declared length that is not the matrix's inner dimension ({@code W\mathbf{y}} with
 * {@code W \in \mathbb{R}^{m \times n}} and {@code \mathbf{y} \in \mathbb{R}^m}) is undefined, whether vectors stand as
 * columns or as rows: the step is ✗ "the shapes do not match", as a product of two declared matrices that do not fit already
 * was. Before, it was skipped ("the inner dimensions of the product do not agree"). A vector whose length no declaration
 * gives is not judged so.
 */
class DeclaredVectorShapesTest {
    private static final String LEAST_SQUARES = "Let $W \\in \\mathbb{R}^{m \\times n}$, $\\mathbf{x} \\in \\mathbb{R}^n$ and "
            + "$\\mathbf{y} \\in \\mathbb{R}^m$.\n\n$$L = \\frac{1}{2}\\|W\\mathbf{x} - \\mathbf{y}\\|^2$$\n\n";

    @Test
    void aMatrixTimesAVectorOfTheWrongLengthIsFalse() {
        assertMarks("✓", LEAST_SQUARES + "$$\\nabla_{\\mathbf{x}} L = W^T (W\\mathbf{x} - \\mathbf{y})$$\n");
        for (String wrong : new String[] {"W (W\\mathbf{x} - \\mathbf{y})", "W\\mathbf{y}", "\\mathbf{x}^T W"}) {
            String got = marks(LEAST_SQUARES + "$$\\nabla_{\\mathbf{x}} L = " + wrong + "$$\n");
            assertTrue(got.startsWith("✗") && got.contains("the shapes do not match"), got);
        }
    }

    @Test
    void aVectorOfUndeclaredLengthIsNotJudgedByShape() {
        String got = marks(LEAST_SQUARES + "$$\\nabla_{\\mathbf{x}} L = W \\mathbf{u}$$\n");
        assertFalse(got.startsWith("✗") || got.startsWith("✓"), got);
        assertFalse(got.contains("the shapes do not match"), got);
    }
}
