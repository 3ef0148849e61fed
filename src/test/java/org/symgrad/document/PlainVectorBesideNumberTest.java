package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A derivative by a plain vector the document defines ({@code h = \sigma(W_1 x + b_1)} with W_1 a matrix), beside a side
 * written as a number ({@code (\hat y - y) w_2}, w_2 not known as a vector): not read as a derivative by a number h, which
 * the definitions do not have, so never ✗ with "the left side is 0"; the step is skipped, saying why.
 */
class PlainVectorBesideNumberTest {
    private static final String NETWORK = "Let $h = \\sigma(W_1 x + b_1)$ and $\\hat y = w_2^\\top h + b_2$, with squared loss "
            + "$L = \\frac{1}{2}(\\hat y - y)^2$.\n\n";

    @Test
    void aGradientByADefinedVectorBesideANumberIsNotReadAsOneByANumber() {
        // was: a wrong ✗, 'the left side is 0' (∂L/∂h read as the derivative by a number h)
        CheckedDocument d = PublicInputsTest.check(NETWORK
                + "$$\\frac{\\partial L}{\\partial h} = (\\hat y - y) w_2$$\n"
                + "$$\\frac{\\partial L}{\\partial x} = W_1^\\top h$$\n", "–✗");
        org.junit.jupiter.api.Assertions.assertTrue(d.verdicts().get(0).detail().contains("derivative by a vector of the document"), d.verdicts().get(0).detail());
    }
}
