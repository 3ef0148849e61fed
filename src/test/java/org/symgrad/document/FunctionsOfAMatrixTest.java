package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The gradient of a function the document defines of a matrix, written at its argument ({@code \nabla \phi(X)} after
 * {@code \phi(X) = \operatorname{tr}(CX) - \log\det X}): the parameter the body writes at two indices, or inverts, is a
 * matrix, so the call at the matrix X is read entry by entry. Before, "phi, which the document defines of a vector there,
 * applied to X, which is not a vector": every step skipped.
 */
class FunctionsOfAMatrixTest {
    private static final String BARRIER = "For a positive definite $X \\in \\mathbb{R}^{n \\times n}$ and a fixed $C$, consider\n\n"
            + "$$\\phi(X) = \\operatorname{tr}(CX) - \\log\\det X$$\n\n";

    @Test
    void theGradientOfALogDetBarrierAtItsArgument() {
        assertMarks("✓", BARRIER + "$$\\nabla \\phi(X) = C^\\top - X^{-\\top}$$\n");
        assertMarks("✗", BARRIER + "$$\\nabla \\phi(X) = C - X^{-\\top}$$\n");
    }
}
