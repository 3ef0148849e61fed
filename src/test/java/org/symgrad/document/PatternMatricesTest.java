package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Matrices and vectors of unwritten size written as a pattern with dots ({@code \vdots}, {@code \cdots}, {@code \ddots}): the
 * first rows and columns, the last row and column named by a letter (n). Their entry is the pattern the written cells make
 * in their row and column numbers, a diagonal of its own where the diagonal cells differ ({@code δ_ij D(i) + (1 − δ_ij) O(i, j)}),
 * so they are compared with the index result and with vector notation entry by entry. Before, every such step was skipped
 * (matrix notation with dots was not read). Where the written cells make no one pattern (a ragged matrix, a cell that breaks
 * it, a last row that names no letter, dots in one dimension of a matrix only) nothing is read.
 */
class PatternMatricesTest {
    private static final String SOFTMAX = "$$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\n";
    private static final String JACOBIAN = "\\begin{bmatrix} p_1(1 - p_1) & -p_1 p_2 & \\cdots & -p_1 p_n \\\\ "
            + "-p_2 p_1 & p_2(1 - p_2) & \\cdots & -p_2 p_n \\\\ \\vdots & \\vdots & \\ddots & \\vdots \\\\ "
            + "-p_n p_1 & -p_n p_2 & \\cdots & p_n(1 - p_n) \\end{bmatrix}";

    @Test
    void aPatternMatrixWithADiagonalOfItsOwnIsItsGenericEntry() {
        assertMarks("✓✓", SOFTMAX + "$$\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{z}} = " + JACOBIAN
                + " = \\mathrm{diag}(\\mathbf{p}) - \\mathbf{p}\\mathbf{p}^\\top$$\n");
        assertMarks("✓✗", SOFTMAX + "$$\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{z}} = " + JACOBIAN
                + " = \\mathrm{diag}(\\mathbf{p}) + \\mathbf{p}\\mathbf{p}^\\top$$\n");
        // a wrong diagonal, the same in every diagonal cell: the pattern is certain, and false
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{z}} = " + JACOBIAN.replace("(1 - p_", "(1 + p_") + "$$\n");
    }

    @Test
    void patternVectorsAreTheirComponentsAtEveryIndex() {
        assertMarks("✓✓", "$$\\nabla_{\\mathbf{x}} (\\mathbf{a}^\\top \\mathbf{x}) = \\begin{bmatrix} a_1 \\\\ a_2 \\\\ \\vdots \\\\ a_n "
                + "\\end{bmatrix} = \\mathbf{a}$$\n");
        assertMarks("✓✓", "$$\\mathbf{x}^\\top \\mathbf{x} = \\begin{bmatrix} x_1 & x_2 & \\cdots & x_n \\end{bmatrix} \\begin{bmatrix} x_1 "
                + "\\\\ x_2 \\\\ \\vdots \\\\ x_n \\end{bmatrix} = \\sum_{i=1}^n x_i^2$$\n");
        assertMarks("✗", "$$\\nabla_{\\mathbf{x}} (\\mathbf{x}^\\top \\mathbf{x}) = \\begin{bmatrix} x_1 \\\\ x_2 \\\\ \\vdots \\\\ x_n "
                + "\\end{bmatrix}$$\n");
        // a matrix of a_{ij} with one written row and column before the dots, times a column: its rows' sums
        assertMarks("✓", "$$\\begin{bmatrix} a_{11} & \\cdots & a_{1n} \\\\ \\vdots & \\ddots & \\vdots \\\\ a_{n1} & \\cdots & a_{nn} "
                + "\\end{bmatrix} \\begin{bmatrix} x_1 \\\\ \\vdots \\\\ x_n \\end{bmatrix} = \\begin{bmatrix} \\sum_j a_{1j} x_j \\\\ \\vdots "
                + "\\\\ \\sum_j a_{nj} x_j \\end{bmatrix}$$\n");
    }

    @Test
    void aDiagonalPatternNamesItsLastRowInTheColumnThatWritesIt() {
        // the last row's first cell is 0: the letter n is written only in its last cell
        String d = "\\begin{bmatrix} d_1 & 0 & \\cdots & 0 \\\\ 0 & d_2 & \\cdots & 0 \\\\ \\vdots & \\vdots & \\ddots & \\vdots \\\\ "
                + "0 & 0 & \\cdots & d_n \\end{bmatrix}";
        assertMarks("✓", "$$" + d + " \\mathbf{x} = \\mathbf{d} \\odot \\mathbf{x}$$\n");
        assertMarks("✗", "$$" + d + " \\mathbf{x} = \\mathbf{d} + \\mathbf{x}$$\n");
        assertMarks("✓", "$$" + d + " = \\mathrm{diag}(\\mathbf{d})$$\n");
    }

    @Test
    void aRectangularPatternNamesItsRowsAndColumnsByTheirOwnLetters() {
        assertMarks("✓", "$$\\begin{bmatrix} a_{11} & a_{12} & \\cdots & a_{1n} \\\\ \\vdots & \\vdots & \\ddots & \\vdots \\\\ "
                + "a_{m1} & a_{m2} & \\cdots & a_{mn} \\end{bmatrix}^\\top \\begin{bmatrix} y_1 \\\\ \\vdots \\\\ y_m \\end{bmatrix} = "
                + "\\begin{bmatrix} \\sum_i a_{i1} y_i \\\\ \\vdots \\\\ \\sum_i a_{in} y_i \\end{bmatrix}$$\n");
    }

    @Test
    void whereTheCellsMakeNoOnePatternNothingIsRead() {
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{z}} = " + JACOBIAN + "$$\n");
        // ragged: the second row has five cells
        assertMarks("–", SOFTMAX + "$$\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{z}} = " + JACOBIAN.replace("-p_2 p_1 &", "-p_2 p_1 & -p_2 p_1 &")
                + "$$\n");
        // one off-diagonal cell breaks the pattern (p_3 where the column is 2)
        assertMarks("–", SOFTMAX + "$$\\frac{\\partial \\mathbf{p}}{\\partial \\mathbf{z}} = " + JACOBIAN.replace("-p_n p_2", "-p_n p_3") + "$$\n");
        // a subscript that stays 1 in every row is no row number
        assertMarks("–", "$$\\nabla_{\\mathbf{x}} (\\mathbf{a}^\\top \\mathbf{x}) = \\begin{bmatrix} a_1 \\\\ a_1 \\\\ \\vdots \\\\ a_n "
                + "\\end{bmatrix}$$\n");
        // the last row names no letter
        assertMarks("–", "$$\\nabla_{\\mathbf{x}} (\\mathbf{a}^\\top \\mathbf{x}) = \\begin{bmatrix} a_1 \\\\ a_2 \\\\ \\vdots \\\\ b "
                + "\\end{bmatrix}$$\n");
        // dots down but two written columns: how wide it is, is written, how tall is not
        assertMarks("–", "$$\\mathbf{a}\\mathbf{b}^\\top = \\begin{bmatrix} a_1 b_1 & a_1 b_2 \\\\ \\vdots & \\vdots \\\\ a_n b_1 & a_n b_2 "
                + "\\end{bmatrix}$$\n");
    }
}
