package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * "a symmetric covariance matrix $S \in \mathbb{R}^{d \times d}$": a matrix named in inline math that declares it is the
 * matrix the words say is symmetric, as "$S$" alone is. Before, the declaration kept the sentence from naming S, and the
 * Lagrangian's right gradient 2Su − 2λu was a WRONG ✗ ("true if S is symmetric: state it").
 */
class DeclaredSymmetricMatricesTest {
    private static final String PCA = "For a symmetric covariance matrix $S \\in \\mathbb{R}^{d \\times d}$ we maximise "
            + "$\\mathbf{u}^\\top S \\mathbf{u}$ subject to $\\mathbf{u}^\\top\\mathbf{u} = 1$.\n\n"
            + "$$\\mathcal{L}(\\mathbf{u}, \\lambda) = \\mathbf{u}^\\top S \\mathbf{u} - \\lambda(\\mathbf{u}^\\top \\mathbf{u} - 1)$$\n\n";

    @Test
    void aSymmetricMatrixDeclaredInItsInlineMath() {
        assertMarks("✓", PCA + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{u}} = 2S\\mathbf{u} - 2\\lambda\\mathbf{u}$$\n");
        assertMarks("✗", PCA + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{u}} = S\\mathbf{u} - \\lambda\\mathbf{u}$$\n");
        assertMarks("✓", "Take a symmetric matrix $A \\in \\mathbb{R}^{n \\times n}$.\n\n$$f(\\mathbf{x}) = \\mathbf{x}^\\top A\\mathbf{x}$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = 2A\\mathbf{x}$$\n");
    }
}
