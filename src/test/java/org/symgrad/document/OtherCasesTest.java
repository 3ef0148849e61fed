package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * "and otherwise", "Otherwise," between displays turns to the other side of the case stated before ({@link OtherCases}):
 * the display after it holds where the case does not. Before, the case stayed in force and the right step was ✗ (WRONG).
 */
class OtherCasesTest {
    @Test
    void otherwiseIsTheOtherSideOfAStatedCase() {
        // was: ✓✗✗ (the "otherwise" step checked under y w^T x < 1)
        assertMarks("✓≈✗", "$$L = \\max(0, 1 - y\\, w^\\top x)$$\nWhen $y w^\\top x < 1$,\n$$\\frac{\\partial L}{\\partial w} = -y x$$\n"
                + "and otherwise\n$$\\frac{\\partial L}{\\partial w} = 0$$\nWhen $y w^\\top x < 1$,\n$$\\frac{\\partial L}{\\partial w} = y x$$\n");
    }

    @Test
    void otherwiseAfterAnIndexBranchIsTheOtherBranch() {
        // was: ✓✗ (−s_i s_j checked at i = j)
        assertMarks("✓✓", "$$s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\nIf $i = j$,\n$$\\frac{\\partial s_i}{\\partial z_j} = s_i(1 - s_i)$$\n"
                + "otherwise\n$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j$$\n");
    }

    @Test
    void otherwiseOnceMoreStaysOnTheOtherSide() {
        String doc = "$$\\ell(x) = \\begin{cases} 0.5\\, x^2 & |x| < 1 \\\\ |x| - 0.5 & \\text{otherwise} \\end{cases}$$\n"
                + "For $|x| < 1$,\n$$\\ell'(x) = x$$\nOtherwise,\n$$\\ell'(x) = \\operatorname{sign}(x)$$\nOtherwise,\n$$\\ell'(x) = x$$\n";
        assertMarks("✓≈✗", doc);
    }
}
