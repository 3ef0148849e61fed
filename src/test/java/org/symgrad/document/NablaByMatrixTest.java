package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * {@code \nabla_W L} of a matrix W the document declares, beside an upstream gradient, is read as
 * {@code \frac{\partial L}{\partial W}} is, entry by entry (VectorEntries: the subscript of a \nabla by a known matrix is a matrix
 * in that statement): the linear layer's ∇_W L = XᵀG ✓, GᵀX ✗ (was – 'a transpose is matrix notation, not supported').
 */
class NablaByMatrixTest {
    @Test
    void theGradientOfALinearLayerWrittenWithNabla() {
        assertMarks("✓✗✓", "Let $X \\in \\mathbb{R}^{n \\times d}$, $W \\in \\mathbb{R}^{d\\times m}$ and\n\n$$Y = XW$$\n\n"
                + "$$G = \\frac{\\partial L}{\\partial Y}$$\n\n$$\\nabla_W L = X^\\top G$$\n\n$$\\nabla_{W} L = G^\\top X$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = X^\\top G$$\n");
    }
}
