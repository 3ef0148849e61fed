package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * {@link VectorVariables}: a gradient by a vector written without its component index is read component by component,
 * and so is every other vector the step writes plainly — a correct gradient is never ✗ because a vector was read as a
 * scalar; a wrong one is ✗; a plain matrix beside a vector gradient cannot be read so and is undecided with the reason.
 */
class VectorVariablesTest {
    private static final String LINEAR = "Let $x \\in \\mathbb{R}^d$ and the loss\n$$L = \\frac{1}{2}(w^\\top x + b - y)^2$$\n\n";
    private static final String SOFTMAX = "$$z_k = w_k^\\top x + b_k$$\n\n$$p_k = \\frac{\\exp(z_k)}{\\sum_{j=1}^K \\exp(z_j)}$$\n\n"
            + "$$L = -\\sum_{k=1}^K y_k \\log p_k$$\n\nwith one-hot label $y$.\n\n";

    @Test
    void anotherPlainVectorBesideAVectorGradientIsItsComponent() {
        assertMarks("✓", LINEAR + "$$\\frac{\\partial L}{\\partial w} = (w^\\top x + b - y) x$$\n");
        assertMarks("✗", LINEAR + "$$\\frac{\\partial L}{\\partial w} = (w^\\top x + b - y)$$\n");
        assertMarks("✗", LINEAR + "$$\\frac{\\partial L}{\\partial w} = (w^\\top x - y) x$$\n");
        assertMarks("✓", "$$\\nabla_x \\left(b^\\top x\\right) = b$$\n");
        assertMarks("✗", "$$\\nabla_x \\left(b^\\top x\\right) = 2b$$\n");
    }

    @Test
    void anExampleWrittenWithItsOwnIndexBesideAVectorGradientIsItsComponent() {
        // x_t is the t-th example, a vector: w^T x_t uses x with two indices, so the trailing x_t is x_{tj}
        String sum = "$$L = \\sum_{t=1}^{T}(y_t - w^T x_t)^2$$\n\n";
        assertMarks("✓", sum + "$$\\frac{\\partial L}{\\partial w} = -2\\sum_{t=1}^{T} (y_t - w^T x_t) x_t$$\n");
        assertMarks("✗", sum + "$$\\frac{\\partial L}{\\partial w} = -\\sum_{t=1}^{T} (y_t - w^T x_t) x_t$$\n");
    }

    @Test
    void aRowOfAMatrixIsAVectorGradient() {
        // w_k^T x uses w with two indices: ∂L/∂w_j is the row, (p_j - y_j) x its entries (p_j - y_j) x_i
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial L}{\\partial w_{j}} = (p_j - y_j) x$$\n");
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial L}{\\partial w_{j}} = (y_j - p_j) x$$\n");
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial L}{\\partial w_{ji}} = (p_j - y_j) x_i$$\n");
        assertMarks("✓", SOFTMAX + "$$\\frac{\\partial L}{\\partial b_j} = p_j - y_j$$\n");
    }

    @Test
    void aPlainMatrixBesideAVectorGradientIsUndecidedWithTheReason() {
        String got = marks("$$\\frac{\\partial}{\\partial x} \\sum_i \\sum_j A_{ij} x_i x_j = 2 A x$$\n");
        assertTrue(got.startsWith("?"), got);
        assertTrue(got.contains("A is written without indices"), got);
    }
}
