package org.symgrad.simplify;

import org.junit.jupiter.api.Test;

/**
 * A fraction split term by term ({@link TermwiseFractions}) whose group is negative and written with a minus of
 * its own ({@code −x(2y − 1)}, the presenter's turn of {@code x(1 − 2y)}) takes the sign into its number: one
 * minus, not {@code −1·−1·x(1 − 2y)} costed as two, so Bell &amp; Sejnowski's infomax rule for a logistic unit
 * reads {@code x(1 − 2y) + 1/w} (was {@code (w x(1 − 2y) + 1)/w}; {@code infomax-ica.sg:7}). A split whose terms
 * are, one for one, the terms of a sum the input wrote keeps the input's order: {@code 1/w + x(1 − 2y)}
 * simplifies to itself. Each form checked against the input at random points ({@link WrittenReciprocalTermsTest}).
 */
class SplitNegativeGroupTest {
    @Test
    void theNegativeGroupCarriesOneMinus() {
        WrittenReciprocalTermsTest.assertSimplifies("(w*x*(1 - 2*y) + 1)/w", "x*(1 - 2*y) + 1/w");
        // other names, another number over the denominator
        WrittenReciprocalTermsTest.assertSimplifies("(a*b*(1 - 2*c) + 1)/a", "b*(1 - 2*c) + 1/a");
        WrittenReciprocalTermsTest.assertSimplifies("(w*x*(1 - 2*y) + 3)/w", "x*(1 - 2*y) + 3/w");
    }

    @Test
    void theSplitKeepsTheOrderTheInputWroteItsTermsIn() {
        WrittenReciprocalTermsTest.assertSimplifies("1/w + x*(1 - 2*y)", "1/w + x*(1 - 2*y)");
        WrittenReciprocalTermsTest.assertSimplifies("2/v + u*(1 - 3*z)", "2/v + u*(1 - 3*z)");
    }
}
