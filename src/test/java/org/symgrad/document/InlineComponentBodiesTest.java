package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * An inline definition of a component at a whole-number index reads the inline definitions its body uses, as any other
 * inline definition does: {@code $\hat x_1 = x_1 - \mu$} beside the mean {@code $\mu = \frac{x_1 + x_2}{2}$}. Was: the
 * mean left a value of its own, so ∂x̂_1/∂x_1 was 1: the right ½ and −½ were ✗ and the slip 1 was ✓.
 */
class InlineComponentBodiesTest {
    @Test
    void aCenteredInputReadsTheMeanItSubtracts() {
        String centred = """
                With two inputs $x_1, x_2$, the mean is $\\mu = \\frac{x_1 + x_2}{2}$ and the normalised value is $\\hat x_1 = x_1 - \\mu$.

                Hence
                $$\\frac{\\partial \\hat x_1}{\\partial x_1} = \\frac{1}{2}$$
                and
                $$\\frac{\\partial \\hat x_1}{\\partial x_2} = -\\frac{1}{2}.$$

                Wrong:
                $$\\frac{\\partial \\hat x_1}{\\partial x_1} = 1.$$
                """;
        check(centred, "✓✓✗");
    }

    @Test
    void theMeanMayBeAnnouncedInAnEarlierSentence() {
        String twoSentences = """
                Let $m = \\frac{1}{2}(x_1 + x_2)$. Define the centred outputs $y_1 = x_1 - m$ and $y_2 = x_2 - m$.

                $$\\frac{\\partial y_1}{\\partial x_1} = \\frac{1}{2}$$

                $$\\frac{\\partial y_2}{\\partial x_1} = -\\frac{1}{2}$$

                $$\\frac{\\partial y_2}{\\partial x_1} = 0$$
                """;
        check(twoSentences, "✓✓✗");
    }
}
