package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * The initial term of a recurrence is an input: {@code h_0} of {@code h_t = \tanh(w h_{t-1} + u x_t)}, whose
 * expansion would write an h_{-1} before the recurrence starts. Was: h_0 read by the recurrence, depending on u
 * through an h_{-1} and an x_0 the document never has, so the right {@code ∂L/∂u} of {@code L = ½(h_1 − y)²} was ✗.
 */
class RecurrenceInitialTermTest {
    private static final String RNN = """
            The hidden state evolves as $$h_t = \\tanh(w h_{t-1} + u x_t)$$

            """;

    @Test
    void theFirstStepsGradientHoldsTheInitialStateFixed() {
        check(RNN + """
                For $T = 1$ with $h_0$ given, the loss is
                $$L = \\frac{1}{2}(\\tanh(w h_0 + u x_1) - y)^2$$
                and
                $$\\frac{\\partial L}{\\partial u} = (\\tanh(w h_0 + u x_1) - y)(1 - \\tanh^2(w h_0 + u x_1)) x_1.$$
                Wrongly,
                $$\\frac{\\partial L}{\\partial u} = (\\tanh(w h_0 + u x_1) - y)(1 - \\tanh^2(w h_0 + u x_1)).$$
                """, "✓✗");
    }

    @Test
    void aLaterTermExpandsDownToTheInitialState() {
        check(RNN + """
                $$L = \\frac{1}{2}(h_1 - y)^2$$

                $$\\frac{\\partial L}{\\partial u} = (h_1 - y)(1 - h_1^2) x_1$$

                $$\\frac{\\partial L}{\\partial u} = (h_1 - y)(1 - h_1^2)$$
                """, "✓✗");
    }

    @Test
    void aRecurrenceThroughAnotherNameStartsAtItsInitialStateToo() {
        String twoSteps = """
                Let $a_t = w h_{t-1} + u x_t$ and $h_t = \\tanh(a_t)$.

                $$L = \\frac{1}{2}(h_2 - y)^2$$

                """;
        check(twoSteps + "$$\\frac{\\partial L}{\\partial u} = (h_2 - y)(1 - h_2^2)(x_2 + w (1 - h_1^2) x_1)$$\n", "✓");
        // the gradient truncated to the last step
        check(twoSteps + "$$\\frac{\\partial L}{\\partial u} = (h_2 - y)(1 - h_2^2) x_2$$\n", "✗");
        check(twoSteps + "$$\\frac{\\partial L}{\\partial h_0} = (h_2 - y)(1 - h_2^2) w (1 - h_1^2) w$$\n", "✓");
    }
}
