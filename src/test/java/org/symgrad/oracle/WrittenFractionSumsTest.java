package org.symgrad.oracle;

import static org.symgrad.oracle.TextbookFormsTest.assertDerives;
import static org.symgrad.oracle.TextbookFormsTest.range;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A whole power of a sum the input wrote with a fraction among its terms is written as the input
 * wrote the sum, where that reads shorter: Ceres' Cauchy loss a²·log(1 + s/a²) has the derivative
 * 1/(1 + s/a²), not a²/(a² + s); Tukey's loss has (1 − s/a²)², not (a² − s)²/a⁴. A term keeps its
 * normal form where writing the sum would divide by something new. Results are checked against
 * finite differences.
 */
class WrittenFractionSumsTest {
    private static final Map<String, double[]> RANGES = Map.of("s", range(0.05, 3), "a", range(0.6, 2),
            "z", range(-1, 1), "c", range(1.2, 2), "df", range(0.5, 3), "x", range(0.6, 2), "p", range(-1, 1),
            "y", range(-1, 1));

    @Test
    void aSumOfNamesWrittenWithAFractionalNumberIsWrittenSo() {
        // the normal form puts p - 1/2 over its number, (2p - 1)/2, and a product turned it: -pi*(1 - 2*p)/2
        assertDerives("derive pi*(p - 1/2)*y wrt y", "pi*(p - 1/2)", RANGES);
        assertDerives("derive a*(x - 1/2)^2 wrt x", "2*a*(x - 1/2)", RANGES);
        assertDerives("derive (x - 1/2)^3 wrt x", "3*(x - 1/2)^2", RANGES);
        assertDerives("derive log(x - 1/2) wrt x", "1/(x - 1/2)", RANGES);
        assertDerives("derive y^2*(x - 3/2)/2 wrt y", "y*(x - 3/2)", RANGES);
        // a name times a fraction beside a number is written so too (session 41; was the normal form's -y*(2 - x)/2)
        assertDerives("derive y^2*(x/2 - 1)/2 wrt y", "y*(x/2 - 1)", RANGES);
        // the derivative that is the sum itself is the normal form's, as a simplify of the sum is: (2*x - 1)/2
        assertDerives("derive y*(p - 1/2) wrt y", "(2*p - 1)/2", RANGES);
        // a sum that holds a function's value is written as the input wrote it, its number apart (NumeratorsDivided, session
        // 44; was the normal form's (2*exp(x) - 1)/2)
        assertDerives("derive y*(exp(x) - 1/2) wrt y", "exp(x) - 1/2", RANGES);
    }

    @Test
    void aWholePowerOfAWrittenSumIsWrittenAsTheInputWroteIt() {
        assertDerives("derive a^2*log(1 + s/a^2) wrt s", "1/(1 + s/a^2)", RANGES);
        assertDerives("derive (c^2*df/2)*log(df + (z/c)^2) wrt z", "df*z/(df + (z/c)^2)", RANGES);
    }

    @Test
    void eachBranchOfACaseIsWrittenSo() {
        assertDerives("derive where(s <= a^2, a^2/3*(1 - (1 - s/a^2)^3), a^2/3) wrt s",
                "where(s <= a^2, (1 - s/a^2)^2, 0)", RANGES);
        assertDerives("derive where(abs(z) <= c, -(1 - (z/c)^2)^3*c^2/6 + c^2/6, c^2/6) wrt z",
                "where(abs(z) <= c, z*(1 - (z/c)^2)^2, 0)", RANGES);
    }

    @Test
    void aTermThatWouldDivideBySomethingNewKeepsItsForm() {
        // (1 + s/a²)^(−2) would leave 1/a² to divide by: −a²/(a² + s)² stays
        assertDerives("derive diff(a^2*log(1 + s/a^2), s) wrt s", "-a^2/(a^2 + s)^2", RANGES);
        // a sum written without a fraction is the normal form's already
        assertDerives("derive a^2*log(a^2 + s) wrt s", "a^2/(a^2 + s)", RANGES);
    }
}
