package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * A piecewise form that has no value on one of its intervals keeps its steps instead of failing: the derivative of
 * 1/clip(x, 0, 1) divides by clip(x, 0, 1) = 0 where x < 0 (was: "division by zero", exit 2).
 */
class UndefinedIntervalCasesTest {
    private static String derivative(String e) {
        return Printer.ascii(Symgrad.simplify(Symgrad.differentiate(Parser.parseExpression(e), Parser.parseExpression("x"))));
    }

    @Test
    void aQuotientByAClipThatReachesZeroKeepsItsSteps() {
        assertEquals("-heaviside(x)*heaviside(1 - x)/clip(x, 0, 1)^2", derivative("1/clip(x, 0, 1)"));
        assertEquals("heaviside(x)*heaviside(1 - x)/clip(x, 0, 1)", derivative("log(clip(x, 0, 1))"));
        // where every interval has a value the cases are written as before
        assertEquals("where(x > 1, where(x < 2, -1/x^2, 0), 0)", derivative("1/clip(x, 1, 2)"));
    }
}
