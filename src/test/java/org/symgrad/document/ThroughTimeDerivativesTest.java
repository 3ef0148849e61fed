package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A derivative of a recurrence's term by a term of an earlier step ({@code \frac{\partial h_t}{\partial h_{t-2}}},
 * {@code \frac{\partial h_{t+1}}{\partial x_t}}) goes through the steps between, which the recurrence computes: each is
 * checked exactly, unrolled, since a step before the variable's does not depend on it. The one-step derivatives, with
 * the state of the step before held fixed ({@code \frac{\partial c_t}{\partial c_{t-1}} = f_t} of an LSTM), read as
 * before. The checker samples every step numerically: that is the oracle.
 */
class ThroughTimeDerivativesTest {
    private static final String RNN = "$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n";

    @Test
    void aDerivativeByAnEarlierInputGoesThroughTheStepsBetween() {
        // was ? ("the derivative through time is not checked")
        FreshNotationTest.assertMarks("✓", RNN + "$$\\frac{\\partial h_{t+1}}{\\partial x_t} = w u (1 - h_{t+1}^2)(1 - h_t^2)$$\n");
        FreshNotationTest.assertMarks("✗", RNN + "$$\\frac{\\partial h_{t+1}}{\\partial x_t} = u (1 - h_{t+1}^2)(1 - h_t^2)$$\n");
        FreshNotationTest.assertMarks("✓", RNN + "$$\\frac{\\partial h_t}{\\partial x_{t-1}} = w u (1 - h_t^2)(1 - h_{t-1}^2)$$\n");
        // the input of the step itself, and a later one, as before
        FreshNotationTest.assertMarks("✓", RNN + "$$\\frac{\\partial h_t}{\\partial x_t} = u (1 - h_t^2)$$\n");
        FreshNotationTest.assertMarks("✓", RNN + "$$\\frac{\\partial h_t}{\\partial x_{t+1}} = 0$$\n");
        String linear = "$$s_t = a s_{t-1} + b x_t$$\n\n";
        FreshNotationTest.assertMarks("✓", linear + "$$\\frac{\\partial s_t}{\\partial x_{t-3}} = a^3 b$$\n");
        FreshNotationTest.assertMarks("✗", linear + "$$\\frac{\\partial s_t}{\\partial x_{t-3}} = a^2 b$$\n");
    }

    @Test
    void aDerivativeByAnEarlierStateGoesThroughTheStepsBetween() {
        // was ✗ "the left side is 0": h_{t-1} was held fixed, as if it did not depend on h_{t-2}
        FreshNotationTest.assertMarks("✓", RNN + "$$\\frac{\\partial h_t}{\\partial h_{t-2}} = w^2 (1 - h_t^2)(1 - h_{t-1}^2)$$\n");
        FreshNotationTest.assertMarks("✗", RNN + "$$\\frac{\\partial h_t}{\\partial h_{t-2}} = w (1 - h_t^2)(1 - h_{t-1}^2)$$\n");
        FreshNotationTest.assertMarks("✓", "$$s_t = a s_{t-1} + b x_t$$\n\n$$\\frac{\\partial s_{t+1}}{\\partial s_{t-1}} = a^2$$\n");
    }

    @Test
    void theStateOfTheStepBeforeIsHeldTogether() {
        String lstm = "$$f_t = \\sigma(w_f h_{t-1} + u_f x_t)$$\n\n$$i_t = \\sigma(w_i h_{t-1} + u_i x_t)$$\n\n"
                + "$$g_t = \\tanh(w_g h_{t-1} + u_g x_t)$$\n\n$$o_t = \\sigma(w_o h_{t-1} + u_o x_t)$$\n\n"
                + "$$c_t = f_t c_{t-1} + i_t g_t$$\n\n$$h_t = o_t \\tanh(c_t)$$\n\n";
        FreshNotationTest.assertMarks("✓", lstm + "$$\\frac{\\partial c_t}{\\partial c_{t-1}} = f_t$$\n");
        FreshNotationTest.assertMarks("✓", lstm + "$$\\frac{\\partial h_t}{\\partial c_{t-1}} = o_t (1 - \\tanh^2(c_t)) f_t$$\n");
        FreshNotationTest.assertMarks("✓", lstm + "$$\\frac{\\partial c_{t+1}}{\\partial c_t} = f_{t+1}$$\n");
        // through two steps, c_{t-1} also reaches the gates of step t through h_{t-1}: the product of the forget gates
        // is the direct path (the product of the one-step derivatives above), not the total derivative; the notation does
        // not say which is meant (was ✗)
        String direct = FreshNotationTest.marks(lstm + "$$\\frac{\\partial c_t}{\\partial c_{t-2}} = f_t f_{t-1}$$\n");
        assertTrue(direct.startsWith("?") && direct.contains("direct path through c alone, with h held fixed"), direct);
        // false along both paths: decided
        FreshNotationTest.assertMarks("✗", lstm + "$$\\frac{\\partial c_t}{\\partial c_{t-2}} = f_t$$\n");
        FreshNotationTest.assertMarks("✗", lstm + "$$\\frac{\\partial c_t}{\\partial c_{t-2}} = f_t + f_{t-1}$$\n");
        // a path through an input of one step is not a direct path: checked as the total derivative
        FreshNotationTest.assertMarks("✗", lstm + "$$\\frac{\\partial c_t}{\\partial x_{t-1}} = f_t \\frac{\\partial c_{t-1}}{\\partial x_{t-1}}$$\n");
    }
}
