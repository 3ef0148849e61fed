package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * An announced inline formula that defines a name by a vector-valued function ({@code Let $p = \operatorname{softmax}(x)$},
 * {@code Let $\mathbf{a} = \sigma(\mathbf{z})$}) reads as the display {@code $$p = \operatorname{softmax}(x)$$} does: the
 * name's component i is the function's (was: ? "could not read the inline definition of p").
 */
class InlineVectorValuesTest {
    private static final String LSE = "Define $\\operatorname{LSE}(x) = \\log\\sum_{j=1}^n e^{x_j}$ and let $p = \\operatorname{softmax}(x)$.\n\n";

    @Test
    void aPlainNameBySoftmaxIsReadAtItsComponent() {
        PublicInputsTest.check(LSE
                + "$$\\frac{\\partial^2 \\operatorname{LSE}}{\\partial x_i \\partial x_k} = p_i(\\delta_{ik} - p_k)$$\n\n"
                + "$$\\frac{\\partial^2 \\operatorname{LSE}}{\\partial x_i \\partial x_k} = p_i(\\delta_{ik} + p_k)$$\n", "✓✗");
    }

    @Test
    void aBoldVectorByTheSigmoidOfAVectorIsReadAtItsComponent() {
        // was: ? 'could not read the inline definition of \mathbf{a}' for both
        PublicInputsTest.check("Let $\\mathbf{z} = W\\mathbf{x} + \\mathbf{b}$ and $\\mathbf{a} = \\sigma(\\mathbf{z})$, with loss "
                + "$L = \\frac{1}{2}\\sum_k (a_k - y_k)^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial z_k} = (a_k - y_k) a_k (1 - a_k)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_k} = (a_k - y_k) (1 - a_k)$$\n", "✓✗");
    }

    @Test
    void aNameByAScalarFunctionStaysANumber() {
        // the component reading is for a side that needs one: $s = \sigma(t)$ of a number is that number
        PublicInputsTest.check("Let $s = \\sigma(t)$.\n\n$$\\frac{ds}{dt} = s(1 - s)$$\n\n$$\\frac{ds}{dt} = s(1 + s)$$\n", "✓✗");
    }

    @Test
    void aSoftmaxOfAScaledVectorReadsWhereTheDocumentWritesIt() {
        // was: ? 'could not read the inline definition of q': z/T alone is no vector, the steps' z_i make it one, as in a display
        PublicInputsTest.check("Let $q_i = \\mathrm{softmax}(z/T)_i$ and\n$$L = -\\sum_i p_i \\log q_i$$\n"
                + "$$\\frac{\\partial L}{\\partial z_i} = \\frac{1}{T}\\left(q_i \\sum_j p_j - p_i\\right)$$\n"
                + "$$\\frac{\\partial L}{\\partial z_i} = q_i \\sum_j p_j - p_i$$\n", "✓✗");
        PublicInputsTest.check("Let $q = \\mathrm{softmax}(z/T)$ and\n$$L = -\\sum_i p_i \\log q_i$$\n"
                + "$$\\frac{\\partial L}{\\partial z_i} = \\frac{1}{T}\\left(q_i \\sum_j p_j - p_i\\right)$$\n"
                + "$$\\frac{\\partial L}{\\partial z_i} = \\frac{1}{T}\\left(q_i \\sum_j p_j + p_i\\right)$$\n", "✓✗");
    }

    @Test
    void aSoftmaxAfterALabelsColonReadsByEntries() {
        // was: ? 'could not read the inline definition of p' (no 'let' or 'where'): a softmax is a vector's value, never data
        PublicInputsTest.check("Softmax regression for one example with one-hot label $y$: $p = \\operatorname{softmax}(Wx)$ and\n"
                + "$$L = -\\sum_k y_k \\log p_k .$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = (p - y)x^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = (y - p)x^\\top$$\n", "✓✗");
    }
}
