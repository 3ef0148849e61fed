package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * An upstream gradient named by a matrix or vector written whole, "Given $G = \frac{\partial L}{\partial Y}$" with
 * {@code Y = XW} (defined by its entries), makes L read as G·Y with Y whole, which does not reach W: the backward steps
 * are undecided, saying why, never false (WholeEntryNames). The scalar case keeps its reading.
 */
class UpstreamGradientByArrayTest {
    @Test
    void aMatrixUpstreamGradientLeavesTheBackwardStepsUndecided() {
        // was ✗✗✗✗, 'the left side is 0' for the right X^T G, G W^T, G^T 1; then ???? (WholeEntryNames); since session 55 G of
        // a matrix Y is a matrix, G_ij = ∂L/∂Y_ij, L read as Σ_ij G_ij Y_ij (MatrixUpstreamGradientTest): the right steps are
        // proven and G X^T, whose shapes do not fit, is false
        PublicInputsTest.check("Let $X \\in \\mathbb{R}^{n \\times d}$, $W \\in \\mathbb{R}^{d \\times k}$, $b \\in \\mathbb{R}^k$, "
                + "and $Y = XW + \\mathbf{1} b^\\top$. Given $G = \\frac{\\partial L}{\\partial Y}$,\n"
                + "$$\\frac{\\partial L}{\\partial W} = X^\\top G$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = G X^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial X} = G W^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial b} = G^\\top \\mathbf{1}$$\n", "✓✗✓✓");
    }

    @Test
    void aDisplayedMatrixUpstreamGradientLeavesTheStepsUndecided() {
        PublicInputsTest.check("Let $X \\in \\mathbb{R}^{n \\times d}$, $W \\in \\mathbb{R}^{d \\times k}$ and $Y = XW$. Write\n"
                + "$$G = \\frac{\\partial L}{\\partial Y}$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = X^\\top G$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = G X^\\top$$\n", "??");
    }

    @Test
    void aScalarUpstreamGradientIsStillChecked() {
        PublicInputsTest.check("Let $y = 3x$ and $g = \\frac{\\partial L}{\\partial y}$.\n"
                + "$$\\frac{\\partial L}{\\partial x} = 3g$$\n"
                + "$$\\frac{\\partial L}{\\partial x} = g$$\n", "✓✗");
    }
}
