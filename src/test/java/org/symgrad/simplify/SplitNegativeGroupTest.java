package org.symgrad.simplify;

import org.junit.jupiter.api.Test;
import org.symgrad.testing.CheckedDerivatives;

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

    /**
     * A negative group over no bar that is itself a sum is a term of the whole sum each, with its minus:
     * {@code b − a − c/x}, not {@code −(a − b) − c/x}, which read longer than the one fraction
     * {@code (x(b − a) − c)/x} it was weighed against, so the fraction stood. Stan's neg_binomial_2_log partial by φ
     * ends on the digammas, σ and softplus apart from {@code −y(1 − σ)/φ}, the line its derivation passed.
     */
    @Test
    void aNegativeGroupThatIsASumGivesEachTermTheMinus() {
        WrittenReciprocalTermsTest.assertSimplifies("b - a - c/x", "b - a - c/x");
        WrittenReciprocalTermsTest.assertSimplifies("exp(b) - exp(a) - y*(s + 1)/x", "exp(b) - exp(a) - y*(s + 1)/x");
        WrittenReciprocalTermsTest.assertSimplifies("digamma(y + p) - digamma(p) - y/p", "digamma(y + p) - digamma(p) - y/p");
        CheckedDerivatives.assertFormBothPaths(
                "lgamma(y + phi) - lgamma(phi) + y*eta - phi*softplus(eta - log(phi)) - y*(log(phi) + softplus(eta - log(phi)))", "phi",
                "digamma(y + phi) - digamma(phi) + sigma(eta - log(phi)) - softplus(eta - log(phi)) - y*(1 - sigma(eta - log(phi)))/phi");
    }
}
