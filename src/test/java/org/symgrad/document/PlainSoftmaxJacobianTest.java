package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The softmax Jacobian in matrix form with plain names: after {@code Let $p = \operatorname{softmax}(z)$}, the statement
 * {@code \frac{\partial p}{\partial z} = \operatorname{diag}(p) - p p^T} is read entry by entry, p_i δ_ij − p_i p_j: p is
 * the column of the outer product p p^T, and z, which softmax takes, a vector, so ∂p/∂z is the Jacobian ∂p_i/∂z_j.
 * Before: skipped, 'diag of something other than a vector'.
 */
class PlainSoftmaxJacobianTest {
    private static final String SOFTMAX = "# Softmax Jacobian\n\nLet $p = \\operatorname{softmax}(z)$.\n";

    @Test
    void theJacobianIsTheDiagonalLessTheOuterProduct() {
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial p}{\\partial z} = \\operatorname{diag}(p) - p p^T$$\n");
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial p}{\\partial z} = \\operatorname{diag}(p) - p p^\\top$$\n");
        // the outer product's sign, the whole sign, or the identity for the diagonal
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial p}{\\partial z} = \\operatorname{diag}(p) + p p^T$$\n");
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial p}{\\partial z} = p p^\\top - \\operatorname{diag}(p)$$\n");
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial p}{\\partial z} = I - p p^\\top$$\n");
    }
}
