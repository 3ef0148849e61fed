package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The sine and cosine of a whole multiple of one angle, {@code \sin 2x}, {@code \cos 3\theta}, are written by the angle-sum
 * identities (sin 2x = sin(x + x)), so that the double- and triple-angle formulas are proven, not only equal at every sampled
 * point; a wrong variant stays false.
 */
class MultipleAnglesTest {

    @Test
    void doubleAndTripleAngleFormulasAreProven() {
        // was: ≈ "equal at every sampled point; not proven symbolically"
        assertMarks("✓", "$$2\\sin x\\cos x = \\sin 2x$$\n");
        assertMarks("✓", "$$\\cos 2x = 1 - 2\\sin^2 x$$\n");
        assertMarks("✓", "$$\\cos(2\\theta) = \\cos^2\\theta - \\sin^2\\theta$$\n");
        assertMarks("✓", "$$\\sin 3x = 3\\sin x - 4\\sin^3 x$$\n");
        assertMarks("✓", "$$\\cos 3\\theta = 4\\cos^3\\theta - 3\\cos\\theta$$\n");
        assertMarks("✓", "$$\\tan 2x = \\frac{2\\tan x}{1 - \\tan^2 x}$$\n");
        assertMarks("✓", "$$\\sin(4x) = 4\\sin x\\cos x\\,(1 - 2\\sin^2 x)$$\n");
        assertMarks("✓", "$$\\sin(-2x) = -2\\sin x\\cos x$$\n");
        // in a derivative's chain
        assertMarks("✓✓", "$$\\frac{d}{dx}\\sin^2 x = 2\\sin x\\cos x = \\sin 2x$$\n");
        // wrong variants
        assertMarks("✗", "$$\\frac{d}{dx}\\sin^2 x = \\cos 2x$$\n");
        assertMarks("✗", "$$\\sin 2x = 2\\sin x$$\n");
        assertMarks("✗", "$$\\cos 2x = 1 - \\sin^2 x$$\n");
        assertMarks("✗", "$$\\sin 3x = 3\\sin x - 3\\sin^3 x$$\n");
    }
}
