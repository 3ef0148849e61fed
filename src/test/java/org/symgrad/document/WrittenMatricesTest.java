package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Matrices and vectors written out entry by entry ({@code \begin{bmatrix} … \end{bmatrix}}, {@code pmatrix}): a statement
 * between them, their sums, products and transposes is checked entry by entry, a Jacobian or Hessian of named scalars
 * written out as notes write it, and a wrong entry makes it false (it was "matrix notation is not supported yet").
 * A sum along a written-out dimension runs over its entries only, whatever the index range; beside a vector or matrix
 * whose size it does not write, nothing is read, and a side that reads as nothing (∇f of a function of scalars) leaves
 * only its own pair unread.
 */
class WrittenMatricesTest {
    private static final String POLAR = "$$u = r\\cos\\theta$$\n\n$$v = r\\sin\\theta$$\n\n";
    private static final String JACOBIAN = "\\begin{pmatrix} \\frac{\\partial u}{\\partial r} & \\frac{\\partial u}{\\partial \\theta} \\\\ "
            + "\\frac{\\partial v}{\\partial r} & \\frac{\\partial v}{\\partial \\theta} \\end{pmatrix}";

    @Test
    void aJacobianWrittenOutIsCheckedEntryByEntry() {
        assertMarks("✓", POLAR + "$$" + JACOBIAN + " = \\begin{pmatrix} \\cos\\theta & -r\\sin\\theta \\\\ \\sin\\theta & r\\cos\\theta "
                + "\\end{pmatrix}$$\n");
        assertMarks("✗", POLAR + "$$" + JACOBIAN + " = \\begin{pmatrix} \\cos\\theta & r\\sin\\theta \\\\ \\sin\\theta & r\\cos\\theta "
                + "\\end{pmatrix}$$\n");
    }

    @Test
    void productsSumsAndTransposesOfWrittenOutMatrices() {
        assertMarks("✓", "$$\\begin{bmatrix} 2 & 1 \\\\ 1 & 4 \\end{bmatrix}\\begin{bmatrix} a \\\\ b \\end{bmatrix} = "
                + "\\begin{bmatrix} 2a + b \\\\ a + 4b \\end{bmatrix}$$\n");
        assertMarks("✗", "$$\\begin{bmatrix} 2 & 1 \\\\ 1 & 4 \\end{bmatrix}\\begin{bmatrix} a \\\\ b \\end{bmatrix} = "
                + "\\begin{bmatrix} 2a + b \\\\ a + 2b \\end{bmatrix}$$\n");
        assertMarks("✓", "$$\\begin{bmatrix} x & y \\end{bmatrix}\\begin{bmatrix} 2 & 1 \\\\ 1 & 3 \\end{bmatrix}\\begin{bmatrix} x \\\\ y "
                + "\\end{bmatrix} = 2x^2 + 2xy + 3y^2$$\n");
        assertMarks("✓", "$$\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}^\\top + \\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix} = "
                + "\\begin{bmatrix} a + 1 & c \\\\ b & d + 1 \\end{bmatrix}$$\n");
    }

    @Test
    void aSumAlongAWrittenOutDimensionRunsOverItsEntriesOnly() {
        String product = "$$\\begin{bmatrix} 1 & 2 & 3 & 4 & 5 \\end{bmatrix} \\begin{bmatrix} 1 \\\\ 1 \\\\ 1 \\\\ 1 \\\\ 1 \\end{bmatrix} = ";
        assertMarks("✓", product + "15$$\n");
        assertMarks("✗", product + "10$$\n");
    }

    @Test
    void besideAVectorOfUnwrittenSizeNothingIsRead() {
        // w and x may be longer than two: the step is not false, it is not read
        assertMarks("–", "$$\\mathbf{w}^\\top \\mathbf{x} = \\begin{bmatrix} w_1 & w_2 \\end{bmatrix} \\begin{bmatrix} x_1 \\\\ x_2 "
                + "\\end{bmatrix}$$\n");
        // a determinant is no matrix
        assertMarks("–", "$$\\begin{vmatrix} a & b \\\\ c & d \\end{vmatrix} = ad - bc$$\n");
    }

    @Test
    void aSideThatReadsAsNothingLeavesOnlyItsOwnPairUnread() {
        assertMarks("–✓", "$$f = x^3 + 2xy + y^2$$\n\n$$\\nabla f = \\begin{bmatrix} \\frac{\\partial f}{\\partial x} \\\\ "
                + "\\frac{\\partial f}{\\partial y} \\end{bmatrix} = \\begin{bmatrix} 3x^2 + 2y \\\\ 2x + 2y \\end{bmatrix}$$\n");
    }
}
