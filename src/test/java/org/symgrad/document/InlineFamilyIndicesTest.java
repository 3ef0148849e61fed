package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A name defined in inline math over one index letter ("Let $s_i = …$") is a family, as a display's {@code s_i = …} is: the
 * displays' s_i and s_j are two of its entries, not two labelled things (NameSubscripts). Read as labels, s_i was a quantity
 * of its own beside a separate z_i, and the right softmax Jacobian under "If $i = j$," was ✗ (WRONG).
 */
class InlineFamilyIndicesTest {
    private static final String SOFTMAX = "Let $s_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n";

    @Test
    void anIndexBranchReadsTheInlineFamily() {
        // was: ✗? (s_i a label, z_i apart from z_j)
        assertMarks("✓✓", SOFTMAX + "If $i = j$,\n$$\\frac{\\partial s_i}{\\partial z_j} = s_i(1 - s_i)$$\n"
                + "If $i \\neq j$,\n$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j$$\n");
    }

    @Test
    void withoutACaseTheOffDiagonalFormIsFalse() {
        // was: ? ('s is not defined'); at i = j it misses s_i
        assertMarks("✗", SOFTMAX + "$$\\frac{\\partial s_i}{\\partial z_j} = -s_i s_j$$\n");
        assertMarks("✗", SOFTMAX + "If $i = j$,\n$$\\frac{\\partial s_i}{\\partial z_j} = s_i(1 + s_i)$$\n");
    }

    @Test
    void twoNamesDefinedByTwoLettersStayLabels() {
        // the triplet's d_p and d_n: two quantities, each defined apart
        assertMarks("✓✓", "Let $d_p = (a - p)^2$ and $d_n = (a - n)^2$, and $L = d_p - d_n + m$.\n\n"
                + "$$\\frac{\\partial L}{\\partial d_p} = 1$$\n$$\\frac{\\partial L}{\\partial d_n} = -1$$\n");
    }
}
