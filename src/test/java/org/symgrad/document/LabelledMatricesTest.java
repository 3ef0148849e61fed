package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Plain capitals labelled below by letters, as recurrent networks write their weights ({@code W_{hh}}, {@code W_{xh}},
 * {@code W_h}): beside a vector or transposed they are the matrices the labels name, read entry by entry as the bold
 * {@code \mathbf{W}_{hh}} is, and alone after that (the Jacobian {@code = W_{hh}}); a subscript that is an index of the
 * statement ({@code W_{jk}}), or a number ({@code C_1}, a constant as often as a matrix), stays as it was read.
 * Each right line ✓ and each wrong one ✗ by the check's own sampling.
 */
class LabelledMatricesTest {
    private static final String RNN = "$$\\mathbf{a}_t = W_{hh}\\mathbf{h}_{t-1} + W_{xh}\\mathbf{x}_t + \\mathbf{b}$$\n\n";

    @Test
    void theJacobiansOfARecurrentStepAreItsLabelledMatrices() {
        assertMarks("✓", RNN + "$$\\frac{\\partial \\mathbf{a}_t}{\\partial \\mathbf{h}_{t-1}} = W_{hh}$$\n");
        assertMarks("✗", RNN + "$$\\frac{\\partial \\mathbf{a}_t}{\\partial \\mathbf{h}_{t-1}} = W_{hh}^\\top$$\n");
        assertMarks("✓", RNN + "$$\\frac{\\partial \\mathbf{a}_t}{\\partial \\mathbf{x}_t} = W_{xh}$$\n");
        assertMarks("✗", RNN + "$$\\frac{\\partial \\mathbf{a}_t}{\\partial \\mathbf{x}_t} = W_{xh}^\\top$$\n");
        // two matrices do not stand for each other
        assertMarks("✗", RNN + "$$\\frac{\\partial \\mathbf{a}_t}{\\partial \\mathbf{x}_t} = W_{hh}$$\n");
    }

    @Test
    void aLabelledMatrixInAGradient() {
        String norm = "$$\\nabla_{\\mathbf{x}} \\frac{1}{2}\\|W_{xh}\\mathbf{x}\\|^2 = ";
        assertMarks("✓", norm + "W_{xh}^\\top W_{xh}\\mathbf{x}$$\n");
        assertMarks("✓", norm + "W_{xh}^\\top (W_{xh}\\mathbf{x})$$\n");
        assertMarks("✗", norm + "W_{xh} W_{xh}^\\top\\mathbf{x}$$\n");
        assertMarks("✗", norm + "W_{xh}^\\top \\mathbf{x}$$\n");
        String single = "$$\\mathbf{u} = W_h \\mathbf{h} + \\mathbf{c}$$\n\n";
        assertMarks("✓", single + "$$\\frac{\\partial \\mathbf{u}}{\\partial \\mathbf{h}} = W_h$$\n");
        assertMarks("✗", single + "$$\\frac{\\partial \\mathbf{u}}{\\partial \\mathbf{h}} = W_h^\\top$$\n");
    }

    @Test
    void aNumberedCapitalStaysAScalar() {
        // C_1 beside a vector is the constant it is in the definition: the right line stays proven
        assertMarks("✓", "$$f(\\mathbf{x}) = \\frac{C_1}{2}\\|\\mathbf{x}\\|^2$$\n\n$$\\nabla_{\\mathbf{x}} f = C_1 \\mathbf{x}$$\n");
        assertMarks("✗", "$$f(\\mathbf{x}) = \\frac{C_1}{2}\\|\\mathbf{x}\\|^2$$\n\n$$\\nabla_{\\mathbf{x}} f = 2 C_1 \\mathbf{x}$$\n");
    }
}
