package org.symgrad.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.parse.Parser;

/**
 * A step names the rule it applied: pulling a common {@code exp(−x)} out of the terms is factoring,
 * not combining fractions — {@code exp(x)^{−1}} prints as {@code exp(−x)}, no denominator.
 */
class StepNamesTest {
    private static List<Step> steps(String input, String wrt) {
        return Deriver.plain().derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).steps();
    }

    @Test
    void aCommonExponentialPulledOutIsFactoring() {
        List<Step> s = steps("x*exp(-x)", "x");
        Step last = s.get(s.size() - 1);
        assertEquals("exp(-x)*(1 - x)", org.symgrad.print.Printer.ascii(last.expr()));
        assertEquals(List.of("factor-out-common-factor"), last.rules());
    }

    /**
     * A stage cites every operation it shows, and not one it did and undid on the way: the batch-norm
     * variance gradient pulls the constant out of the Σ in one step, not split and gathered again.
     */
    @Test
    void aSumSplitAndGatheredAgainIsAFactorPulledOut() {
        List<Step> s = steps("sum(i, D_i*(x_i - mu)/sqrt(v + eps))", "v");
        Step last = s.get(s.size() - 1);
        assertEquals("-sum(i, D_i*(x_i - mu))/(2*(v + eps)^(3/2))", org.symgrad.print.Printer.ascii(last.expr()));
        assertEquals(List.of("pull-factor-out-of-sum"), last.rules());
        assertEquals(List.of(), StepUndos.of(Deriver.plain().derive(Parser.parseExpression("sum(i, D_i*(x_i - mu)/sqrt(v + eps))"),
                Parser.parseExpression("v"))));
    }

    /** Only a form that prints a denominator is a fraction: no step of these combines fractions. */
    @Test
    void noFractionNoCombiningOfFractions() {
        for (String[] c : new String[][] {{"x^2*exp(-x)", "x"}, {"exp(-a*x)*sin(x)", "x"}, {"x*exp(-x^2/2)", "x"}}) {
            for (Step step : steps(c[0], c[1])) {
                Expr e = step.expr();
                boolean fraction = org.symgrad.print.Printer.ascii(e).contains("/");
                assertFalse(!fraction && step.rules().contains("combine-fractions"), c[0] + ": " + step);
            }
        }
    }
}
