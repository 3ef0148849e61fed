package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.api.OutputFormat;
import org.symgrad.api.Symgrad;

/**
 * Factors below one bar are one written denominator ({@link PartialFractions}): the logit's derivative
 * {@code 1/(x(1 − x))} (PyTorch's logit backward) is not split into partial fractions when the steps'
 * last stage reads the combined fraction again, so the result is the same with and without steps.
 * Inputs that write the factors apart (the log-likelihood of p^x (1 − p)^(1 − x)) keep their
 * partial fractions. Variants: other names, other constants, the factors the other way round.
 */
class OneBarDenominatorsTest {
    private static String derived(String expr, String wrt, boolean steps) {
        return Symgrad.derivation(expr, wrt, 1, steps).text(OutputFormat.ASCII, false).strip();
    }

    private static void same(String expr, String wrt, String expected) {
        String plain = derived(expr, wrt, false);
        String stepped = derived(expr, wrt, true);
        assertEquals(stepped, plain, expr);
        assertEquals(expected, plain.substring(plain.lastIndexOf('\n') + 1), expr);
    }

    @Test
    void aQuotientUnderALogStaysOneFraction() {
        same("log(x/(1 - x))", "x", "1/(x*(1 - x))");
        same("log(u/(3 - u))", "u", "3/(u*(3 - u))");
        same("log((1 - q)/q)", "q", "-1/(q*(1 - q))");
    }

    @Test
    void factorsWrittenApartKeepTheirPartialFractions() {
        same("y*log(p) + (1 - y)*log(1 - p)", "p", "y/p - (1 - y)/(1 - p)");
        same("log(t) - log(2 - t)", "t", "1/t + 1/(2 - t)");
    }
}
