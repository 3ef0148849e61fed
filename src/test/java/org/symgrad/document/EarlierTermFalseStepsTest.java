package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, checker15 item 4: a backpropagation-through-time step that drops a factor is false, not undecided.
 * With {@code h_t = tanh(w h_{t−1} + u x_t)} the derivative of the earlier state, D = ∂h_{t−1}/∂u, is an unknown
 * value; where it enters both sides linearly the step is {@code α + β·D = 0}, false for some D wherever α or β is
 * not 0, and a sampled point where the sides differ gives the value of ∂h_{t−1}/∂u it takes. Where D enters
 * nonlinearly the step stays undecided, with words that say why.
 */
class EarlierTermFalseStepsTest {
    private static final String MODEL = "\\begin{align}\nh_t &= \\tanh(w h_{t-1} + u x_t) \\\\\n"
            + "L &= \\sum_{t=1}^{T} \\frac{1}{2}(h_t - y_t)^2\n\\end{align}\n";

    private static CheckedDocument check(String... equations) {
        StringBuilder body = new StringBuilder(MODEL);
        for (String e : equations) {
            body.append("\\begin{equation}\n").append(e).append("\n\\end{equation}\n");
        }
        return DocumentChecker.check(body.toString(), DocumentKind.LATEX, DocumentOptions.NONE);
    }

    private static void assertMarks(String marks, String... equations) {
        CheckedDocument d = check(equations);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    @Test
    void theFactorDroppedBeforeTheRecursionIsFalseAtANamedValueOfTheEarlierDerivative() {
        CheckedDocument d = check("\\frac{\\partial h_t}{\\partial u} = (1-h_t^2) x_t + w\\frac{\\partial h_{t-1}}{\\partial u}");
        assertEquals("✗", PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        String detail = d.verdicts().get(0).detail();
        assertTrue(detail.startsWith("dhdu1 stands for ∂h_{t-1}/∂u, which the step leaves free"), detail);
        // the head's own derivative is the one-step one: it is not offered as the step's correct right side
        assertFalse(detail.contains("expected"), detail);
    }

    @Test
    void rightStepsThroughTheEarlierStateStayProven() {
        assertMarks("✓✓✓",
                "\\frac{\\partial h_t}{\\partial u} = (1-h_t^2)\\left(x_t + w\\frac{\\partial h_{t-1}}{\\partial u}\\right)",
                "\\frac{\\partial h_t}{\\partial u} = (1-h_t^2) x_t + (1-h_t^2) w\\frac{\\partial h_{t-1}}{\\partial u}",
                "\\frac{\\partial h_t}{\\partial w} = (1-h_t^2)\\left(h_{t-1} + w\\frac{\\partial h_{t-1}}{\\partial w}\\right)");
    }

    @Test
    void otherWrongStepsThroughTheEarlierStateAreFalse() {
        assertMarks("✗✗✗",
                // the recurrent weight dropped
                "\\frac{\\partial h_t}{\\partial w} = (1-h_t^2)\\left(h_{t-1} + \\frac{\\partial h_{t-1}}{\\partial w}\\right)",
                // the local term dropped
                "\\frac{\\partial h_t}{\\partial u} = (1-h_t^2)\\, w\\frac{\\partial h_{t-1}}{\\partial u}",
                // the earlier derivative by the wrong parameter
                "\\frac{\\partial h_t}{\\partial u} = (1-h_t^2)\\left(x_t + w\\frac{\\partial h_{t-1}}{\\partial w}\\right)");
    }

    @Test
    void anEarlierDerivativeThatEntersNonlinearlyStaysUndecided() {
        CheckedDocument d = check("\\frac{\\partial h_t}{\\partial u} = (1-h_t^2)\\left(x_t + w\\left(\\frac{\\partial h_{t-1}}{\\partial u}\\right)^2\\right)");
        assertEquals("?", PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        assertTrue(d.verdicts().get(0).detail().contains("does not enter the step linearly"), d.verdicts().get(0).detail());
    }
}
