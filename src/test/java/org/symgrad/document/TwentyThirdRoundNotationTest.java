package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-three ({@code fresh-homework}, from {@code atkins-van-der-waals-isotherm.md} on in
 * the README's table) and the gaps it set out to close. An infinity that is the whole of a letter's subscript,
 * von Bertalanffy's asymptotic length {@code L_\\infty} or {@code L_{\\infty}}, is a label of the name, as
 * {@code x_{\\min}} is: it could not be read ("'_' needs a script after it", "a subscript holds indices … not \\infty")
 * and every step that wrote it was skipped ({@code SubscriptWords}). A norm's {@code \\|x\\|_\\infty} and a limit's
 * {@code \\sum_{k=0}^{\\infty}} are not names and stay as they were.
 */
class TwentyThirdRoundNotationTest {
    private static final String GROWTH = "$$L(t) = L_\\infty \\left( 1 - e^{-K (t - t_0)} \\right)$$\n\n";

    @Test
    void anInfinityAsTheWholeSubscriptOfALetterIsALabel() {
        assertMarks("✓", GROWTH + "$$\\frac{\\partial L}{\\partial K} = L_\\infty (t - t_0) e^{-K (t - t_0)}$$\n");
        assertMarks("✓", GROWTH + "$$\\frac{\\partial L}{\\partial L_{\\infty}} = 1 - e^{-K (t - t_0)}$$\n");
        assertMarks("✗", GROWTH + "$$\\frac{\\partial L}{\\partial t_0} = L_\\infty K e^{-K (t - t_0)}$$\n");
        assertMarks("✓", GROWTH + "$$\\frac{\\partial L}{\\partial t_0} = -L_{\\infty} K e^{-K (t - t_0)}$$\n");
        // a Greek letter's too, and the label is another name than the letter itself
        assertMarks("✓✓", "$$h(\\theta) = \\theta_\\infty \\theta^2$$\n\n$$\\frac{d h}{d \\theta} = 2 \\theta_\\infty \\theta$$\n\n"
                + "$$\\frac{\\partial h}{\\partial \\theta_{\\infty}} = \\theta^2$$\n");
    }

    @Test
    void aNormOrALimitAtInfinityIsNoLabel() {
        assertMarks("–", "$$f = \\|x\\|_\\infty$$\n\n$$f = 1$$\n");
        assertMarks("–", "$$s = \\sum_{k=0}^{\\infty} a^k$$\n\n$$s = 1$$\n");
    }
}
