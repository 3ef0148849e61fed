package org.symgrad.simplify;

import static org.symgrad.testing.CheckedDerivatives.assertFormBothPaths;
import static org.symgrad.testing.CheckedDerivatives.assertSimplifies;

import org.junit.jupiter.api.Test;

/**
 * A denominator is turned to the difference the input wrote ({@link WrittenDenominatorSigns}): Stan's Pareto type II
 * log ccdf partial by y is {@code -a/(y - mu + l)}, not {@code a/(mu - l - y)}. A denominator that holds a sum the input
 * wrote as written, or one the input wrote both ways, stays; the turned form is a fixed point.
 */
class DenominatorsAsWrittenTest {
    @Test
    void aDenominatorIsTurnedToTheDifferenceTheInputWrote() {
        assertFormBothPaths("-a*log1p((y - mu)/l)", "y", "-a/(y - mu + l)");
        assertFormBothPaths("log(a) - log(l) - (a + 1)*log1p((y - mu)/l)", "y", "-(a + 1)/(y - mu + l)");
        assertSimplifies("-a/(y - mu + l)", "-a/(y - mu + l)");
        assertSimplifies("x/(y - mu + l)^3", "x/(y - mu + l)^3");
    }

    @Test
    void aDenominatorTheInputWroteOrWroteBothWaysStays() {
        assertFormBothPaths("y*log(t) + (m - y)*log(1 - t)", "t", "y/t - (m - y)/(1 - t)");
        assertFormBothPaths("-a*log1p((y - mu)/l)", "mu", "a/(l - mu + y)");
        assertSimplifies("a/(mu - y) + b*(y - mu)", "a/(mu - y) + b*(y - mu)");
    }
}
