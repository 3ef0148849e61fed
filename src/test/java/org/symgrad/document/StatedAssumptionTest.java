package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * {@link StatedAssumption} (LATEX-INPUT K9): {@code \sum_k y_k = 1} on its own is an assumption for the
 * steps after it, not a claim; the sum of a vector the document defines stays a claim that is checked.
 */
class StatedAssumptionTest {

    @Test
    void aStatedSumOfLabelsIsAssumedByTheStepsAfterIt() {
        assertMarks("✓", "$$\\sum_i y_i = 1$$\n\n$$p_j \\sum_i y_i - y_j = p_j - y_j$$\n");
        assertMarks("✗", "$$\\sum_i y_i = 1$$\n\n$$p_j \\sum_i y_i - y_j = p_j + y_j$$\n");
        // another shape: limits on the sum, other names, d2l §3.4's log-sum-exp step
        String step = "$$\\sum_j t_j \\log \\sum_k \\exp(o_k) - \\sum_j t_j o_j "
                + "= \\log \\sum_k \\exp(o_k) - \\sum_j t_j o_j$$\n";
        assertMarks("✓", "$$\\sum_{k=1}^{q} t_k = 1$$\n\n" + step);
        // without the statement the same step is false, with the hint that names it
        String got = marks(step);
        assertTrue(got.startsWith("✗") && got.contains("true if \\sum_k t_k = 1"), got);
    }

    @Test
    void theSumOfADefinedVectorIsAClaim() {
        String softmax = "$$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\n";
        assertMarks("✓", softmax + "$$\\sum_i p_i = 1$$\n");
        assertMarks("✗", softmax + "$$\\sum_i p_i = 2$$\n");
    }
}
