package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/** Plain TeX's {@code {a \over b}} and {@code {n \choose k}} in a braced group, as older lecture notes write fractions ({@code OverFractions}). */
class PlainTexFractionsTest {
    @Test
    void aGroupWithOverIsAFraction() {
        String loss = " where $L = (w-3)^2$.\n";
        assertMarks("✓", "$${\\partial L \\over \\partial w} = 2(w - 3)$$" + loss);
        assertMarks("✗", "$${\\partial L \\over \\partial w} = 3(w - 3)$$" + loss);
        // an operator written so, a fraction after it, and one as an exponent (the group an argument keeps its braces)
        assertMarks("✓", "$${d \\over dx}{1 \\over 1 + e^{-x}} = {e^{-x} \\over (1 + e^{-x})^2}$$\n");
        assertMarks("✗", "$${d \\over dx}{1 \\over 1 + e^{-x}} = {e^{x} \\over (1 + e^{-x})^2}$$\n");
        assertMarks("✓", "$${d \\over dx} e^{x \\over 2} = {1 \\over 2} e^{x/2}$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\frac{1}{x \\over 2} = -\\frac{2}{x^2}$$\n");
    }

    @Test
    void aGroupWithChooseIsABinomial() {
        assertTrue(marks("$${d \\over dx} {x \\choose 2} = x - {1 \\over 2}$$\n").startsWith("≈"));
        assertMarks("✗", "$${d \\over dx} {x \\choose 2} = x$$\n");
    }

    @Test
    void overOutsideAGroupStaysUnknown() {
        String got = marks("$$\\partial L \\over \\partial w = 2$$\n");
        assertTrue(got.startsWith("–") && got.contains("\\over"), got);
    }
}
