package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A scalar recurrence's term by an earlier term at another letter ({@link RecurrenceJacobians}): ∂h_T/∂h_t is the product of
 * the one-step derivatives of the steps between, so backpropagation through time's products are checked, slips (a factor too
 * many, the state one step off) false; where the product is not the derivative (coupled recurrences, two steps back) the step
 * stays undecided. Before, every such step was undecided.
 */
class RecurrenceJacobiansTest {
    private static final String RNN = "The state is $h_t = \\tanh(w h_{t-1} + u x_t)$ for $t = 1, \\dots, T$.\n";

    @Test
    void theProductOfTheLocalFactorsIsTheDerivativeAcrossSteps() {
        FreshNotationTest.assertMarks("≈", RNN + "$$\\frac{\\partial h_T}{\\partial h_t} = w^{T-t} \\prod_{k=t+1}^{T} (1 - h_k^2)$$\n");
        // one factor too many, the factor one step off
        FreshNotationTest.assertMarks("✗", RNN + "$$\\frac{\\partial h_T}{\\partial h_t} = \\prod_{k=t}^{T} w\\,(1 - h_k^2)$$\n");
        FreshNotationTest.assertMarks("✗", RNN + "$$\\frac{\\partial h_T}{\\partial h_t} = \\prod_{k=t+1}^{T} w\\,(1 - h_{k-1}^2)$$\n");
        CheckedDocument d = PublicInputsTest.check(RNN + "$$\\frac{\\partial h_T}{\\partial h_t} = \\prod_{k=t+1}^{T} w\\,(1 - h_{k-1}^2)$$\n");
        String detail = d.verdicts().get(0).detail();
        assertTrue(detail.contains("read as the product of the one-step derivatives of the steps between"), detail);
        // no expected value from the reading of the two terms as unrelated entries (δ)
        assertTrue(!detail.contains("expected"), detail);
    }

    @Test
    void aNamedPreActivationAndTwoFreeLettersRead() {
        String named = "$$a_t = w h_{t-1} + u x_t$$\n$$h_t = \\sigma(a_t)$$\n";
        FreshNotationTest.assertMarks("✓", named + "$$\\frac{\\partial h_T}{\\partial h_t} = \\prod_{k=t+1}^{T} "
                + "\\frac{\\partial h_k}{\\partial a_k}\\frac{\\partial a_k}{\\partial h_{k-1}}$$\n");
        FreshNotationTest.assertMarks("✗", named + "$$\\frac{\\partial h_T}{\\partial h_t} = \\prod_{k=t+1}^{T} h_k(1-h_k)$$\n");
        FreshNotationTest.assertMarks("≈", RNN + "For two steps $s \\ge t$,\n"
                + "$$\\frac{\\partial h_s}{\\partial h_t} = \\prod_{k=t+1}^{s} w (1 - h_k^2).$$\n");
    }

    @Test
    void coupledOrDeeperRecurrencesStayUndecided() {
        // an LSTM's c and h: more than one path back
        FreshNotationTest.assertMarks("?", "$$c_t = f c_{t-1} + g \\tanh(w h_{t-1} + u x_t)$$\n$$h_t = \\tanh(c_t)$$\n"
                + "$$\\frac{\\partial h_T}{\\partial h_t} = \\prod_{k=t+1}^{T} (1-h_k^2) g w (1 - \\tanh^2(w h_{k-1} + u x_k))$$\n");
        // two steps back
        FreshNotationTest.assertMarks("?", "For $t = 1, \\dots, T$,\n$$y_t = a y_{t-1} + b y_{t-2}$$\n$$\\frac{\\partial y_T}{\\partial y_t} = \\prod_{k=t+1}^{T} a$$\n");
    }
}
