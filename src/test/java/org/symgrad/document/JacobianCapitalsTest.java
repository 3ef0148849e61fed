package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A plain capital written as a whole term beside a derivative whose entries form a matrix, {@code \frac{\partial
 * \mathbf{u}}{\partial \mathbf{x}} = A}, {@code = A + B}: a matrix, as that derivative is one, read entry by entry, though
 * nothing declares it and the side writes no transpose or vector beside it.
 */
class JacobianCapitalsTest {
    @Test
    void theJacobianOfAnAffineMapIsItsMatrix() {
        // was: skipped, 'a derivative with respect to the vector \mathbf{x} is matrix notation'
        PublicInputsTest.check("Let $\\mathbf{u} = A\\mathbf{x} + \\mathbf{b}$.\n\n"
                + "$$\\frac{\\partial \\mathbf{u}}{\\partial \\mathbf{x}} = A$$\n\n"
                + "$$\\frac{\\partial \\mathbf{u}}{\\partial \\mathbf{x}} = A^T$$\n", "✓✗");
    }

    @Test
    void aSumOfCapitalsBesideAJacobian() {
        PublicInputsTest.check("Let $\\mathbf{u} = A\\mathbf{x} + B\\mathbf{x}$.\n\n"
                + "$$\\frac{\\partial \\mathbf{u}}{\\partial \\mathbf{x}} = A + B$$\n\n"
                + "$$\\frac{\\partial \\mathbf{u}}{\\partial \\mathbf{x}} = A - B$$\n", "✓✗");
    }
}
