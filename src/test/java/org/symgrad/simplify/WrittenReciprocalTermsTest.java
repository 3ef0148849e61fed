package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;
import org.symgrad.eval.Environment;

/**
 * A written reciprocal beside other terms ({@code 1/w + z − y}, Bell &amp; Sejnowski's {@code 1/w + x(1 − 2y)}):
 * {@link ProductRuleSums} writes the combined fraction's terms apart as the input wrote them, and a term whose
 * factor the outside divides by is cancelled, not printed {@code w(z − y)/w} (reported by reach12, session 16).
 */
class WrittenReciprocalTermsTest {
    static void assertSimplifies(String input, String expected) {
        Expr in = Parser.parseExpression(input);
        Expr out = Simplifier.simplifyPlain(in);
        assertEquals(expected, Printer.ascii(out), input);
        EveryIndexAssignment.assertSameEverywhere(input, in, out, Environment::random);
    }

    @Test
    void aWrittenReciprocalLeavesTheOtherTermsUncancelledNoMore() {
        // was 1/w + w*(z - y)/w; the terms in the input's order since the split's group −(y − z) gives each term its
        // minus (SplitNegativeGroupTest; was 1/w - y + z)
        assertSimplifies("1/w + z - y", "1/w + z - y");
        // variants: another numerator, other names
        assertSimplifies("2/w + z - y", "2/w + z - y");
        assertSimplifies("3/v + b - a", "3/v + b - a");
        // what was right stays
        assertSimplifies("1/w + x*(1 - 2*y)", "1/w + x*(1 - 2*y)");
        // a name over w: the split reads shorter now that −(y − z) is two terms (was (w*(z - y) + a)/w)
        assertSimplifies("a/w + z - y", "a/w + z - y");
    }
}
