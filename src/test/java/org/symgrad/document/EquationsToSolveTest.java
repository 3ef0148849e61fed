package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A display the prose asks to solve, "Solve $$x^2 - 1 = 0$$", "Find the roots of $$…$$", is an equation for the values where
 * it holds, not an identity ({@link EquationsToSolve}): with x given a value above ("Let $x = \cos t$"), it was ✗ 'false at
 * t = 0.885'; now it is not checked ('–'). A step the prose does not ask to solve stays false.
 */
class EquationsToSolveTest {
    private static final String COS = "Let $x = \\cos t$. Then\n\n$$\\frac{d}{dt} x^2 = -2 \\cos t \\sin t.$$\n\n";

    @Test
    void anEquationToSolveIsNoIdentity() {
        for (String asked : new String[] {"Solve", "Find the roots of", "Find $t$ such that"}) {
            check(COS + asked + "\n\n$$x^2 - 1 = 0$$\n", "✓–");
        }
    }

    @Test
    void aFalseStepNotAskedToSolveStaysFalse() {
        check(COS + "Hence\n\n$$\\frac{d}{dt} x^2 = 2 \\cos t \\sin t$$\n", "✓✗");
    }
}
