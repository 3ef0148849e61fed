package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A case the prose states of numbered components ("If $z_1 > z_2$,") that the document defines, in displays or in announced
 * inline math, is a case of their values: the steps, which expand z_1 and z_2 away, are sampled where it holds. Before, the
 * case bounded two free names the steps no longer wrote, and the right maxout gradients were ✗ (WRONG).
 */
class ComponentCasesTest {
    private static final String STEPS = "$$h = \\max(z_1, z_2)$$\nIf $z_1 > z_2$,\n$$\\frac{\\partial h}{\\partial w_1} = x$$\nand\n"
            + "$$\\frac{\\partial h}{\\partial w_2} = 0$$\nA wrong one, still for $z_1 > z_2$:\n$$\\frac{\\partial h}{\\partial w_2} = x$$\n";

    @Test
    void aCaseOfDisplayedComponentsIsACaseOfTheirValues() {
        // was: ✗✗✗
        assertMarks("✓✓✗", "$$z_1 = w_1 x + b_1$$\n$$z_2 = w_2 x + b_2$$\n" + STEPS);
    }

    @Test
    void aCaseOfInlineComponentsIsACaseOfTheirValues() {
        // was: ✗✗✗
        assertMarks("✓✓✗", "Let $z_1 = w_1 x + b_1$ and $z_2 = w_2 x + b_2$.\n\n" + STEPS);
    }
}
