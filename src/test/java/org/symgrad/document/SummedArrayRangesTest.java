package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A sum without limits over the entries of an array the document sums with written limits under another letter runs over
 * that range: InfoNCE's {@code \sum_{i=0}^{K} \exp(q \cdot k_i / \tau)} beside {@code \sum_j \exp(q\cdot k_j/\tau)} sums
 * the same keys k_0..k_K; where the document writes the array's range two ways, the sum keeps 1..n.
 */
class SummedArrayRangesTest {
    private static final String LOSS = "$$\\mathcal{L} = -\\log \\frac{\\exp(q \\cdot k_+ / \\tau)}{\\sum_{i=0}^{K} \\exp(q \\cdot k_i / \\tau)}$$\n"
            + "where $k_0 = k_+$. Writing $p_i = \\frac{\\exp(q\\cdot k_i/\\tau)}{\\sum_j \\exp(q\\cdot k_j/\\tau)}$,\n";

    @Test
    void theNormaliserOfAnInlineSoftmaxSumsTheKeysTheLossSums() {
        // was: a wrong ✗, the Σ_j of p_i read over k_1..k_K without the positive key k_0
        PublicInputsTest.check(LOSS + "$$\\frac{\\partial \\mathcal{L}}{\\partial q} = \\frac{1}{\\tau}\\left(\\sum_{i=0}^K p_i k_i - k_+\\right)$$\n\n"
                + "$$\\frac{\\partial \\mathcal{L}}{\\partial q} = \\sum_{i=0}^K p_i k_i - k_+$$\n", "✓✗");
    }

    @Test
    void anArraySummedFromOneElsewhereKeepsTheDefaultRange() {
        // Σ_{i=1}^{K} x_i beside Σ_{i=0}^{K} x_i: two ranges, so Σ_j x_j is symgrad's 1..n, the same sum as T
        PublicInputsTest.check("$$S = \\sum_{i=0}^{K} x_i$$\n$$T = \\sum_{i=1}^{K} x_i$$\n$$U = \\sum_j x_j$$\n"
                + "$$\\frac{\\partial U}{\\partial x_1} = 1$$\n$$U = T$$\n", "✓✓");
    }
}
