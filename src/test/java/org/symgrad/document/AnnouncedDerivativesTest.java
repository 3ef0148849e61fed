package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A name the prose defines in announced inline math as the derivative of a defined name ("define the gradient $g = \partial L /
 * \partial w$") is what the displays after it claim to compute, not a name they define: each is checked against the derivative.
 * Before, the first display defined g, and a wrong first attempt made the right step after it ✗ (WRONG).
 */
class AnnouncedDerivativesTest {
    private static final String LOSS = "Let\n$$L = (w x - y)^2$$\nand define the gradient $g = \\partial L / \\partial w$. ";

    @Test
    void aDisplayAfterTheDerivativesNameIsAClaim() {
        // was: (g defined) ✗ on the right second display
        assertMarks("✗✓", LOSS + "A first attempt gives\n$$g = (w x - y) x$$\nbut the correct expression is\n$$g = 2(w x - y) x$$\n");
        assertMarks("✓✗", LOSS + "Then\n$$g = 2(w x - y) x$$\nA slip:\n$$g = (w x - y) x$$\n");
    }

    @Test
    void anErrorTermOfAChainIsChecked() {
        // was: the first display defined δ_j, unchecked
        assertMarks("✓✓✗", "With the cost\n$$C = \\frac{1}{2} \\sum_j (a_j - y_j)^2, \\quad a_j = \\sigma(z_j),$$\n"
                + "define the error $\\delta_j = \\partial C / \\partial z_j$. By the chain rule\n$$\\delta_j = (a_j - y_j) \\sigma'(z_j)$$\n"
                + "hence\n$$\\delta_j = (a_j - y_j) a_j (1 - a_j)$$\nA slip:\n$$\\delta_j = (a_j - y_j) a_j$$\n");
    }
}
