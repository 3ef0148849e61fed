package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A matrix times its inverse is the identity, in index form {@code Σ_k A_ik (A⁻¹)_kj = δ_ij} (and {@code A⁻¹A}), where
 * the inverse is computed from the matrix ({@code X^{-1}} of a matrix the document writes itself too): steps that use it
 * are proven. Under a stated symmetry the pair meets however the sums name their indices ({@code xᵀAx} at x = A⁻¹b); a
 * product that is no identity ({@code AᵀA⁻¹} of a general A) stays false. Before, each right step was only numerically
 * equal.
 */
class InverseProductsTest {
    @Test
    void naturalGradientStepUsesTheFisherTimesItsInverse() {
        PublicInputsTest.check("With the gradient $\\mathbf{g}$ and a symmetric positive definite matrix $F$, the step is\n\n"
                + "$$\\boldsymbol{\\delta} = F^{-1}\\mathbf{g}$$\n\nso\n\n$$F\\boldsymbol{\\delta} = \\mathbf{g}$$\n\nand\n\n"
                + "$$\\boldsymbol{\\delta}^\\top F\\boldsymbol{\\delta} = \\mathbf{g}^\\top F^{-1}\\mathbf{g}$$\n\nbut not\n\n"
                + "$$\\boldsymbol{\\delta}^\\top F\\boldsymbol{\\delta} = \\mathbf{g}^\\top F\\mathbf{g}$$\n", "✓✓✗");
    }

    @Test
    void inverseTimesMatrixIsTheIdentityButTransposeTimesInverseIsNot() {
        PublicInputsTest.check("For a square matrix $A$,\n\n$$\\mathbf{x}^\\top A^{-1} A \\mathbf{y} = \\mathbf{x}^\\top\\mathbf{y}$$\n\n"
                + "while\n\n$$\\mathbf{x}^\\top A^\\top A^{-1} \\mathbf{y} = \\mathbf{x}^\\top A A^{-1}\\mathbf{y}$$\n", "✓✗");
    }

    @Test
    void completingTheSquareUsesTheSymmetricPrecisionTimesItsInverse() {
        PublicInputsTest.check("Let $P$ be a symmetric positive definite matrix, and\n\n$$\\mathbf{m} = P^{-1}\\mathbf{b}$$\n\n"
                + "Completing the square,\n\n$$\\frac{1}{2}\\mathbf{w}^\\top P\\mathbf{w} - \\mathbf{b}^\\top\\mathbf{w} = "
                + "\\frac{1}{2}(\\mathbf{w} - \\mathbf{m})^\\top P(\\mathbf{w} - \\mathbf{m}) - \\frac{1}{2}\\mathbf{b}^\\top P^{-1}\\mathbf{b}$$\n\n"
                + "$$\\frac{1}{2}\\mathbf{w}^\\top P\\mathbf{w} - \\mathbf{b}^\\top\\mathbf{w} = "
                + "\\frac{1}{2}(\\mathbf{w} - \\mathbf{m})^\\top P(\\mathbf{w} - \\mathbf{m}) + \\frac{1}{2}\\mathbf{b}^\\top P^{-1}\\mathbf{b}$$\n", "✓✗");
    }
}
