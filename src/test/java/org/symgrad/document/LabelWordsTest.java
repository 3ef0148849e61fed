package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A label's values named by words ("label $y$ (1 similar, 0 dissimilar)", "$y = 0$ for dissimilar pairs") and a later case
 * stated by such a word ("For a dissimilar pair with $d < m$:") set the label for the display below ({@link LabelWords}).
 * Was: the contrastive loss's right −2(1 − y)(m − d) for a dissimilar pair, true only at y = 0, was ✗ (wrong).
 */
class LabelWordsTest {
    private static final String LOSS = "$$L = y d^2 + (1 - y)\\max(0, m - d)^2$$\n\n";

    @Test
    void aWordListedWithTheLabelSetsItsValue() {
        String named = "For a pair at distance $d$ with label $y$ (1 similar, 0 dissimilar) and margin $m$,\n" + LOSS;
        check(named + """
                For a dissimilar pair with $d < m$:
                $$\\frac{\\partial L}{\\partial d} = -2(1 - y)(m - d)$$

                For a dissimilar pair with $d < m$:
                $$\\frac{\\partial L}{\\partial d} = 2(1 - y)(m - d)$$
                """, "✓✗");
    }

    @Test
    void aGlossOfEquationsSetsTheValueToo() {
        // "($y = 1$ similar, $y = 0$ dissimilar)": was ✗✗✗, the case words bound to nothing and $y = 1$ read as y's definition
        String named = "For a pair at distance $d \\ge 0$ with label $y$ ($y = 1$ similar, $y = 0$ dissimilar) and margin $m$,\n"
                + "$$L = \\frac{1}{2} y d^2 + \\frac{1}{2}(1 - y) \\max(0, m - d)^2$$\n";
        check(named + """
                For a similar pair,
                $$\\frac{\\partial L}{\\partial d} = d$$
                For a dissimilar pair with $d < m$,
                $$\\frac{\\partial L}{\\partial d} = -(m - d)$$
                For a dissimilar pair with $d < m$,
                $$\\frac{\\partial L}{\\partial d} = m - d$$
                """, "✓✓✗");
    }

    @Test
    void aWordSaidOfTheLabelsValueSetsIt() {
        check("We write $y = 1$ for similar pairs and $y = 0$ for dissimilar pairs.\n" + LOSS + """
                For similar pairs:
                $$\\frac{\\partial L}{\\partial d} = 2 y d$$
                """, "✓");
    }

    @Test
    void anUnboundWordSetsNothing() {
        check("For a pair at distance $d$ with label $y$ and margin $m$,\n" + LOSS + """
                For a dissimilar pair with $d < m$:
                $$\\frac{\\partial L}{\\partial d} = -2(1 - y)(m - d)$$
                """, "✗");
    }
}
