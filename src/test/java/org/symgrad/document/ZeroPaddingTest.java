package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A convolution's input gradient written over the whole kernel, {@code \sum_k g_{j-k+1} w_k}, reads the upstream gradient
 * beyond its range, which the textbook takes as 0 (zero padding): equal under that convention, saying so (was a wrong ✗, the
 * entries g_0, g_{-1} drawn at random); a wrong offset stays false.
 */
class ZeroPaddingTest {
    private static final String CONV = "A 1-D convolution with a kernel of size $K$: $y_i = \\sum_{k=1}^{K} w_k\\, x_{i+k-1}$, and "
            + "$L = \\sum_i g_i y_i$ for an upstream gradient $g$.\n";

    @Test
    void theFullConvolutionWithTheKernelIsEqualUnderZeroPadding() {
        assertMarks("✓≈✗", CONV + "$$\\frac{\\partial L}{\\partial w_k} = \\sum_i g_i\\, x_{i+k-1}$$\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{k=1}^{K} g_{j-k+1}\\, w_k$$\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{k=1}^{K} g_{j+k-1}\\, w_k$$\n");
        CheckedDocument d = PublicInputsTest.check(CONV + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{k=1}^{K} g_{j-k+1}\\, w_k$$\n");
        String detail = String.join("; ", d.verdicts().get(0).verdict().orElseThrow().assumed());
        assertTrue(detail.contains("g is 0 at an index outside its range 1..n (zero padding)"), detail);
        // a wrong weight gradient (one off in the offset) stays false: zero padding changes nothing inside the range
        assertMarks("✗", CONV + "$$\\frac{\\partial L}{\\partial w_k} = \\sum_i g_i\\, x_{i+k}$$\n");
    }

    @Test
    void aStepWithoutOffsetsIsFalseAsBefore() {
        assertMarks("✗", "$$L = \\sum_i (y_i - t_i)^2$$\n$$\\frac{\\partial L}{\\partial y_j} = y_j - t_j$$\n");
    }
}
