package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A derivative of a recurrence's step read with the earlier state held fixed ({@link OneStepReadings}): proven as the
 * one-step derivative, and said so; undecided where the document means the derivative through time by the same notation
 * (it writes ∂h_{t−1}/∂u in another line) or where the recurrence is summed over its own index (a loss Σ_t, whose one-step
 * gradient is truncated); false only where it is false through time too.
 */
class OneStepDerivativesTest {
    private static final String RNN = "$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n$$L = \\sum_{t=1}^{T} \\frac{1}{2}(h_t - y_t)^2$$\n\n";
    private static final String ONE_STEP = "$$\\frac{\\partial h_t}{\\partial u} = (1 - h_t^2) x_t$$\n\n";
    private static final String THROUGH_TIME =
            "$$\\frac{\\partial h_t}{\\partial u} = (1-h_t^2)\\left(x_t + w\\frac{\\partial h_{t-1}}{\\partial u}\\right)$$\n\n";

    private static CheckedDocument check(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    private static void assertMarks(String marks, String text) {
        CheckedDocument d = check(text);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    private static String details(String text) {
        return check(text).equations().stream().flatMap(e -> e.verdicts().stream())
                .map(v -> v.detail() + " " + v.notes()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void aOneStepDerivativeAloneIsProvenAndSaysSo() {
        assertMarks("✓", RNN + ONE_STEP);
        assertTrue(details(RNN + ONE_STEP).contains("one-step derivative"), () -> details(RNN + ONE_STEP));
    }

    @Test
    void besideTheDerivativeThroughTimeTheOneStepFormIsUndecided() {
        // the document means ∂h_t/∂u through time (line 9): the same notation without the recursion leaves terms out
        assertMarks("?✓", RNN + ONE_STEP + THROUGH_TIME);
        assertMarks("✓?", RNN + THROUGH_TIME + ONE_STEP);
        assertTrue(details(RNN + ONE_STEP + THROUGH_TIME).contains("writes the derivative by u through dh_{t-1}/du"),
                () -> details(RNN + ONE_STEP + THROUGH_TIME));
        // a wrong one-step form stays false: false with h_{t−1} fixed is false for some history too
        assertMarks("✗✓", RNN + "$$\\frac{\\partial h_t}{\\partial u} = (1 - h_t^2) u$$\n\n" + THROUGH_TIME);
    }

    @Test
    void theTextSayingTheEarlierStateIsHeldFixedKeepsTheOneStepForm() {
        assertMarks("✓✓", RNN + "Holding $h_{t-1}$ fixed, the immediate derivative is\n\n" + ONE_STEP + "Through time:\n\n" + THROUGH_TIME);
        assertMarks("✓✓", RNN + "The immediate partial derivative:\n\n" + ONE_STEP + THROUGH_TIME);
        assertMarks("✓✓", RNN + "$$\\frac{\\partial^+ h_t}{\\partial u} = (1 - h_t^2) x_t$$\n\n" + THROUGH_TIME);
    }

    @Test
    void theInputOfTheSameStepIsNoOneStepReading() {
        // h_{t−1} does not depend on x_t: the derivative is the same either way
        String text = RNN + "$$\\frac{\\partial h_t}{\\partial x_t} = u (1 - h_t^2)$$\n\n"
                + "$$\\frac{\\partial h_t}{\\partial w} = (1-h_t^2)\\left(h_{t-1} + w\\frac{\\partial h_{t-1}}{\\partial w}\\right)$$\n\n";
        assertMarks("✓✓", text);
        assertTrue(!details(text).contains("one-step"), () -> details(text));
    }

    @Test
    void aLossSummedOverTimeIsNotDifferentiatedOneStepAtATime() {
        String truncated = "$$\\frac{\\partial L}{\\partial u} = \\sum_{t=1}^{T} (h_t - y_t)(1 - h_t^2) x_t$$\n\n";
        assertMarks("?", RNN + truncated);
        assertTrue(details(RNN + truncated).contains("truncated to one step"), () -> details(RNN + truncated));
        // unless the text says that the truncated gradient is meant
        assertMarks("✓", RNN + "The gradient truncated to one step:\n\n" + truncated);
        // a parameter the recurrence does not use is no one-step reading
        String output = "$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n$$L = \\sum_{t=1}^{T} \\frac{1}{2}(v h_t - y_t)^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial v} = \\sum_{t=1}^{T} (v h_t - y_t) h_t$$\n\n";
        assertMarks("✓", output);
    }

    @Test
    void aLossAtTheLastStepIsNotDifferentiatedOneStepEither() {
        // L = ½(h_T − y)²: holding h_{T−1} fixed truncates the gradient of the sequence's loss; was proven (a WRONG ✓)
        String last = "For $t = 1, \\dots, T$,\n\n$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n$$L = \\frac{1}{2}(h_T - y)^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = (h_T - y)(1 - h_T^2) h_{T-1}$$\n\n";
        assertMarks("?", last);
        assertTrue(details(last).contains("truncated to one step"), () -> details(last));
        // the one step's own derivative, said to be immediate, stays proven
        assertMarks("✓", "For $t = 1, \\dots, T$,\n\n$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\nThe immediate derivative of the last step is\n\n"
                + "$$\\frac{\\partial h_T}{\\partial w} = (1 - h_T^2) h_{T-1}$$\n\n");
    }

    @Test
    void anEarlierInputIsReachedOnlyThroughTime() {
        // ∂h_t/∂x_{t−1} is 0 with h_{t−1} held fixed; through time it is w(1 − h_t²) u (1 − h_{t−1}²), which the
        // checker reaches by unrolling the step before (ThroughTimeDerivativesTest): it was ? before
        String text = "$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n"
                + "$$\\frac{\\partial h_t}{\\partial x_{t-1}} = w (1 - h_t^2) u (1 - h_{t-1}^2)$$\n\n";
        assertMarks("✓", text);
        assertMarks("✗", "$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n$$\\frac{\\partial h_t}{\\partial x_{t-1}} = 0$$\n\n");
        // written with the earlier term's derivative, it is checked for every value of it
        assertMarks("✓", "$$h_t = \\tanh(w h_{t-1} + u x_t)$$\n\n"
                + "$$\\frac{\\partial h_t}{\\partial x_{t-1}} = w (1 - h_t^2) \\frac{\\partial h_{t-1}}{\\partial x_{t-1}}$$\n\n");
    }
}
