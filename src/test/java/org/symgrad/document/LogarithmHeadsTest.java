package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A definition written through its logarithm ({@code \log B = …}) whose later side is undecided does not refine the name by
 * that side: the side is log B's value, not B's. It ended in an internal error (exit 70) on a chain {@code \log B = B = 1}.
 */
class LogarithmHeadsTest {
    @Test
    void aLaterSideOfALogarithmsChainIsNoValueOfTheName() {
        FreshNotationTest.assertMarks("–?", "$$\\log B = B = 1$$\n");
        FreshNotationTest.assertMarks("–?", "$$\\log \\mathrm{BLEU} = a\\mathrm{BLEU} = 1 - \\frac{r}{c}$$\n");
    }
}
