package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A numbered plain name added to a numbered matrix's product, {@code b_1} of {@code h = \sigma(W_1 x + b_1)} and {@code b_2} of
 * {@code o = W_2 h + b_2}, where the document makes the capital a matrix (writes it transposed, or declares it), is the layer's
 * bias vector b^{(1)}, as a plain letter added to a vector is a vector of that length; and the plain target added to such a
 * layer's output inside a norm ({@code \|o - y\|^2}) is one too.
 */
class NumberedLayerBiasTest {
    private static final String NETWORK = ""
            + "Let $h = \\sigma(W_1 x + b_1)$ and $o = W_2 h + b_2$, with $L = \\frac{1}{2}\\|o - y\\|^2$.\n\n";

    @Test
    void aTwoLayerNetworksBackwardStepsInPlainLettersAreChecked() {
        // was: ? for ∂L/∂b_2 = o − y, the backward steps by b_1 and W_1 skipped (b_1, b_2, y each one number added to every entry)
        PublicInputsTest.check(NETWORK
                + "$$\\frac{\\partial L}{\\partial b_2} = o - y$$\n"
                + "$$\\frac{\\partial L}{\\partial W_2} = (o - y) h^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial b_1} = W_2^\\top (o - y) \\odot h \\odot (1 - h)$$\n"
                + "$$\\frac{\\partial L}{\\partial W_1} = \\left[W_2^\\top (o - y) \\odot h \\odot (1 - h)\\right] x^\\top$$\n", "✓✓✓✓");
    }

    @Test
    void mistakesInTheBackwardStepsAreFound() {
        PublicInputsTest.check(NETWORK
                + "$$\\frac{\\partial L}{\\partial W_2} = (o - y) h^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial b_1} = W_2 (o - y) \\odot h \\odot (1 - h)$$\n"
                + "$$\\frac{\\partial L}{\\partial b_1} = W_2^\\top (o - y) \\odot h$$\n"
                + "$$\\frac{\\partial L}{\\partial W_2} = h (o - y)^\\top$$\n", "✓✗✗✗");
    }

    @Test
    void aRightBackwardStepIsNoLongerFalseWithTheBiasBroadcast() {
        // w_2 of \hat y = w_2^\top h + b_2 is not yet read as a vector: the step is skipped, no longer a wrong ✗ with b_1 one number
        PublicInputsTest.check("Let $h = \\sigma(W_1 x + b_1)$ and $\\hat y = w_2^\\top h + b_2$, with squared loss "
                + "$L = \\frac{1}{2}(\\hat y - y)^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial b_1} = (\\hat y - y)\\, w_2 \\odot h \\odot (1 - h)$$\n"
                + "$$\\frac{\\partial L}{\\partial b_2} = \\hat y - y$$\n"
                + "$$\\frac{\\partial L}{\\partial x} = W_1^\\top \\left[(\\hat y - y)\\, w_2 \\odot h \\odot (1 - h)\\right]$$\n", "–✓–");
    }
}
