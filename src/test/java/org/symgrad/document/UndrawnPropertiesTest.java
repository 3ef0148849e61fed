package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A matrix the text states idempotent ("$P^2 = P$", "a projection matrix") or orthogonal ("an orthogonal matrix $Q$",
 * "$Q^\top Q = I$") or triangular ("$L$ is lower triangular"), which the check cannot draw (UndrawnProperties): a step false for a general matrix is undecided, saying
 * why, never false — ∇‖Px‖² = 2Px and ∇‖Qx − b‖² = 2(x − Qᵀb) were WRONG ✗.
 */
class UndrawnPropertiesTest {
    @Test
    void aStepThatHoldsForAProjectionIsNotFalse() {
        assertMarks("✓??", "Let $P$ be an orthogonal projection matrix, so $P^\\top = P$ and $P^2 = P$. Let\n\n"
                + "$$g(\\mathbf{x}) = \\|P\\mathbf{x}\\|^2$$\n\n$$\\nabla g = 2P^\\top P\\mathbf{x}$$\n\n$$\\nabla g = 2P\\mathbf{x}$$\n\n"
                + "$$\\nabla g = P\\mathbf{x}$$\n");
    }

    @Test
    void aStepThatHoldsForAnOrthogonalMatrixIsNotFalse() {
        assertMarks("✓?", "Let $Q \\in \\mathbb{R}^{n\\times n}$ be an orthogonal matrix and\n\n$$f(\\mathbf{x}) = \\|Q\\mathbf{x} - \\mathbf{b}\\|^2$$\n\n"
                + "$$\\nabla f = 2Q^\\top(Q\\mathbf{x} - \\mathbf{b})$$\n\n$$\\nabla f = 2(\\mathbf{x} - Q^\\top\\mathbf{b})$$\n");
    }

    @Test
    void aStepThatHoldsForATriangularFactorIsNotFalse() {
        // log det(LLᵀ) = 2 Σ log L_ii only for a triangular L: it was a WRONG ✗ at a full L
        assertMarks("??", "Let $L \\in \\mathbb{R}^{n \\times n}$ be lower triangular with positive diagonal.\n\n$$\\Sigma = L L^\\top$$\n\n"
                + "$$\\log\\det\\Sigma = 2\\sum_{i=1}^n \\log L_{ii}$$\n\n$$\\log\\det(L L^\\top) = 2\\sum_{i=1}^n \\log L_{ii}$$\n");
        assertEquals(Map.of("L", UndrawnProperties.TRIANGULAR), UndrawnProperties.in("the Cholesky factor $L$ of $\\Sigma$"));
        assertEquals(Map.of("U", UndrawnProperties.TRIANGULAR), UndrawnProperties.in("where $U$ is upper triangular"));
    }

    @Test
    void aStepThatHoldsForAPermutationMatrixIsNotFalse() {
        // a permutation matrix is orthogonal: ∇‖Px‖² = 2x was a WRONG ✗ at a full P
        assertMarks("✓?", "Let $P \\in \\mathbb{R}^{n \\times n}$ be a permutation matrix and $\\mathbf{x} \\in \\mathbb{R}^n$.\n\n"
                + "$$f(\\mathbf{x}) = \\|P\\mathbf{x}\\|^2$$\n\n$$\\nabla f = 2P^\\top P\\mathbf{x}$$\n\n$$\\nabla f = 2\\mathbf{x}$$\n");
        assertEquals(Map.of("P", "orthogonal (QᵀQ = I)"), UndrawnProperties.in("where $P$ is a permutation matrix"));
        assertEquals(Map.of(), UndrawnProperties.in("where $P$ is a permutation of the rows of $I$"));
    }

    @Test
    void whatTheTextStates() {
        assertEquals(Map.of("Q", "orthogonal (QᵀQ = I)"), UndrawnProperties.in("with $Q^\\top Q = I$"));
        assertEquals(Map.of("P", "idempotent (P² = P)"), UndrawnProperties.in("$\\mathbf{P}$ is idempotent"));
        assertEquals(Map.of(), UndrawnProperties.in("$A$ is not orthogonal, and $B$ is a matrix"));
        assertEquals(Map.of(), UndrawnProperties.in("the vector $u$ is orthogonal to $v$"));
    }
}
