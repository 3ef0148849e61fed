package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertFormBothPaths;

import org.junit.jupiter.api.Test;

/**
 * A fraction one of whose terms cancels its whole bar is written apart where the input wrote its sum over that bar so
 * ({@link TermwiseFractions#writtenApart}): statsmodels' binomial variance {@code mu/m*(1 - mu/m)*m} has the derivative
 * {@code 1 - 2*mu/m}, as statsmodels prints {@code 1 - 2*p} (was {@code (m - 2*mu)/m}, which reads as long).
 */
class SplitAsWrittenFractionsTest {
    @Test
    void aSumTheInputWroteApartOverTheBarStaysApart() {
        assertFormBothPaths("mu/m*(1 - mu/m)*m", "mu", "1 - 2*mu/m");
        assertFormBothPaths("x*(1 - x/a)", "x", "1 - 2*x/a");
    }

    @Test
    void withoutSuchASumTheCheaperFormStands() {
        assertFormBothPaths("x*(a - x)/a", "x", "(a - 2*x)/a");
    }
}
