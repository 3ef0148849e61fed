package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An upper limit that combines names ({@code \sum_{i=1}^{n-K+1}}, the outputs of a valid convolution; {@code 2n};
 * {@code T - \tau}) is the number of terms as a whole, read as the range size n, and so is the same combination written
 * as a value; a name of it written apart from it in the statement refuses the reading, as the range size would make it the
 * same number. A limit that runs with the index of the sum around it (a triangular sum) is refused. Before, every
 * combined limit was refused, and a triangular sum was read with its limit i as the range size: a right step was false.
 */
class SumLimitCombinationsTest {
    private static final String CONV = "$$y_i = \\sum_{k=1}^{K} w_k x_{i+k-1}$$\n\n"
            + "With upstream gradients $g_i = \\frac{\\partial L}{\\partial y_i}$,\n\n";

    @Test
    void theOutputsOfAValidConvolutionAreTheRangeOfTheSum() {
        PublicInputsTest.check(CONV + "$$\\frac{\\partial L}{\\partial w_k} = \\sum_{i=1}^{n-K+1} g_i x_{i+k-1}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w_k} = \\sum_{i=1}^{n-K+1} g_i x_{i+k}$$\n", "✓✗");
    }

    @Test
    void theCombinationWrittenAsAValueIsTheRangeSizeToo() {
        PublicInputsTest.check("$$\\sum_{i=1}^{n-K+1} \\frac{1}{n-K+1} = 1$$\n\n$$\\sum_{i=1}^{n-K+1} 1 = n - K + 1$$\n\n"
                + "$$\\sum_{i=1}^{2n} 1 = 2n$$\n\n$$\\sum_{t=1}^{T-\\tau} (a_t - 1) = \\sum_{t=1}^{T-\\tau} a_t - (T - \\tau)$$\n\n"
                + "$$\\sum_{i=1}^{n-K+1} 2 = n - K + 1$$\n", "✓✓✓✓✗");
    }

    @Test
    void aNameOfTheCombinationWrittenApartRefusesIt() {
        // with the limit 2n the range size n, the n beside it would be that number: Σ_{i=1}^{2n} 1 = n "held"
        CheckedDocument d = PublicInputsTest.check("$$\\sum_{i=1}^{2n} 1 = n$$\n", "–");
        assertTrue(PublicInputsTest.describe(d).contains("n is also written apart from it here"), PublicInputsTest.describe(d));
    }

    @Test
    void aTriangularSumRunsWithTheOuterIndexNotToTheRangeSize() {
        // was ✗ at i = 3 with the inner limit i read as the range size n, then refused (––); now the inner sum is held to j ≤ i
        // (RunningLimitsTest), so the identities hold and a count one off is false
        PublicInputsTest.check("$$\\sum_{i=1}^{n} \\sum_{j=1}^{i} 1 = \\frac{n(n+1)}{2}$$\n\n"
                + "$$\\sum_{i=1}^{n} \\sum_{j=1}^{i-1} x_j = \\sum_{j=1}^{n} (n - j) x_j$$\n\n"
                + "$$\\sum_{i=1}^{n} \\sum_{j=1}^{i-1} x_j = \\sum_{j=1}^{n} (n - j + 1) x_j$$\n", "≈≈✗");
    }
}
