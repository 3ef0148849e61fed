package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-nine ({@code fresh-homework}) and the leftovers of round twenty-eight, with the wrong
 * verdicts they showed. A name written primed as a quantity of its own, a resistance per unit length {@code R'(r) = …} that
 * the document differentiates itself ({@code \frac{dR'}{dr}}), is the name R' ({@code PrimedQuantities}: it was the
 * derivative of an R nothing defines, and every step was undecided).
 */
class TwentyNinthRoundNotationTest {
    private static final String PER_LENGTH = "Per unit length the resistance is\n\n"
            + "$$R'(r) = \\frac{\\ln(r / a)}{2 \\pi k} + \\frac{1}{2 \\pi r h}$$\n\n";

    @Test
    void aPrimedNameTheDocumentDifferentiatesItselfIsAQuantityNotADerivative() {
        assertMarks("✓", PER_LENGTH + "$$\\frac{d R'}{d r} = \\frac{1}{2 \\pi k r} - \\frac{1}{2 \\pi r^2 h}$$\n");
        assertMarks("✗", PER_LENGTH + "$$\\frac{d R'}{d r} = \\frac{1}{2 \\pi k r} + \\frac{1}{2 \\pi r^2 h}$$\n");
        assertMarks("✓", PER_LENGTH + "$$\\frac{d^2 R'}{d r^2} = -\\frac{1}{2 \\pi k r^2} + \\frac{1}{\\pi r^3 h}$$\n");
        // where the bare name is defined, its primed form stays its derivative
        assertMarks("✓✓", "$$R(r) = r^3$$\n\n$$R'(r) = 3 r^2$$\n\n$$\\frac{d R'}{d r} = 6 r$$\n");
        assertMarks("✗", "$$R(r) = r^3$$\n\n$$R'(r) = 3 r$$\n");
    }

    private static final String DISTORTION = "$$J = \\sum_{n=1}^{N} \\sum_{k=1}^{K} r_{nk} (x_n - \\mu_k)^2$$\n\n"
            + "which is a gradient step on the single-point distortion $J_n = \\frac{1}{2} (x_n - \\mu_k)^2$, since\n\n";

    @Test
    void anInlineEntryOfANameTheDisplaysDefineAsOneNumberIsAQuantityOfItsOwn() {
        // J_n beside the displayed J: the inline J_n was only named, as J is displayed, and a wrong sign stayed undecided
        assertMarks("✗", DISTORTION + "$$\\frac{\\partial J_n}{\\partial \\mu_k} = x_n - \\mu_k$$\n");
        assertMarks("✓", DISTORTION + "$$\\frac{\\partial J_n}{\\partial \\mu_k} = \\mu_k - x_n$$\n");
        // the displayed J itself is still the display's
        assertMarks("✓", DISTORTION + "$$\\frac{\\partial J}{\\partial \\mu_j} = -2 \\sum_{n=1}^{N} r_{nj} (x_n - \\mu_j)$$\n");
    }

    private static final String DISPERSION = "$$E(p) = \\sqrt{p^2 c^2 + m^2 c^4}$$\n\n"
            + "$$v_g = \\frac{dE}{dp} = \\frac{p c^2}{E}$$\n\n"
            + "With $E = \\gamma m c^2$ and $p = \\gamma m v$ this is just $v$. The kinetic energy $T = E - mc^2$ has\n\n";

    @Test
    void anInlineValueOfADisplayFunctionsParameterIsNotReadInAStepDifferentiatingByIt() {
        // p = γmv read as p's definition (its v the displayed v_g) made dT/dp undecided, T's own inline definition with it
        assertMarks("✓✓", DISPERSION + "$$\\frac{dT}{dp} = \\frac{p c^2}{\\sqrt{p^2 c^2 + m^2 c^4}}$$\n");
        assertMarks("✓✗", DISPERSION + "$$\\frac{dT}{dp} = \\frac{p c^2}{p^2 c^2 + m^2 c^4}$$\n");
    }
}
