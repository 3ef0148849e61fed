package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A product of two matrices whose shapes the document declares and whose inner dimensions differ is undefined: the step that
 * writes it is false, with both shapes in the reason (SPEC §10). Before, such a side could not be read and the step was skipped.
 * The softmax batch gradient (P − Y)W with W d × K is DeclaredMatricesTest's. Only declared shapes make it a mistake: where a
 * shape is assumed, or both sides are undefined, the step stays skipped.
 */
class UndefinedProductsTest {
    private static final String DECLARED = "For $X \\in \\mathbb{R}^{n \\times d}$, $W \\in \\mathbb{R}^{d \\times k}$ and "
            + "$\\mathbf{v} \\in \\mathbb{R}^{k}$, let\n\n$$f = \\mathbf{1}^\\top X W \\mathbf{v}$$\n\n";

    @Test
    void aProductTheDeclaredShapesDoNotFitIsFalse() {
        // ∇_v f = Wᵀ Xᵀ 1 (k); W Xᵀ is d × k times d × n (was: skipped, "the inner dimensions of the product do not agree")
        CheckedDocument d = PublicInputsTest.check(DECLARED + "$$\\nabla_{\\mathbf{v}} f = W^\\top X^\\top \\mathbf{1}$$\n\n"
                + "$$\\nabla_{\\mathbf{v}} f = W X^\\top \\mathbf{1}$$\n", "✓✗");
        String reason = d.verdicts().get(1).detail();
        assertTrue(reason.contains("d × k") && reason.contains("d × n") && reason.contains("undefined"), reason);
    }

    @Test
    void undeclaredShapesOrTwoUndefinedSidesStaySkipped() {
        // A A v with A m × n: both sides undefined, nothing to compare
        PublicInputsTest.check("Let $\\mathbf{A}$ be an $m \\times n$ matrix.\n\n"
                + "$$\\mathbf{A}\\mathbf{A}\\mathbf{v} = \\mathbf{A}(\\mathbf{A}\\mathbf{v})$$\n", "–");
        // a product of two columns: a layout the document does not declare
        PublicInputsTest.check("$$\\mathbf{x}\\mathbf{y} = \\mathbf{y}\\mathbf{x}$$\n", "–");
    }
}
