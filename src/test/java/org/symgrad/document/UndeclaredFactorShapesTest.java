package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A product the declarations leave undefined is ✗ though the side also writes a name the document does not declare:
 * {@code 2X(Xw - y)} with {@code X \in \mathbb{R}^{n \times d}}, {@code y \in \mathbb{R}^n} and w undeclared multiplies an
 * n × d matrix by the n entries of Xw − y, which y's declaration fixes, whatever w is. Before: skipped, 'the inner
 * dimensions of the product do not agree'.
 */
class UndeclaredFactorShapesTest {
    private static final String LEAST_SQUARES = "# Least squares\n\n"
            + "Let $X \\in \\mathbb{R}^{n \\times d}$, $y \\in \\mathbb{R}^n$ and $L(w) = \\|Xw - y\\|^2$.\n";

    @Test
    void theForgottenTransposeOfTheLeastSquaresGradientIsAShapeMistake() {
        assertMarks("✓", LEAST_SQUARES + "$$\\nabla_w L = 2X^T(Xw - y)$$\n");
        assertMarks("✗", LEAST_SQUARES + "$$\\nabla_w L = 2X(Xw - y)$$\n");
        String why = marks(LEAST_SQUARES + "$$\\nabla_w L = 2X(Xw - y)$$\n");
        assertTrue(why.contains("the shapes do not match") && why.contains("was the transpose meant?"), why);
    }
}
