package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * {@code \sum_{i=j} a_i} with no upper limit is the sum over the i equal to j, its one term a_j — homework writes it
 * beside {@code \sum_{i \neq j}} to split a sum in two. The split is checked as that term plus the rest (proven where
 * it is right, false where it is not); {@code \sum_{i=j}^{n}} is still a sum from j, which is not read.
 */
class SingleTermSumTest {

    @Test
    void aSumSetItsIndexToAnotherIsItsOneTerm() {
        assertMarks("✓", "$$\\sum_{i=j} a_i b_i + \\sum_{i \\neq j} a_i b_i = \\sum_i a_i b_i$$\n");
        assertMarks("✓", "$$\\sum_{k=j} x_k^2 = x_j^2$$\n");
        assertMarks("✗", "$$\\sum_{i=j} a_i + \\sum_{i \\neq j} a_i = \\sum_i a_i + a_j$$\n");
        assertMarks("✗", "$$\\sum_{k=j} x_k^2 = x_k^2 + x_j$$\n");
    }

    @Test
    void theSoftmaxGradientSplitIntoTheTermAtJAndTheRest() {
        String softmax = "$$p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\n$$L = -\\sum_i y_i \\log p_i$$\n\n";
        String split = "$$\\frac{\\partial L}{\\partial z_j} = \\sum_{i=j} \\frac{-y_i}{p_i} p_i (1 - p_i) "
                + "+ \\sum_{i \\neq j} \\frac{-y_i}{p_i} (-p_i p_j)$$\n";
        assertMarks("✓", softmax + split);
        // the classic slip: the rest's factor p_j dropped
        String slip = "$$\\frac{\\partial L}{\\partial z_j} = \\sum_{i=j} \\frac{-y_i}{p_i} p_i (1 - p_i) "
                + "+ \\sum_{i \\neq j} \\frac{-y_i}{p_i} (-p_i)$$\n";
        assertMarks("✗", softmax + slip);
    }

    @Test
    void aSumFromAnIndexToALimitRunsFromThatIndex() {
        // was refused (–): a lower limit from another index is now a range held to i ≥ j (RunningLimitsTest)
        assertMarks("✗", "$$\\sum_{i=j}^{n} a_i = a_j$$\n");
        assertMarks("≈", "$$\\sum_{i=j}^{n} a_i = a_j + \\sum_{i=j+1}^{n} a_i$$\n");
        assertMarks("✗", "$$\\sum_{i=j}^{n} a_i = a_j + \\sum_{i=j}^{n} a_i$$\n");
    }
}
