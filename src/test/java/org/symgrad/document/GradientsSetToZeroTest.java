package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A chain of vector or matrix sides closed by zero ({@code \nabla_w L = -2X^\top(y - Xw) = 0}, the normal equations'
 * start): the zero sets the gradient to zero, an equation to solve, so it no longer keeps the other sides from being read
 * entry by entry, and the pair it closes is no identity of entries. Before, the zero made every side a scalar reading, the
 * middle side was refused ("a transpose is matrix notation"), and the gradient was compared with 0 over it: a WRONG ✗.
 */
class GradientsSetToZeroTest {
    private static final String LEAST_SQUARES = "Let $X \\in \\mathbb{R}^{n \\times p}$, $y \\in \\mathbb{R}^n$ and "
            + "$L(w) = \\|y - Xw\\|^2$.\n\n";

    @Test
    void theGradientIsCheckedAndTheZeroIsAnEquation() {
        CheckedDocument d = PublicInputsTest.check(LEAST_SQUARES + "$$\\nabla_w L = -2X^\\top(y - Xw) = 0$$\n\n"
                + "$$\\nabla_w L = 2X^\\top(y - Xw) = 0$$\n", "✓–✗–");
        assertTrue(d.verdicts().get(1).detail().contains("to zero"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aBoldZeroAndAGreekVectorAreTheSame() {
        PublicInputsTest.check("Let $X \\in \\mathbb{R}^{n \\times p}$, $y \\in \\mathbb{R}^n$, $\\beta \\in \\mathbb{R}^p$ and "
                + "$L(\\beta) = \\|y - X\\beta\\|^2$.\n\n$$\\nabla_\\beta L = -2X^\\top(y - X\\beta) = \\mathbf{0}$$\n\n"
                + "$$\\nabla_\\beta L = 2X^\\top(y - X\\beta) = \\mathbf{0}$$\n", "✓–✗–");
    }
}
