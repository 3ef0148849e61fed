package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A vector the document transposes whole ({@code \theta^T x}) has entries, not labels: beside a Hessian's
 * {@code \partial \theta_j \partial \theta_k} and {@code x_j x_k}, θ_j and θ_k are entries j and k of θ (was: two labels,
 * 'ell does not depend on thetaj'); a preference pair's winner and loser keep their labels.
 */
class TransposedVectorEntriesTest {
    private static final String POISSON = "Let\n$$\\ell(\\theta) = y\\,\\theta^T x - e^{\\theta^T x}$$\nThen\n";

    @Test
    void theGradientAndTheHessianOfATransposedVector() {
        // was: ?? 'ell (defined at line 2) does not depend on thetaj as the document defines it'
        PublicInputsTest.check(POISSON
                + "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{\\theta^T x})x_j$$\n\nThe Hessian is\n"
                + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k} = -e^{\\theta^T x} x_j x_k$$\n", "✓✓");
    }

    @Test
    void wrongEntriesAreFalse() {
        PublicInputsTest.check(POISSON
                + "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{\\theta^T x})x_k$$\n\nThe Hessian is\n"
                + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k} = e^{\\theta^T x} x_j x_k$$\n", "✗✗");
    }

    @Test
    void anotherEntryLetterElsewhere() {
        // x_i written elsewhere made i and j two labels of x: entries now, as θ^\top shows
        PublicInputsTest.check("Let\n$$\\ell(\\theta) = y\\,\\theta^\\top x - e^{\\theta^\\top x}$$\nThen\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{\\theta^\\top x})x_j$$\n\n"
                + "$$q = x_i$$\n", "✓");
    }

    @Test
    void aPreferencePairKeepsItsLabels() {
        CheckedDocument d = PublicInputsTest.check("$$L = -\\log \\sigma(\\ell_w - \\ell_l)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\ell_w} = -(1 - \\sigma(\\ell_w - \\ell_l))$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\ell_l} = 1 - \\sigma(\\ell_w - \\ell_l)$$\n", "✓✓");
        assertTrue(d.verdicts().stream().noneMatch(v -> v.detail().contains("at w = l")), () -> PublicInputsTest.describe(d));
    }
}
