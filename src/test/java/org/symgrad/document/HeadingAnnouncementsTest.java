package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Headings and lists that announce an inline definition as "Let" does ({@link IntroducingSentences},
 * {@link InlineDefinitions}): a slip below it was ? ("defined only in inline math …"), now ✗; the right step stays ✓.
 */
class HeadingAnnouncementsTest {
    @Test
    void aHeadingOfNounsAndAComma() {
        check("Logistic loss for one example, $\\ell(w) = \\log\\left(1 + \\exp(-y w x)\\right)$ with scalar $w$, $x$.\n"
                + "$$\\frac{d\\ell}{dw} = -y x \\sigma(-y w x)$$\n$$\\frac{d\\ell}{dw} = y x \\sigma(-y w x)$$\n", "✓✗");
    }

    @Test
    void aHeadingWithItsSymbolAndAWordBeforeTheColon() {
        check("Softmax regression with $K$ classes: $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$ and "
                + "$L = -\\sum_{k=1}^{K} y_k \\log p_k$ with $\\sum_k y_k = 1$.\n"
                + "$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$\n$$\\frac{\\partial L}{\\partial z_j} = y_j - p_j$$\n", "✓✗");
    }

    @Test
    void aWordAndACommaBeforeForANoun() {
        check("Backward, for a loss $L = \\sum_i c_i y_i$ with $y_i = \\gamma x_i + \\beta$ and constants $c_i$:\n"
                + "$$\\frac{\\partial L}{\\partial \\gamma} = \\sum_{i=1}^n c_i x_i$$\n$$\\frac{\\partial L}{\\partial \\gamma} = \\sum_{i=1}^n c_i$$\n", "✓✗");
    }

    @Test
    void aStartValueInAListDoesNotEndIt() {
        String rnn = "A scalar RNN: $h_t = \\tanh(a_t)$ with $a_t = w h_{t-1} + u x_t$, $h_0 = 0$, and loss $L = \\frac12 (h_2 - y)^2$.\n\n";
        check(rnn + "$$\\frac{\\partial L}{\\partial u} = (h_2 - y)(1 - h_2^2)\\left(x_2 + w (1 - h_1^2) x_1\\right)$$\n"
                + "$$\\frac{\\partial L}{\\partial u} = (h_2 - y)(1 - h_2^2) x_2$$\n", "✓✗");
    }

    @Test
    void aVerbBeforeTheCommaIsNoHeading() {
        // "Differentiating, $g = …$" is a result, not a definition: g written nowhere else stays unannounced
        check("$$f(x) = x^3$$\nDifferentiating, $g = 3x^2$.\n$$\\frac{df}{dx} = g$$\n$$\\frac{df}{dx} = 2g$$\n", "✓?");
    }
}
