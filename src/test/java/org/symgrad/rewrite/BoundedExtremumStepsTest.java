package org.symgrad.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;

/**
 * A step of a bound minus a max (or a min plus a bound) with one numeric argument on the step's
 * safe side drops it ({@link StepLaws#STEP_OF_BOUNDED_EXTREMUM}): ReLU6's derivative is the steps
 * of v alone, one case split (reach {@code shrink-hardtanh.sg}, PyTorch's relu6 = hardtanh(x, 0, 6)).
 */
class BoundedExtremumStepsTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    @Test
    void boundedMaxAndMinInAStepReadAsTheirOtherArgument() {
        assertEquals("where(v > 0, where(v < 6, 1, 0), 0)", derived("min(max(0, v), 6)", "v"));
        // other names and bounds, the clamp written the other way round (a min inside a max)
        assertEquals("where(u > -1, where(u < 2, 1, 0), 0)", derived("max(min(u, 2), -1)", "u"));
        assertEquals("heaviside(3 - y)", simplified("heaviside(3 - max(y, 1))"));
        assertEquals("heaviside(2 + y)", simplified("heaviside(min(5, y) + 2)"));
    }

    @Test
    void aBoundTheNumberDoesNotClearStays() {
        assertEquals("heaviside(1 - max(2, y))", simplified("heaviside(1 - max(2, y))"));
        assertEquals("heaviside(c - max(0, y))", simplified("heaviside(c - max(0, y))"));
        assertEquals("heaviside(max(0, y) - 3)", simplified("heaviside(max(0, y) - 3)"));
    }

    @Test
    void theStepHasItsValueEverywhereAtTheBoundToo() {
        for (String input : new String[] {"heaviside(3 - max(y, 1))", "heaviside(min(5, y) + 2)"}) {
            Expr before = Parser.parseExpression(input);
            Expr after = Parser.parseExpression(simplified(input));
            for (int i = -12; i <= 12; i++) {
                Environment env = Environment.random(5, 3).withScalar("y", i / 2.0);
                double want = Evaluator.evaluate(before, env);
                double got = Evaluator.evaluate(after, env);
                assertTrue(want == got, input + " at y=" + i / 2.0 + ": " + want + " vs " + got);
            }
        }
    }
}
