package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Products of matrices written by their plain names. A gradient by a matrix read component by component
 * ({@link VectorVariables}) read {@code GK} as the entrywise G_jk K_jk, so the right ∂tr(GᵀQKᵀ)/∂Q = GK was ✗; such a
 * product is now refused there (undecided, with why). A run of capitals the document read as matrices in an earlier
 * statement is their product ({@code XX^\top} in a Hessian, was one name), and a plain I beside a transpose is the identity
 * ({@code \lambda I}, was a number added to every entry): ridge's Hessian XᵀX + λI is proven, XXᵀ + λI false.
 */
class MatrixProductsByNameTest {
    @Test
    void aProductOfTwoMatricesByNameIsNoProductOfEntries() {
        String got = marks("$$L = \\operatorname{tr}(G^\\top QK^\\top)$$\n\n$$\\frac{\\partial L}{\\partial Q} = GK$$\n\n"
                + "$$\\frac{\\partial L}{\\partial Q} = 2GK$$\n");
        assertTrue(got.startsWith("??\n"), got);
        assertTrue(got.contains("a product of matrices written by their names"), got);
    }

    @Test
    void ridgesHessianWithTheIdentity() {
        String ridge = "$$J(\\mathbf{w}) = \\frac{1}{2}\\|X\\mathbf{w} - \\mathbf{y}\\|^2 + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} J = X^\\top(X\\mathbf{w} - \\mathbf{y}) + \\lambda\\mathbf{w}$$\n\n";
        assertMarks("✓✓", ridge + "$$\\nabla^2_{\\mathbf{w}} J = X^\\top X + \\lambda I$$\n");
        assertMarks("✓✗", ridge + "$$\\nabla^2_{\\mathbf{w}} J = XX^\\top + \\lambda I$$\n");
    }
}
