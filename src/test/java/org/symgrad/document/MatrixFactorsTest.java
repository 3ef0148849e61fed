package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The capitals a document multiplies to define a matrix are matrices (W of {@code Z = XW} with Z in a Frobenius norm; H and W_2
 * of {@code \hat Y = HW_2}, X and W_1 of {@code H = \tanh(XW_1)}), and a decorated capital in a Frobenius norm ({@code \hat Y} of
 * {@code \|\hat Y - Y\|_F}) is a matrix, as is the capital of softmax's argument (W of {@code \operatorname{softmax}(Wx)}): the
 * batch gradient {@code \partial L/\partial W_2 = H^\top(\hat Y - Y)} was skipped ('a transpose is matrix notation'; Ŷ read as
 * one number) → ✓, its slips ✗.
 */
class MatrixFactorsTest {
    @Test
    void aFactorOfAProductDefiningAMatrixIsAMatrix() {
        String d = "$$Z = X W$$\n$$L = \\frac{1}{2}\\|Z - Y\\|_F^2$$\n";
        assertMarks("✓", d + "$$\\frac{\\partial L}{\\partial W} = X^\\top(Z - Y)$$\n");
        assertMarks("✗", d + "$$\\frac{\\partial L}{\\partial W} = 2X^\\top(Z - Y)$$\n");
    }

    @Test
    void aTwoLayerBatchNetworkWithADecoratedOutputReads() {
        String d = "For a batch $X \\in \\mathbb{R}^{n \\times d}$:\n$$H = \\tanh(X W_1)$$\n$$\\hat Y = H W_2$$\n"
                + "$$L = \\frac{1}{2}\\|\\hat Y - Y\\|_F^2$$\n";
        assertMarks("✓", d + "$$\\frac{\\partial L}{\\partial W_2} = H^\\top(\\hat Y - Y)$$\n");
        assertMarks("✗", d + "$$\\frac{\\partial L}{\\partial W_2} = (\\hat Y - Y)^\\top H$$\n");
        assertMarks("✗", d + "$$\\frac{\\partial L}{\\partial W_2} = 2H^\\top(\\hat Y - Y)$$\n");
    }

    @Test
    void aCapitalTheDocumentCountsToIsNoFactor() {
        // N of \sum_{n=1}^N is a number: N W is N times W, no product of matrices, and the step by W is undecided as before
        String d = "$$Z = N W$$\n$$L = \\sum_{n=1}^N \\frac{1}{2}\\|Z - Y\\|_F^2$$\n";
        assertMarks("?", d + "$$\\frac{\\partial L}{\\partial W} = N(Z - Y)$$\n");
    }

    @Test
    void theCapitalOfSoftmaxsArgumentIsAMatrix() {
        // softmax takes a vector, so W of softmax(Wx) is a matrix and x a vector: the definition was unread ('the argument of
        // softmax must be the name of a vector') and the gradient skipped → ✓, its slip ✗
        String d = "Softmax regression for one example with one-hot label $y$:\n$$p = \\operatorname{softmax}(Wx)$$\n"
                + "$$L = -\\sum_k y_k \\log p_k$$\n";
        assertMarks("✓", d + "$$\\frac{\\partial L}{\\partial W} = (p - y)x^\\top$$\n");
        assertMarks("✗", d + "$$\\frac{\\partial L}{\\partial W} = (y - p)x^\\top$$\n");
    }
}
