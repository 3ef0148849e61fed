package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Weighted least squares as homework writes it with plain letters: a Greek letter right after a matrix ({@code X\beta}) is a
 * column as a Latin one is, a capital between a transposed bracket and a bracket ({@code (y - X\beta)^\top W (y - X\beta)}) is
 * the matrix of the quadratic form, and a matrix the document uses as one multiplies a bracket of plain vectors after it
 * ({@code X^\top W(y - X\beta)}).
 */
class QuadraticFormWeightsTest {
    @Test
    void weightedLeastSquaresInPlainLettersIsChecked() {
        // was: all skipped ('a sum of a row and a column' for y - Xβ; then 'W, read as a matrix in this document, here as a number')
        PublicInputsTest.check("Let $W = \\operatorname{diag}(w_1, \\dots, w_n)$ with positive weights, and $X \\in \\mathbb{R}^{n \\times d}$.\n\n"
                + "$$J(\\beta) = (y - X\\beta)^\\top W (y - X\\beta)$$\n\n"
                + "$$\\nabla_\\beta J = -2X^\\top W(y - X\\beta)$$\n\n"
                + "$$\\nabla_\\beta J = -X^\\top W(y - X\\beta)$$\n", "✓✗");
    }

    @Test
    void aGreekCoefficientVectorAfterTheDesignMatrix() {
        // was: every step skipped, 'a sum of a row and a column, or of a vector and a matrix' (θ one number after X)
        PublicInputsTest.check("Let $X \\in \\mathbb{R}^{n \\times d}$.\n\n"
                + "$$J(\\theta) = (X\\theta - y)^\\top (X\\theta - y)$$\n\n"
                + "$$\\nabla_\\theta J = 2X^\\top (X\\theta - y)$$\n\n"
                + "$$\\nabla_\\theta J = X^\\top (X\\theta - y)$$\n", "✓✗");
    }
}
