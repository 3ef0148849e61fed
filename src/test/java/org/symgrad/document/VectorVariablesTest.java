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
    void aLossWithAFixedLabelIsANumberSoAPlainVectorBesideItsRowGradientIsAComponent() {
        // L's definition has the label y free, as its left side does not: y is a fixed class (SPEC §8), L a number, and
        // ∂L/∂w_y a row of w; x beside it is x_j (was: undecided, 'x ... is not a vector of the gradient's shape')
        String loss = "For weight rows $w_k$, input $x$ and true class $y$ the loss is\n"
                + "$$L = -w_y^\\top x + \\log \\sum_{k=1}^{K} \\exp(w_k^\\top x)$$\n\n";
        String p = "\\frac{\\exp(w_y^\\top x)}{\\sum_{k=1}^{K} \\exp(w_k^\\top x)}";
        assertMarks("✓", loss + "$$\\frac{\\partial L}{\\partial w_y} = \\left(" + p + " - 1\\right) x$$\n");
        assertMarks("✗", loss + "$$\\frac{\\partial L}{\\partial w_y} = \\left(1 - " + p + "\\right) x$$\n");
        assertMarks("✗", loss + "$$\\frac{\\partial L}{\\partial w_y} = \\left(" + p + " - 1\\right) w_y$$\n");
        // a quantity's free index that the derivative's row carries is fixed by it too: ∂z_k/∂w_k is a vector
        String row = "$$z_k = w_k^\\top x$$\n\n";
        assertMarks("✓", row + "$$\\frac{\\partial z_k}{\\partial w_k} = x$$\n");
        assertMarks("✗", row + "$$\\frac{\\partial z_k}{\\partial w_k} = w_k$$\n");
        // one whose free index the derivative leaves free (y_i by the whole w) is a Jacobian's row: x beside it is no component
        String got = marks("$$y_i = \\sigma(w^\\top x_i)$$\n\n$$\\frac{\\partial y_i}{\\partial w} = y_i(1-y_i) x$$\n");
        assertTrue(got.startsWith("?") && got.contains("x is written without indices"), got);
    }

    @Test
    void aPlainMatrixBesideAVectorGradientIsUndecidedWithTheReason() {
        String got = marks("$$\\frac{\\partial}{\\partial x} \\sum_i \\sum_j A_{ij} x_i x_j = 2 A x$$\n");
        assertTrue(got.startsWith("?"), got);
        assertTrue(got.contains("A is written without indices"), got);
    }
}
