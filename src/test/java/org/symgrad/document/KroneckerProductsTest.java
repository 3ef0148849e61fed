package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A Kronecker product of matrices ({@code B^\top \otimes A}) is not read, and the step says so, not that "a transpose is not
 * supported" (matrix54 n11: vec(AXB) = (Bᵀ ⊗ A) vec(X) and its Jacobian). No verdict either way.
 */
class KroneckerProductsTest {
    @Test
    void aKroneckerProductOfMatricesIsNotReadAndTheStepSaysSo() {
        CheckedDocument d = PublicInputsTest.check("For $A, X, B \\in \\mathbb{R}^{2\\times 2}$,\n\n"
                + "$$\\frac{\\partial \\operatorname{vec}(AXB)}{\\partial \\operatorname{vec}(X)} = B^\\top \\otimes A$$\n\n"
                + "$$\\frac{\\partial \\operatorname{vec}(AXB)}{\\partial \\operatorname{vec}(X)} = B \\otimes A$$\n", "––");
        d.verdicts().forEach(v -> assertTrue(v.detail().contains("Kronecker product"), v.detail()));
    }
}
