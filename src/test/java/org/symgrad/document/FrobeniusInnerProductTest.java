package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The Frobenius inner product of two matrices of one shape, {@code \langle A, X \rangle_F} (or without the F), is
 * Σ_ij A_ij X_ij = tr(AᵀX): its definition and gradient were skipped ('\langle … \rangle is read only between two vector
 * names'); now ∂⟨A, X⟩_F/∂X = A is ✓ and Aᵀ ✗, and matrices of different shapes are no inner product.
 */
class FrobeniusInnerProductTest {
    private static final String DOC = "For a fixed $A \\in \\mathbb{R}^{m\\times n}$ and $X \\in \\mathbb{R}^{m\\times n}$,\n\n"
            + "$$f(X) = \\langle A, X \\rangle_F = \\operatorname{tr}(A^\\top X)$$\n\n";

    @Test
    void theGradientOfAFrobeniusInnerProduct() {
        assertMarks("✓✓✗", DOC + "$$\\frac{\\partial f}{\\partial X} = A$$\n\n$$\\frac{\\partial f}{\\partial X} = A^\\top$$\n");
    }

    @Test
    void withoutTheFItIsTheSameInnerProduct() {
        assertMarks("✓", "For $A, X \\in \\mathbb{R}^{m\\times n}$,\n\n$$\\langle A, X \\rangle = \\operatorname{tr}(A^\\top X)$$\n");
    }
}
