package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A gradient by a bold vector numbered below, {@code \nabla_{\mathbf{x}_1} L}, is the gradient by the vector x^(1), as the
 * document's {@code \mathbf{x}_1} is wherever it is read entry by entry: never the derivative by the component x_1 of one
 * vector x, though both sides would read as numbers (the contrastive pair loss ‖x₁ − x₂‖², the two points of a Siamese net).
 */
class NumberedVectorGradientsTest {

    @Test
    void aGradientByANumberedVectorIsByThatVector() {
        // was: "L (defined at line 3) does not depend on x_1 … is a definition missing?", both "?"; checked with numpy:
        // ∇_{x₁}‖x₁ − x₂‖² = 2(x₁ − x₂), ∇_{x₂} = −2(x₁ − x₂)
        PublicInputsTest.check("For two points $\\mathbf{x}_1$ and $\\mathbf{x}_2$,\n\n"
                + "$$L = (\\mathbf{x}_1 - \\mathbf{x}_2)^\\top(\\mathbf{x}_1 - \\mathbf{x}_2)$$\n\n"
                + "$$\\nabla_{\\mathbf{x}_1} L = 2(\\mathbf{x}_1 - \\mathbf{x}_2)$$\n\n"
                + "$$\\nabla_{\\mathbf{x}_2} L = 2(\\mathbf{x}_1 - \\mathbf{x}_2)$$\n", "✓✗");
    }
}
