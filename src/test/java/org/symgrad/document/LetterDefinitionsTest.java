package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * An array a display defines at one index letter and inline math gives at another ({@link LetterDefinitions}), as PRML §5.3
 * writes the errors: {@code \delta_j \equiv \frac{\partial E_n}{\partial a_j}} for the hidden units, then "For the output
 * units $\delta_k = y_k - t_k$". A step's δ_k is the output units' δ and its δ_j the display's; slips stay false. And a step
 * that holds only because unannounced inline formulas are left free, where a derivative sees them, is undecided, not proven.
 */
class LetterDefinitionsTest {
    private static final String NET = "Let $a_j = \\sum_i w_{ji} x_i$, $z_j = \\tanh(a_j)$, $y_k = \\sum_j w_{kj} z_j$ and"
            + " $E_n = \\frac{1}{2}\\sum_k (y_k - t_k)^2$.\n\nWe define\n$$\\delta_j \\equiv \\frac{\\partial E_n}{\\partial a_j}.$$\n\n"
            + "For the output units $\\delta_k = y_k - t_k$, and for the hidden units\n";

    /** The notes and details of every verdict of {@code markdown}, one a line. */
    private static String said(String markdown) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        return String.join("\n", d.verdicts().stream().map(v -> v.detail() + "\n"
                + String.join("\n", v.notes().stream().map(n -> n.text()).toList())).toList());
    }

    @Test
    void theOutputUnitsDeltaIsTheOneGivenAtItsLetter() {
        assertMarks("✓", NET + "$$\\delta_j = (1 - z_j^2) \\sum_k w_{kj} \\delta_k .$$\n");
        assertMarks("✓", NET + "$$\\frac{\\partial E_n}{\\partial w_{kj}} = \\delta_k z_j$$\n");
        assertMarks("✓✓", NET + "$$\\frac{\\partial E_n}{\\partial w_{ji}} = \\delta_j x_i = (1 - z_j^2) x_i \\sum_k w_{kj} \\delta_k$$\n");
        String said = said(NET + "$$\\frac{\\partial E_n}{\\partial w_{kj}} = \\delta_k z_j$$\n");
        assertTrue(said.contains("read delta_k as $\\delta_k = y_k - t_k$ (line 6), which gives it at the letter k"), said);
        assertFalse(said.contains("defined only in inline math"), said);
    }

    @Test
    void slipsStayFalse() {
        // the weights transposed, tanh' as 1 − z, the input of the wrong layer
        assertMarks("✗", NET + "$$\\frac{\\partial E_n}{\\partial a_j} = (1 - z_j^2) \\sum_k w_{jk} \\delta_k$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial E_n}{\\partial a_j} = (1 - z_j) \\sum_k w_{kj} \\delta_k$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial E_n}{\\partial w_{kj}} = \\delta_k x_j$$\n");
    }

    @Test
    void aStepThatHoldsOnlyWithUnannouncedFormulasLeftFreeIsUndecided() {
        // unannounced, a and z left free: E_n does not depend on a, so δ_j = 0 and any multiple of it "holds"
        String unannounced = "Hidden units $a_j = \\sum_i w_{ji} x_i$, $z_j = \\tanh(a_j)$ with outputs"
                + " $y_k = \\sum_j w_{kj} z_j$ and error $E_n = \\frac{1}{2}\\sum_k (y_k - t_k)^2$.\n\nWe define\n"
                + "$$\\delta_j \\equiv \\frac{\\partial E_n}{\\partial a_j}.$$\n\n";
        String wrong = unannounced + "$$\\delta_j = \\tanh(a_j) \\sum_k w_{jk} \\delta_k .$$\n";
        assertMarks("?", wrong);
        String said = said(wrong);
        assertTrue(said.contains("holds as written, with a, z left free, but it is false with"), said);
    }
}
