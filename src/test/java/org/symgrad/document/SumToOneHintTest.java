package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * {@link SumToOneHint} (LATEX-INPUT K9): a false step that holds once an undefined vector sums to 1
 * says so beside its counterexample, with the directive that states it; a step false either way
 * gets no such words. Each case is decided by sampling, the oracle.
 */
class SumToOneHintTest {

    @Test
    void aStepThatUsesOneHotLabelsWithoutSayingSoIsToldSo() {
        String softmax = "$$p_j \\sum_i y_i - y_j = p_j - y_j$$\n";
        String got = marks(softmax);
        assertTrue(got.startsWith("✗") && got.contains("true if \\sum_k y_k = 1")
                && got.contains("assume sum_k y_k = 1"), got);
        // d2l §3.4's step, another shape: the sum multiplies a log-sum-exp
        String d2l = "$$\\sum_j y_j \\log \\sum_k \\exp(o_k) - \\sum_j y_j o_j = \\log \\sum_k \\exp(o_k) - \\sum_j y_j o_j$$\n";
        got = marks(d2l);
        assertTrue(got.startsWith("✗") && got.contains("true if \\sum_k y_k = 1"), got);
        // other names, the sum on the other side of its factor
        got = marks("$$\\sum_n t_n b_j - t_j = b_j - t_j$$\n");
        assertTrue(got.startsWith("✗") && got.contains("true if \\sum_k t_k = 1"), got);
        // the sum inside the loss the step differentiates: smoothed targets q that only sum to one with one-hot y
        got = marks("$$\\mathcal{L} = -\\sum_{k=1}^K q_k \\log p_k, \\qquad p_k = \\mathrm{softmax}(z)_k$$\n\n"
                + "$$\\frac{\\partial \\mathcal{L}}{\\partial z_j} = p_j - q_j$$\n");
        assertTrue(got.startsWith("✗") && got.contains("true if \\sum_k q_k = 1"), got);
    }

    @Test
    void aStepFalseEitherWayGetsNoHint() {
        String got = marks("$$p_j \\sum_i y_i - y_j = p_j + y_j$$\n");
        assertTrue(got.startsWith("✗"), got);
        assertFalse(got.contains("true if"), got);
        // assumed by the directive, the step is proven, with no hint
        got = marks("<!-- symgrad: assume sum_i y_i = 1 -->\n\n$$p_j \\sum_i y_i - y_j = p_j - y_j$$\n");
        assertTrue(got.startsWith("✓"), got);
        assertFalse(got.contains("true if"), got);
    }
}
