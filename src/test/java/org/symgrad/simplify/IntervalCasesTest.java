package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;

/**
 * Two cases of one value on both sides of an interval read as the interval first
 * ({@link IntervalCases}), with symbolic bounds, where {@link PiecewiseCases} needs numeric jumps:
 * PyTorch's softshrink backward {@code (x >= -l && x <= l) ? 0 : grad}.
 */
class IntervalCasesTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    @Test
    void twoOuterCasesOfOneValueReadAsTheIntervalBetweenThem() {
        // softshrink's derivative (reach shrink-hardtanh.sg), the cases as the forward wrote them
        assertEquals("where(x >= -l, where(x <= l, 0, 1), 1)", derived("where(x > l, x - l, where(x < -l, x + l, 0))", "x"));
        // other names, the bounds the other way round and not opposite, non-strict conditions turned strict
        assertEquals("where(u > a, where(u < b, c*d, c), c)", simplified("where(u <= a, c, where(u >= b, c, c*d))"));
        assertEquals("where(y - p >= -e, where(y - p <= t, 0, w), w)", simplified("where(y - p > t, w, where(y - p < -e, w, 0))"));
        // the quantity on the right of a comparison
        assertEquals("where(z >= lo, where(z <= hi, 0, k), k)", simplified("where(hi < z, k, where(lo > z, k, 0))"));
    }

    @Test
    void otherShapesStayAsTheyAre() {
        // different values outside, one-sided bounds, bounds of different quantities
        assertEquals("where(x > l, 1, where(x < -l, -1, 0))", simplified("where(x > l, 1, where(x < -l, -1, 0))"));
        assertEquals("where(x > l, 1, where(x > m, 1, 0))", simplified("where(x > l, 1, where(x > m, 1, 0))"));
        assertEquals("where(x > l, 1, where(y < m, 1, 0))", simplified("where(x > l, 1, where(y < m, 1, 0))"));
        // already an interval first
        assertEquals("where(x >= -l, where(x <= l, 0, 1), 1)", simplified("where(x >= -l, where(x <= l, 0, 1), 1)"));
    }

    @Test
    void theIntervalFormHasTheValueOfTheSplitEverywhereAtTheEndsToo() {
        String input = "where(x > l, a, where(x < m, a, b))";
        Expr before = Parser.parseExpression(input);
        Expr after = Parser.parseExpression(simplified(input));
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            double l = random.nextInt(5) - 2;
            double m = random.nextInt(5) - 2;
            double x = random.nextInt(7) - 3; // on the bounds often, either bound the larger
            Environment env = Environment.random(9, 3).withScalar("x", x).withScalar("l", l).withScalar("m", m)
                    .withScalar("a", 3).withScalar("b", -5);
            double want = Evaluator.evaluate(before, env);
            double got = Evaluator.evaluate(after, env);
            assertTrue(want == got, input + " at x=" + x + " l=" + l + " m=" + m + ": " + want + " vs " + got);
        }
    }
}
