package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A plain name the prose defines as a number of vectors and matrices, {@code Let $L = \|X\mathbf{w} - \mathbf{y}\|^2$},
 * {@code define $r = \sqrt{\operatorname{tr}(A)}$} with A declared a matrix: its value is read by their entries, as a
 * display definition's is, where the reader of numbers would take the matrix for a number or not read the side at all.
 */
class InlineNumbersOfVectorsTest {
    @Test
    void anInlineLeastSquaresLoss() {
        // was: undecided, 'L is not defined in the document'
        String loss = "Let $L = \\|X\\mathbf{w} - \\mathbf{y}\\|^2$ where $X \\in \\mathbb{R}^{n \\times d}$.\n\n";
        PublicInputsTest.check(loss + "$$\\nabla_{\\mathbf{w}} L = 2X^T(X\\mathbf{w} - \\mathbf{y})$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} L = X^T(X\\mathbf{w} - \\mathbf{y})$$\n", "✓✗");
    }

    @Test
    void theRootOfATraceByItsMatrix() {
        // was: undecided, 'r is not defined in the document'
        PublicInputsTest.check("Let $A \\in \\mathbb{R}^{n \\times n}$ and $r = \\sqrt{\\operatorname{tr}(A)}$.\n\n"
                + "$$\\frac{\\partial r}{\\partial A} = \\frac{1}{2 r} I$$\n\n"
                + "$$\\frac{\\partial r}{\\partial A} = \\frac{I}{\\sqrt{\\operatorname{tr}(A)}}$$\n", "✓✗");
    }
}
