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
}
