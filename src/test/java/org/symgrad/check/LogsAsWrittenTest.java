package org.symgrad.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.print.Printer;
import org.symgrad.parse.Parser;

/**
 * {@link LogsAsWritten} (issue 9, homework8 item 4): {@code log((2 − a)/(2 − b)) = log(2 − a) − log(2 − b)}
 * is proven where the factors as written are positive, not only numerically equal because the normal
 * form splits the quotient as {@code log(a − 2) − log(b − 2)}. One mechanism, checked with other
 * constants, names, products, powers and a reciprocal; a wrong split stays false.
 */
class LogsAsWrittenTest {
    private static Verdict check(String left, String right) {
        return new Checker(Definitions.none(), List.of(), Sampling.NONE)
                .check(Parser.parseExpression(left), Parser.parseExpression(right));
    }

    private static String conditions(Verdict v) {
        assertEquals(Verdict.Kind.PROVEN, v.kind(), () -> Printer.ascii(v.left()) + " = " + Printer.ascii(v.right()));
        return v.conditions().stream().map(Printer::ascii).collect(Collectors.joining(", "));
    }

    @Test
    void aQuotientOfDifferencesSplitAsWritten() {
        assertEquals("2 - a, 2 - b", conditions(check("log((2 - a)/(2 - b))", "log(2 - a) - log(2 - b)")));
        assertEquals("1 - p, 1 - q", conditions(check("log((1 - p)/(1 - q))", "log(1 - p) - log(1 - q)")));
        assertEquals("c - a, c - b", conditions(check("log((c - a)/(c - b))", "log(c - a) - log(c - b)")));
        assertEquals("3 - u, v", conditions(check("log((3 - u)/v)", "log(3 - u) - log(v)")));
    }

    @Test
    void productsPowersAndReciprocals() {
        assertEquals("2 - a, 5 - b", conditions(check("log((2 - a)*(5 - b))", "log(2 - a) + log(5 - b)")));
        assertEquals("1 - r", conditions(check("log((1 - r)^2)", "2*log(1 - r)")));
        // one factor to an odd power: the logarithm itself needs it positive, no condition
        assertTrue(check("log(1/(4 - t))", "-log(4 - t)").unconditional());
        assertTrue(check("log((1 - r)^3)", "3*log(1 - r)").unconditional());
        // inside a larger expression: half the log ratio, Fisher's z
        assertEquals("1 + x, 1 - x", conditions(check("log((1 + x)/(1 - x))/2", "log(1 + x)/2 - log(1 - x)/2")));
    }

    @Test
    void theOrientationTheNormalFormTakesStillWorks() {
        assertEquals("a - 2, b - 2", conditions(check("log((a - 2)/(b - 2))", "log(a - 2) - log(b - 2)")));
    }

    @Test
    void aNumberIsSplitByItsPrimes() {
        // log 4 = 2 log 2, as the soft actor-critic's squashing correction writes 2(log 2 − u − softplus(−2u))
        assertTrue(check("log(4)", "2*log(2)").unconditional());
        assertTrue(check("log(4*exp(-2*u)/(1 + exp(-2*u))^2)", "2*(log(2) - u - softplus(-2*u))").unconditional());
        assertTrue(check("log(3/4)", "log(3) - 2*log(2)").unconditional());
        assertTrue(check("log(12*x^2)", "2*log(2) + log(3) + 2*log(x)").kind() == Verdict.Kind.PROVEN);
        assertEquals(Verdict.Kind.FALSE, check("log(4)", "log(2)").kind());
        assertEquals(Verdict.Kind.FALSE, check("log(12)", "2*log(3) + log(2)").kind());
    }

    @Test
    void aWrongSplitStaysFalse() {
        assertEquals(Verdict.Kind.FALSE, check("log((2 - a)/(2 - b))", "log(2 - a) + log(2 - b)").kind());
        assertEquals(Verdict.Kind.FALSE, check("log((2 - a)*(5 - b))", "log(2 - a) - log(5 - b)").kind());
    }
}
