package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * An upstream gradient named by a Greek capital ({@code \Delta = \frac{\partial L}{\partial Y}}) or written with nabla
 * ({@code G = \nabla_Y L}) of a matrix Y: a matrix of Y's shape, as {@code G = \frac{\partial L}{\partial Y}} is. Before, Δ was
 * read as one number and ∇_Y L as the derivative by the whole Y ("L is read as G Y, with Y whole"): every step undecided
 * and Δᵀ X unread.
 */
class GreekUpstreamGradientsTest {
    private static String layer(String upstream) {
        return "Let $Y = XW$ with $X \\in \\mathbb{R}^{n \\times d}$ and $W \\in \\mathbb{R}^{d\\times m}$, and let $" + upstream
                + "$ be the upstream gradient.\n\n";
    }

    @Test
    void aGreekCapitalUpstreamGradient() {
        String delta = layer("\\Delta = \\frac{\\partial L}{\\partial Y}");
        assertMarks("✓", delta + "$$\\frac{\\partial L}{\\partial W} = X^\\top \\Delta$$\n");
        assertMarks("✓", delta + "$$\\nabla_X L = \\Delta W^\\top$$\n");
        assertMarks("✗", delta + "$$\\frac{\\partial L}{\\partial W} = \\Delta^\\top X$$\n");
    }

    @Test
    void anUpstreamGradientWrittenWithNabla() {
        for (String name : new String[] {"G", "\\Delta"}) {
            String nabla = layer(name + " = \\nabla_Y L");
            assertMarks("✓", nabla + "$$\\nabla_W L = X^\\top " + name + "$$\n");
            assertMarks("✗", nabla + "$$\\nabla_W L = " + name + "^\\top X$$\n");
        }
    }
}
