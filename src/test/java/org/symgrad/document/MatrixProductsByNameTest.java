package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Products of matrices written by their plain names. A gradient by a matrix read component by component
 * ({@link VectorVariables}) read {@code GK} as the entrywise G_jk K_jk, so the right ∂tr(GᵀQKᵀ)/∂Q = GK was ✗; such a
 * product was refused there (undecided, with why), and is now read as the product of the matrices. A run of capitals the document read as matrices in an earlier
 * statement is their product ({@code XX^\top} in a Hessian, was one name), and a plain I beside a transpose is the identity
 * ({@code \lambda I}, was a number added to every entry): ridge's Hessian XᵀX + λI is proven, XXᵀ + λI false.
 */
class MatrixProductsByNameTest {
    @Test
    void aProductOfTwoMatricesByNameIsNoProductOfEntries() {
        // refused (??, 'a product of matrices written by their names') until session 55; QK^\top, the last transposed, now makes Q
        // and K matrices (and G, K and Q the gradient's factors), so GK is their product, never G_jk K_jk
        assertMarks("✓✗", "$$L = \\operatorname{tr}(G^\\top QK^\\top)$$\n\n$$\\frac{\\partial L}{\\partial Q} = GK$$\n\n"
                + "$$\\frac{\\partial L}{\\partial Q} = 2GK$$\n");
    }

    @Test
    void ridgesHessianWithTheIdentity() {
        String ridge = "$$J(\\mathbf{w}) = \\frac{1}{2}\\|X\\mathbf{w} - \\mathbf{y}\\|^2 + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} J = X^\\top(X\\mathbf{w} - \\mathbf{y}) + \\lambda\\mathbf{w}$$\n\n";
        assertMarks("✓✓", ridge + "$$\\nabla^2_{\\mathbf{w}} J = X^\\top X + \\lambda I$$\n");
        assertMarks("✓✗", ridge + "$$\\nabla^2_{\\mathbf{w}} J = XX^\\top + \\lambda I$$\n");
    }
}
