package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-three left unread by session 37 ({@code fresh-homework}), read generally. A letter
 * that is no index of the document labels its own quantity beside a summed family: Aki's magnitude of completeness
 * {@code M_c} beside the magnitudes {@code M_i} of {@code \sum_i (M_i - M_c)} and their mean {@code \bar{M}} (it was the
 * entry c of the family, and a right ∂b̂/∂M_c was called false).
 */
class ThirtyFourthRoundNotationTest {
    private static final String AKI = "Above the magnitude of completeness $M_c$ the excess magnitudes $M_i - M_c$ are exponential "
            + "with rate $\\beta$. For $n$ events\n\n$$\\ell(\\beta) = n \\ln \\beta - \\beta \\sum_{i=1}^{n} (M_i - M_c)$$\n\n"
            + "Aki's estimator is\n\n$$\\hat{b} = \\frac{\\log_{10} e}{\\bar{M} - M_c}$$\n\nand it moves as\n\n";

    @Test
    void aLabelBesideASummedFamilyNamesItsOwnQuantity() {
        // M_c was the sample M at c: ∂M̄/∂M_c = 1/n, and the right slope was called false ("expected (n − 1)/…")
        assertMarks("✓", AKI + "$$\\frac{\\partial \\hat{b}}{\\partial M_c} = \\frac{\\log_{10} e}{(\\bar{M} - M_c)^2}$$\n");
        assertMarks("✗", AKI + "$$\\frac{\\partial \\hat{b}}{\\partial M_c} = -\\frac{\\log_{10} e}{(\\bar{M} - M_c)^2}$$\n");
        // a centre the samples are measured from
        String centre = "For $n$ samples about a centre $x_c$,\n\n$$\\ell = -\\sum_{i=1}^{n} (x_i - x_c)$$\n\n"
                + "$$q = \\frac{1}{\\bar{x} - x_c}$$\n\n";
        assertMarks("✓", centre + "$$\\frac{\\partial q}{\\partial x_c} = \\frac{1}{(\\bar{x} - x_c)^2}$$\n");
    }

    @Test
    void aMemberAtAClassOrAnIndexLetterStaysAMember() {
        // the true class's logit z_y is one of the z_j: ∂/∂z_y reaches it through the sum
        assertMarks("✓", "$$L = -z_y + \\log \\sum_{j=1}^{K} e^{z_j}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_y} = -1 + \\frac{e^{z_y}}{\\sum_{j=1}^{K} e^{z_j}}$$\n");
        // x_k - x_i: an index letter is a component's, whatever it is written beside
        assertMarks("✓", "$$f = \\sum_{i=1}^{n} (x_i - x_k)^2$$\n\n$$\\frac{\\partial f}{\\partial x_k} = -2 \\sum_{i=1}^{n} (x_i - x_k)$$\n");
        assertMarks("✓", "$$f = \\sum_{i=1}^{n} x_i^2$$\n\n$$\\frac{\\partial f}{\\partial x_j} = 2 x_j$$\n");
    }
}
