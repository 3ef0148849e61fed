package org.symgrad.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Derivation;
import org.symgrad.derive.Deriver;
import org.symgrad.derive.Step;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;

/**
 * No step of a derivation takes an exp out of a sum whose terms do not all hold it: the value of a case written
 * {@code exp(−x²/2)(x/√(2π) + Φ(x) exp(x²/2))} for {@code x exp(−x²/2)/√(2π) + Φ(x)} is ∞·0, no number, at x = 40,
 * where the input and every other step have one. Every step of the derivation of an activation composed with a
 * clamp, a case split, a min or a max, evaluated at x = ±40, is finite wherever the input is (steps that still hold
 * an unevaluated derivative aside).
 */
class FiniteStepsTest {
    private static final double[] FAR = {40, -40};

    /** Smooth functions whose derivatives hold exps, each as written in a derivation's input. */
    private static final List<String> INNER = List.of("gelu(x)", "x*Phi(x)", "x*exp(-x^2/2)", "erf(x)", "softplus(x)",
            "x*sigma(x)", "tanh(x)", "exp(-x)");

    /** Clamps and case splits around an inner value g. */
    private static final List<String> OUTER = List.of("g*clip(g + 3, 0, 6)/6", "clip(g, -1, 1)", "where(g < 3, g, 0)",
            "max(g, 0)*g", "min(g, 1)", "where(x < 0, g, 2*g)");

    private static double at(Expr e, double x) {
        try {
            return Evaluator.evaluate(e, Environment.random(3, 2).withScalar("x", x));
        } catch (IllegalArgumentException | ArithmeticException notEvaluable) {
            return Double.NaN;
        }
    }

    private static boolean evaluable(Expr e) {
        return !Exprs.any(e, n -> n instanceof org.symgrad.expr.Derivative);
    }

    @Test
    void everyStepIsFiniteFarOutWhereTheInputIs() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String inner : INNER) {
            for (String outer : OUTER) {
                String input = outer.replace("g", "(" + inner + ")");
                Expr e = Parser.parseExpression(input);
                Derivation d = Deriver.plain().derive(e, Exprs.sym("x"));
                for (double x : FAR) {
                    if (!Double.isFinite(at(e, x))) {
                        continue;
                    }
                    for (Step s : d.steps()) {
                        if (!evaluable(s.expr())) {
                            continue;
                        }
                        checked++;
                        if (!Double.isFinite(at(s.expr(), x))) {
                            failures.add(input + " at x = " + x + ": " + Printer.ascii(s.expr()));
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(checked > 100, "steps checked: " + checked);
    }

    @Test
    void theDefectsDerivationEndsInCasesWhoseExpsEachTermKeeps() {
        // was: where(gelu(x) < -3, 0, where(gelu(x) < 3, exp(-x^2/2)*(3 + 2*gelu(x))*(x + 2^(1/2)*pi^(1/2)*Phi(x)
        // *exp(x^2/2))/(6*(2*pi)^(1/2)), exp(-x^2/2)*(x/(2*pi)^(1/2) + Phi(x)*exp(x^2/2)))), NaN at x = 40
        Derivation d = Deriver.plain().derive(Parser.parseExpression("gelu(x)*clip(gelu(x) + 3, 0, 6)/6"), Exprs.sym("x"));
        Expr last = d.steps().get(d.steps().size() - 1).expr();
        assertEquals("where(gelu(x) < -3, 0, where(gelu(x) < 3, (3 + 2*gelu(x))*(x*exp(-x^2/2) + Phi(x)*(2*pi)^(1/2))"
                + "/(6*(2*pi)^(1/2)), x*exp(-x^2/2)/(2*pi)^(1/2) + Phi(x)))", Printer.ascii(last));
        assertEquals(1.0, at(last, 40), 1e-12);
    }

    @Test
    void aCasesValueKeepsTheExpsItsTermsWrite() {
        // was where(x < 3, exp(-x^2/2)*(x + y*exp(x^2/2)), 0)
        assertEquals("where(x < 3, x*exp(-x^2/2) + y, 0)",
                Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("where(x < 3, x*exp(-x^2/2) + y, 0)"))));
        // an exp every term holds still comes out
        assertEquals("where(x < 3, exp(-x)*(1 + x), 0)",
                Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression("where(x < 3, exp(-x)*(1 + x), 0)"))));
    }
}
