package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * The outer product of two bracketed vector expressions, {@code (\mathbf{x} - \mathbf{y})(\mathbf{x} - \mathbf{b})^\top}, as the value
 * of a derivative by a matrix: entry (i, j) = (x_i − y_i)(x_j − b_j), as {@code \mathbf{u}(\mathbf{x} - \mathbf{y})^\top} is read
 * (Xing et al.'s metric learning, ∂/∂A of (x − y)ᵀA(x − y)). Before, the grammar's bracket "called" on the next was refused
 * ("matrix and vector algebra is not supported yet") and the step skipped. Checked with numpy (/tmp/vectors40/check_outer.py).
 */
class BracketedOuterProductsTest {
    private static final String DISTANCE = "For a matrix $A$ and points $\\mathbf{x}, \\mathbf{y}, \\mathbf{b}$,\n\n"
            + "$$d_A = (\\mathbf{x} - \\mathbf{y})^\\top A (\\mathbf{x} - \\mathbf{b})$$\n\n"
            + "$$d_A = \\sum_i \\sum_j (x_i - y_i) A_{ij} (x_j - b_j)$$\n\n";

    @Test
    void theGradientOfABilinearFormOfDifferencesIsTheirOuterProduct() {
        PublicInputsTest.check(DISTANCE
                + "$$\\frac{\\partial d_A}{\\partial A} = (\\mathbf{x} - \\mathbf{y})(\\mathbf{x} - \\mathbf{b})^\\top$$\n\n"
                + "$$\\frac{\\partial d_A}{\\partial A} = \\left(\\mathbf{x} - \\mathbf{y}\\right)\\left(\\mathbf{x} - \\mathbf{b}\\right)^\\top$$\n\n"
                + "$$\\frac{\\partial d_A}{\\partial A} = (\\mathbf{x} - \\mathbf{b})(\\mathbf{x} - \\mathbf{y})^\\top$$\n", "✓✓✓✗");
    }

    @Test
    void aNumberBeforeTheOuterProductIsItsCoefficient() {
        // 2(x − y)(x − b)ᵀ and ½(x − y)(x − b)ᵀ, which the grammar takes as a number called twice (was: both skipped)
        PublicInputsTest.check(DISTANCE
                + "$$\\frac{\\partial (2 d_A)}{\\partial A} = 2(\\mathbf{x} - \\mathbf{y})(\\mathbf{x} - \\mathbf{b})^\\top$$\n\n"
                + "$$\\frac{\\partial (d_A/2)}{\\partial A} = \\frac{1}{2}(\\mathbf{x} - \\mathbf{y})(\\mathbf{x} - \\mathbf{b})^\\top$$\n\n"
                + "$$\\frac{\\partial d_A}{\\partial A} = 2(\\mathbf{x} - \\mathbf{y})(\\mathbf{x} - \\mathbf{b})^\\top$$\n", "✓✓✓✗");
    }

    @Test
    void aVectorWrittenWholeInBoldIsOneArrayInAFalseStep() {
        // [x − y][b − x]ᵀ, the second bracket turned: false, with x one vector (was: x_i and x_j read as two arrays x^(i) and x^(j),
        // y of i, b of j and A of both making them two kinds of index)
        CheckedDocument d = PublicInputsTest.check(DISTANCE
                + "$$\\frac{\\partial d_A}{\\partial A} = [\\mathbf{x} - \\mathbf{y}][\\mathbf{b} - \\mathbf{x}]^\\top$$\n", "✓✗");
        assertEquals("(x_i - y_i)*(x_j - b_j)", d.verdicts().get(1).expected().map(Printer::ascii).orElse(""));
    }
}
