package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A step about a name defined from a recurrence's current term ({@code y_t = v h_t}, Adam's
 * {@code \hat m_t = m_t / (1 - \beta^t)}) by the recurrence's earlier term speaks of step t: the earlier term
 * {@code h_{t-1}} is the step's input and the current term {@code h_t} is computed from it.
 */
class RecurrenceDependentsTest {
    private static final String LINEAR = "A linear recurrence and its read-out:\n$$h_t = w h_{t-1} + u x_t$$\n$$y_t = v h_t$$\n\n";

    @Test
    void aReadOutOfTheCurrentTermByTheEarlierTerm() {
        // was: ✗ "the left side is 0" (shifted to y_{t+1} by h_t, and h_t expanded as well)
        FreshNotationTest.assertMarks("✓✗", LINEAR + "$$\\frac{\\partial y_t}{\\partial h_{t-1}} = v w$$\n\n"
                + "$$\\frac{\\partial y_t}{\\partial h_{t-1}} = v u$$\n");
        // written a step ahead it is the same statement
        FreshNotationTest.assertMarks("✓✗", LINEAR + "$$\\frac{\\partial y_{t+1}}{\\partial h_t} = v w$$\n\n"
                + "$$\\frac{\\partial y_{t+1}}{\\partial h_t} = 2 v w$$\n");
    }

    @Test
    void adamsBiasCorrectedMomentByThePreviousMoment() {
        // was: the right step ✗ "the left side is 0"
        FreshNotationTest.assertMarks("✓✓✗", "Momentum with bias correction:\n$$m_t = \\beta m_{t-1} + (1 - \\beta) g_t$$\n"
                + "$$\\hat m_t = \\frac{m_t}{1 - \\beta^t}$$\n\n"
                + "$$\\frac{\\partial \\hat m_t}{\\partial m_{t-1}} = \\frac{\\beta}{1 - \\beta^t}$$\n\n"
                + "$$\\frac{\\partial \\hat m_t}{\\partial g_t} = \\frac{1 - \\beta}{1 - \\beta^t}$$\n\n"
                + "$$\\frac{\\partial \\hat m_t}{\\partial m_{t-1}} = \\beta$$\n");
    }

    @Test
    void adamsStepLetterAboveTheDecayRatesIsAPower() {
        // was: β_1^t and β_1^{t-1} read as labels (t a layer), so the slip was only "beta^(t) and beta^(tminus1)": ?
        String adam = "$$m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$$\n$$\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}$$\n\n";
        FreshNotationTest.assertMarks("✓✓✗", adam + "$$\\frac{\\partial \\hat m_t}{\\partial g_t} = \\frac{1 - \\beta_1}{1 - \\beta_1^t}$$\n\n"
                + "$$\\frac{\\partial \\hat m_t}{\\partial \\beta_1} = \\frac{m_{t-1} - g_t}{1 - \\beta_1^t} + \\frac{t \\beta_1^{t-1} m_t}{(1 - \\beta_1^t)^2}$$\n\n"
                + "$$\\frac{\\partial \\hat m_t}{\\partial g_t} = \\frac{1 - \\beta_1}{1 - \\beta_1^{t-1}}$$\n");
    }

    @Test
    void aNonlinearReadOutNeedNotWriteTheCurrentTerm() {
        FreshNotationTest.assertMarks("✓✗", "$$h_t = w h_{t-1} + u x_t$$\n$$y_t = \\tanh(h_t)$$\n\n"
                + "$$\\frac{\\partial y_t}{\\partial h_{t-1}} = (1 - y_t^2) w$$\n\n"
                + "$$\\frac{\\partial y_t}{\\partial h_{t-1}} = (1 - y_t^2) u$$\n");
    }

    @Test
    void anUpdateWrittenAStepAheadReadsTheOtherRecurrencesCurrentTerm() {
        // was: ∂θ_{t+1}/∂g_t through v_t ✗ (v_t, shifted to v_{t-1}, held fixed as an earlier term)
        FreshNotationTest.assertMarks("✓✓✗", "RMSprop:\n$$v_t = \\rho v_{t-1} + (1-\\rho) g_t^2$$\n"
                + "$$\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\sqrt{v_t + \\epsilon}} g_t$$\n\n"
                + "$$\\frac{\\partial \\theta_{t+1}}{\\partial g_t} = -\\frac{\\eta}{\\sqrt{v_t + \\epsilon}} + \\frac{\\eta g_t}{2 (v_t + \\epsilon)^{3/2}} \\cdot 2(1-\\rho) g_t$$\n\n"
                + "$$\\frac{\\partial \\theta_{t+1}}{\\partial v_t} = \\frac{\\eta g_t}{2(v_t + \\epsilon)^{3/2}}$$\n\n"
                + "$$\\frac{\\partial \\theta_{t+1}}{\\partial g_t} = -\\frac{\\eta}{\\sqrt{v_t + \\epsilon}}$$\n");
        // was: ? "θ_t does not depend on g_{t-1}"
        FreshNotationTest.assertMarks("✓✓✓✗", "Adam:\n$$m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$$\n"
                + "$$v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2$$\n$$\\theta_{t+1} = \\theta_t - \\frac{\\eta\\, m_t}{\\sqrt{v_t} + \\epsilon}$$\n\n"
                + "$$\\frac{\\partial \\theta_{t+1}}{\\partial m_t} = -\\frac{\\eta}{\\sqrt{v_t} + \\epsilon}$$\n\n"
                + "$$\\frac{\\partial \\theta_{t+1}}{\\partial \\theta_t} = 1$$\n\n"
                + "$$\\frac{\\partial \\theta_{t+1}}{\\partial g_t} = -\\frac{\\eta (1 - \\beta_1)}{\\sqrt{v_t} + \\epsilon} + \\frac{\\eta m_t (1-\\beta_2) g_t}{\\sqrt{v_t}(\\sqrt{v_t} + \\epsilon)^2}$$\n\n"
                + "$$\\frac{\\partial \\theta_{t+1}}{\\partial g_t} = -\\frac{\\eta (1 - \\beta_1)}{\\sqrt{v_t} + \\epsilon}$$\n");
    }

    @Test
    void aStateWrittenBeforeTheStepsInputsStaysTheEarlierState() {
        // h_t feeds the gate of step t+1 beside x_{t+1}: held fixed, so ∂c_{t+1}/∂c_t is the forget gate
        FreshNotationTest.assertMarks("✓✓✗", "An LSTM written forward:\n$$f_{t+1} = \\sigma(w_f h_t + u_f x_{t+1})$$\n"
                + "$$c_{t+1} = f_{t+1} c_t + i_{t+1} g_{t+1}$$\n$$h_{t+1} = o_{t+1} \\tanh(c_{t+1})$$\n\n"
                + "$$\\frac{\\partial c_{t+1}}{\\partial c_t} = f_{t+1}$$\n\n"
                + "$$\\frac{\\partial h_{t+1}}{\\partial c_t} = o_{t+1}(1 - \\tanh^2(c_{t+1})) f_{t+1}$$\n\n"
                + "$$\\frac{\\partial c_{t+1}}{\\partial c_t} = f_{t+1} c_t$$\n");
    }
}
