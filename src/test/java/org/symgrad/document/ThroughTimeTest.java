package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Backpropagation through time as RNN notes write it: {@code ∂h_t/∂u = (1 − h_t²)(x_t + w ∂h_{t−1}/∂u)}
 * with {@code h_t = tanh(w h_{t−1} + u x_t)}. The derivative of the earlier state was "not defined in the
 * document"; it is now an unknown value, and the step holds for every value of it exactly when it holds
 * whatever the earlier state's dependence on u is. A step that forgets the chain-rule factor is false; the
 * one-step (local) derivative that writes no earlier derivative is read as before.
 */
class ThroughTimeTest {
    private static final String MODEL = "\\begin{align}\nh_t &= \\tanh(w h_{t-1} + u x_t) \\\\\n"
            + "L &= \\sum_{t=1}^{T} \\frac{1}{2}(h_t - y_t)^2\n\\end{align}\n";

    private static void check(String body, String marks) {
        CheckedDocument d = DocumentChecker.check(MODEL + body, DocumentKind.LATEX, DocumentOptions.NONE);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    @Test
    void theTotalDerivativeThroughTheEarlierState() {
        check("\\begin{equation}\n\\frac{\\partial h_t}{\\partial u} = (1-h_t^2)\\left(x_t + w\\frac{\\partial h_{t-1}}{\\partial u}\\right)\n"
                + "\\end{equation}\n\\begin{equation}\n\\frac{\\partial h_t}{\\partial w} = (1-h_t^2)\\left(h_{t-1} + w\\frac{\\partial h_{t-1}}{\\partial w}\\right)\n"
                + "\\end{equation}\n", "✓✓");
    }

    @Test
    void aForgottenFactorIsFalse() {
        // the recurrent weight w dropped before ∂h_{t-1}/∂u: the unknown derivative enters both sides linearly and
        // the sides differ for some value of it (EarlierTermFalseStepsTest)
        check("\\begin{equation}\n\\frac{\\partial h_t}{\\partial u} = (1-h_t^2)\\left(x_t + \\frac{\\partial h_{t-1}}{\\partial u}\\right)\n"
                + "\\end{equation}\n", "✗");
    }

    @Test
    void theLocalDerivativeIsReadAsBefore() {
        check("\\begin{equation}\n\\frac{\\partial h_t}{\\partial w} = (1-h_t^2)\\, h_{t-1}\n\\end{equation}\n"
                + "\\begin{equation}\n\\frac{\\partial h_t}{\\partial h_{t-1}} = w\\,(1 - h_t^2)\n\\end{equation}\n", "✓✓");
    }
}
