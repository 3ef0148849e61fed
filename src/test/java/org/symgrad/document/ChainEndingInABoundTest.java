package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A display whose equation chain ends in a bound, {@code \frac{d^2\ell}{d\lambda^2} = -\frac{n}{\lambda^2} < 0} (the
 * concavity line of every MLE derivation), was read whole as a condition and none of its steps was checked, without a
 * word. The chain is checked as any other; the bound itself is not. A comparison inside a condition stays a condition.
 */
class ChainEndingInABoundTest {
    private static final String LOG_LIKELIHOOD = "$$\\ell(\\lambda) = n\\ln\\lambda - \\lambda\\sum_{i=1}^{n} x_i$$\n\n";

    @Test
    void theChainBeforeTheBoundIsChecked() {
        assertMarks("✓", LOG_LIKELIHOOD + "$$\\frac{d^2\\ell}{d\\lambda^2} = -\\frac{n}{\\lambda^2} < 0$$\n");
        assertMarks("✗", LOG_LIKELIHOOD + "$$\\frac{d^2\\ell}{d\\lambda^2} = -\\frac{n}{\\lambda} < 0$$\n");
        assertMarks("✓✓", "$$\\frac{d}{dx} e^{-x^2} = -2x e^{-x^2} = -2x\\,e^{-x^2} \\le 0$$\n");
    }

    @Test
    void aConditionIsStillACondition() {
        // the row's condition after \quad keeps the step to its values, as before; cases rows keep theirs
        assertMarks("✓", "$$\\frac{d}{dx}\\sqrt{x^2} = 1 \\quad \\text{for } x > 0$$\n");
        assertMarks("✓", "$$\\frac{d}{dx}\\max(0, x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x < 0 \\end{cases}$$\n");
    }
}
