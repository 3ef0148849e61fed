package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Symmetries the prose states in the ways lecture notes do, beyond "Let $A$ be a symmetric matrix": of labelled capitals
 * ("the scatter matrices $S_B$ and $S_W$, both symmetric", named S^(B), S^(W) as the reader names them), in parentheses
 * ("the (symmetric) sample covariance $S$"), and of "a symmetric matrix of multipliers $\Lambda$". Before, each was unread
 * and the right gradient 2S_B w, 2SW, 2WΛ a wrong ✗; without the statement it stays ✗.
 */
class StatedSymmetriesTest {
    private static final String QUADRATIC = "$$\\nabla_{\\mathbf{w}}\\left(\\mathbf{w}^\\top S_B \\mathbf{w}\\right) = 2S_B\\mathbf{w}$$\n";

    @Test
    void labelledScatterMatricesStatedBothSymmetric() {
        assertMarks("✓", "With the between-class scatter $S_B$ and the within-class scatter $S_W$, both symmetric,\n\n" + QUADRATIC);
        assertMarks("✗", "With the between-class scatter $S_B$ and the within-class scatter $S_W$,\n\n" + QUADRATIC);
    }

    @Test
    void aSymmetryInParentheses() {
        assertMarks("✓", "Let $S$ be the (symmetric) sample covariance and $W$ the projection.\n\n"
                + "$$\\frac{\\partial}{\\partial W}\\operatorname{tr}(W^\\top S W) = 2SW$$\n");
    }

    @Test
    void aSymmetricMatrixOfMultipliers() {
        String step = "$$\\frac{\\partial}{\\partial W}\\operatorname{tr}(\\Lambda W^\\top W) = 2W\\Lambda$$\n";
        assertMarks("✓", "With a symmetric matrix of multipliers $\\Lambda$,\n\n" + step);
        assertMarks("✗", "With a matrix of multipliers $\\Lambda$,\n\n" + step);
    }
}
