package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "For a mini-batch let $$\mu = …$$ and $\hat{x}_i = …$, $y_i = …$": prose that goes on ("and", ",") from a display a
 * word announced is announced by the same word, and a step reads every inline definition its names reach, through
 * the definitions it reads (g_i = ∂L/∂y_i, then y_i, then x̂_i).
 */
class ContinuedAnnouncementTest {
    private static final String STATS = "$$\\mu = \\frac{1}{m} \\sum_{i=1}^m x_i, \\qquad \\sigma^2 = \\frac{1}{m} \\sum_{i=1}^m (x_i - \\mu)^2$$";
    private static final String GAMMA = "$$\\frac{\\partial L}{\\partial \\gamma} = \\sum_{i=1}^m g_i \\hat{x}_i$$\n";
    private static final String VARIANCE = "$$\\frac{\\partial L}{\\partial \\sigma^2} = \\sum_{i=1}^m g_i \\gamma (x_i - \\mu) "
            + "\\cdot \\left(-\\frac{1}{2}\\right) (\\sigma^2 + \\epsilon)^{-3/2}$$\n";

    private static CheckedDocument checked(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d;
    }

    private static String batchNorm(String announce, String display, String joiner) {
        return "For a mini-batch $x_1, \\dots, x_m$ " + announce + "\n\n" + display + "\n\n" + joiner
                + " $\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$, $y_i = \\gamma \\hat{x}_i + \\beta$.\n\n"
                + "Given the upstream gradient $g_i = \\frac{\\partial L}{\\partial y_i}$:\n\n";
    }

    @Test
    void proseGoingOnFromAnAnnouncedDisplayIsAnnouncedToo() {
        for (String[] spelling : new String[][] {{"let", STATS, "and"}, {"we define", STATS, ","},
                {"let", STATS.replace("$$", "").replaceFirst("^", "\\\\[") + "\\]", "and"}}) {
            String doc = batchNorm(spelling[0], spelling[1], spelling[2]);
            CheckedDocument d = checked(doc + GAMMA + "\n" + VARIANCE, "✓✓");
            assertTrue(d.verdicts().get(1).detail().contains("read with the inline definition of xhat (line 5:"),
                    d.verdicts().get(1).detail());
            // the exponent slipped to −1/2, and γ's sum without x̂: false
            checked(doc + VARIANCE.replace("{-3/2}", "{-1/2}"), "✗");
            checked(doc + GAMMA.replace(" \\hat{x}_i$$", "$$"), "✗");
        }
    }

    @Test
    void proseGoingOnFromADisplayNoWordAnnouncedIsNotAnnounced() {
        // "we compute" announces nothing: the inline formulas only prove a step, never make one false
        String doc = batchNorm("we compute", STATS, "and");
        checked(doc + GAMMA.replace(" \\hat{x}_i$$", "$$"), "?");
        checked(doc + VARIANCE.replace("{-3/2}", "{-1/2}"), "?");
    }
}
