package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A derivative by a recurrence's later term at a number ({@code ∂h_2/∂h_1}, {@code ∂L/∂h_1} of h_t = tanh(w h_{t-1} + u x_t))
 * takes that term as the variable: the later terms expand down to it (h_2 = tanh(w h_1 + u x_2)), as backpropagation through
 * time does. Was: h_2 kept whole as a name of its own, so both derivatives were 0 and the right BPTT steps ✗ ("expected 0").
 */
class LaterRecurrenceTermsTest {
    private static final String RNN = "A scalar RNN:\n$$h_t = \\tanh(w h_{t-1} + u x_t)$$\nand the loss\n$$L = \\frac{1}{2}(h_2 - y)^2$$\n";

    @Test
    void aDerivativeByAnEarlierEntryGoesThroughTheLaterOnes() {
        check(RNN + "Then\n$$\\frac{\\partial h_2}{\\partial h_1} = (1 - h_2^2) w$$\n$$\\frac{\\partial h_2}{\\partial h_1} = (1 + h_2^2) w$$\n", "✓✗");
        check(RNN + "Then\n$$\\frac{\\partial L}{\\partial h_2} = h_2 - y$$\n$$\\frac{\\partial L}{\\partial h_1} = (h_2 - y)(1 - h_2^2) w$$\n"
                + "$$\\frac{\\partial L}{\\partial h_1} = (h_2 - y) w$$\n", "✓✓✗");
    }

    @Test
    void withAnInitialValueToo() {
        check("A scalar RNN:\n$$h_t = \\tanh(a_t), \\qquad a_t = w h_{t-1} + u x_t$$\nwith $h_0 = 0$. Then\n"
                + "$$\\frac{\\partial h_2}{\\partial h_1} = (1 - h_2^2) w$$\n$$\\frac{\\partial h_1}{\\partial w} = 0$$\n", "✓✓");
    }
}
