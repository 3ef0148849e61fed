package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The numeric test draws the range size n and the free indices past every literal index the pair
 * writes (issue 9 item 4): with n = 3 a Σ over 1..n equals α_1 + α_2 + α_3, so a step that writes
 * the three terms for the whole sum passed as ≈. Where every Σ runs 1..m with a literal m, the free
 * indices stay within 1..m.
 */
class SampledIndexRangeTest {
    private static CheckedDocument check(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d;
    }

    @Test
    void threeWrittenTermsAreNotASumOverOneToN() {
        CheckedDocument d = check("$$A = \\sum_{k=1}^n \\alpha_k$$\n\n$$\\frac{\\partial A}{\\partial \\alpha_j} = 1$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\alpha_j} \\log \\left( \\sum_{k=1}^{n} \\alpha_k \\right) "
                + "= \\frac{1}{\\alpha_1 + \\alpha_2 + \\alpha_3}$$\n", "✓✗");
        assertEquals(4.0, d.verdicts().get(1).verdict().orElseThrow().point().get("n"), PublicInputsTest.describe(d));
    }

    @Test
    void aVariantWithFourTermsAndOtherNames() {
        check("$$Z = \\sum_{c=1}^{K} e^{\\theta_c}$$\n\n"
                + "$$Z = e^{\\theta_1} + e^{\\theta_2} + e^{\\theta_3} + e^{\\theta_4}$$\n", "✗");
    }

    @Test
    void aSumOverALiteralRangeKeepsItsIndicesInside() {
        // Σ over 1..3 beside α_3: the free j stays in 1..3, where the step holds (α_4 would make it 0)
        CheckedDocument d = PublicInputsTest.check("$$\\frac{\\partial}{\\partial \\alpha_j} \\log \\left( \\sum_{k=1}^{3} \\alpha_k \\right) "
                + "= \\frac{1}{\\alpha_1 + \\alpha_2 + \\alpha_3}$$\n");
        assertTrue(PublicInputsTest.marks(d).matches("[✓≈]"), () -> PublicInputsTest.describe(d));
        // a correct step over 1..n with literal terms beside it stays correct
        check("$$\\frac{\\partial}{\\partial \\alpha_2} \\left( \\alpha_1 \\alpha_2 + \\sum_{k=1}^{n} \\alpha_k^2 \\right) "
                + "= \\alpha_1 + 2 \\alpha_2$$\n", "✓");
    }
}
