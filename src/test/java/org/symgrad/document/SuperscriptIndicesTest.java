package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A label above a name that is a letter a Σ runs over ({@code \ell^t} under {@code \sum_t}, {@code a^{[l]}} under
 * {@code \sum_{l=1}^{L}}, {@code h^{(t)}}, RNN's {@code o^t}) is the entry of that index, wherever the document
 * writes it; before, it was a fixed label (every term of the Σ the same, so a right derivative was false) or a
 * power ({@code \sum_t \ell^t} refused, {@code \partial \ell^t} not a variable). A letter above a bracket stays a
 * power ({@code (\gamma \lambda)^l}), and so does one above a discount ({@code \gamma^t r_t}).
 */
class SuperscriptIndicesTest {

    @Test
    void aLetterAboveANameThatTheDocumentDifferentiatesByIsAnEntry() {
        String l = "$$L = \\sum_t \\ell^t$$\n\n";
        assertMarks("✓", l + "$$\\frac{\\partial L}{\\partial \\ell^t} = 1$$\n");
        assertMarks("✗", l + "$$\\frac{\\partial L}{\\partial \\ell^t} = 2$$\n");
        String sq = "$$L = \\sum_{t=1}^{T} \\left( \\ell^t \\right)^2$$\n\n";
        assertMarks("✓", sq + "$$\\frac{\\partial L}{\\partial \\ell^t} = 2 \\ell^t$$\n");
        assertMarks("✗", sq + "$$\\frac{\\partial L}{\\partial \\ell^t} = \\ell^t$$\n");
    }

    @Test
    void aLayerOrStepLabelUnderASumOverItIsAnEntry() {
        String a = "$$J = \\sum_{l=1}^{L} \\left( a^{[l]} \\right)^2$$\n\n";
        assertMarks("✓", a + "$$\\frac{\\partial J}{\\partial a^{[l]}} = 2 a^{[l]}$$\n");
        assertMarks("✗", a + "$$\\frac{\\partial J}{\\partial a^{[l]}} = a^{[l]}$$\n");
        String h = "$$L = \\sum_{t=1}^{T} h^{(t)}$$\n\n";
        assertMarks("✓", h + "$$\\frac{\\partial L}{\\partial h^{(t)}} = 1$$\n");
        assertMarks("✗", h + "$$\\frac{\\partial L}{\\partial h^{(t)}} = 2$$\n");
        String rnn = "$$L = \\sum_t (o^t - y^t)^2$$\n\n";
        assertMarks("✓", rnn + "$$\\frac{\\partial L}{\\partial o^t} = 2 (o^t - y^t)$$\n");
        assertMarks("✗", rnn + "$$\\frac{\\partial L}{\\partial o^t} = (o^t - y^t)$$\n");
    }

    @Test
    void aDiscountAboveWhichTheIndexStandsStaysAPower() {
        String g = "$$G = \\sum_{t=0}^{T} \\gamma^t r_t$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial G}{\\partial r_t} = \\gamma^t$$\n");
        assertMarks("✗", g + "$$\\frac{\\partial G}{\\partial r_t} = \\gamma^{t} \\gamma$$\n");
        assertMarks("✓", "$$\\sum_{l=0}^{2} (\\gamma \\lambda)^l x_l = x_0 + \\gamma \\lambda x_1 + \\gamma^2 \\lambda^2 x_2$$\n");
        assertMarks("✗", "$$\\sum_{l=0}^{2} (\\gamma \\lambda)^l x_l = x_0 + \\gamma \\lambda x_1 + \\gamma \\lambda^2 x_2$$\n");
    }
}
