package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An update rule ({@code \theta_j := \theta_j + \alpha(…)}, its left name on its right side) is a step of an iteration: no
 * definition of the name, inline or in a display, and no equation to check (was: inline, 'theta is defined only in inline
 * math (line 7: …)'; as a display, a recursive definition of θ that left every later step using θ unread).
 */
class UpdateRulesTest {
    private static final String LOSS = "The log-likelihood for one example is $\\ell(\\theta) = y\\,\\theta^T x - e^{\\theta^T x}$.\n\n"
            + "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{\\theta^T x})x_j$$\n\n";
    private static final String HESSIAN = "The Hessian is\n"
            + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k} = -e^{\\theta^T x} x_j x_k$$\n";

    @Test
    void anInlineUpdateIsNoDefinition() {
        CheckedDocument d = PublicInputsTest.check(LOSS + "The update is therefore $\\theta_j := \\theta_j + \\alpha(y - e^{\\theta^T x})x_j$.\n\n"
                + HESSIAN, "✓✓");
        assertFalse(PublicInputsTest.describe(d).contains("inline math"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void anInlineUpdateIsNamedInNoHint() {
        // ℓ left undefined: the hint no longer points at the update as θ's definition
        CheckedDocument d = PublicInputsTest.check("$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{\\theta^T x})x_j$$\n\n"
                + "The update is therefore $\\theta_j := \\theta_j + \\alpha(y - e^{\\theta^T x})x_j$.\n", "?");
        assertFalse(PublicInputsTest.describe(d).contains("theta is defined only in inline math"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aDisplayedUpdateIsNotChecked() {
        CheckedDocument d = PublicInputsTest.check(LOSS + "The update is therefore\n"
                + "$$\\theta_j := \\theta_j + \\alpha(y - e^{\\theta^T x})x_j$$\n\n" + HESSIAN, "✓–✓");
        assertTrue(PublicInputsTest.describe(d).contains("an update rule"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aDisplayedUpdateWithEqualsIsNotChecked() {
        PublicInputsTest.check("$$L = (w - 3)^2$$\n\n$$\\frac{dL}{dw} = 2(w - 3)$$\n\nGradient descent:\n"
                + "$$w = w - 2\\eta(w - 3)$$\n\n$$\\frac{d^2 L}{dw^2} = 2$$\n", "✓–✓");
    }

    @Test
    void aWrongStepBesideAnUpdateIsFalse() {
        PublicInputsTest.check(LOSS.replace("x_j$$", "$$") + "The update is therefore\n"
                + "$$\\theta_j := \\theta_j + \\alpha(y - e^{\\theta^T x})x_j$$\n\n" + HESSIAN.replace("-e^", "e^"), "✗–✗");
    }
}
