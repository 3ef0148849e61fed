package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.api.Symgrad;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.StepLaws;
import org.symgrad.testing.RandomExprs;
import org.symgrad.testing.SimplifiedValues;

/**
 * The step laws of the rule book ({@link StepLaws}): products of heaviside and sign with a power of
 * themselves, with their own argument and with a ramp that vanishes where they do, as the
 * derivatives of relu, max, min and abs bring them in.
 */
class StepsAbsorbedTest {
    private static String simplified(String input) {
        return Printer.ascii(Simplifier.simplifyPlain(Parser.parseExpression(input)));
    }

    private static String derived(String input, String wrt) {
        return Printer.ascii(Symgrad.derive(Parser.parseExpression(input), Parser.parseExpression(wrt)).result());
    }

    @Test
    void stepsBesideThemselvesTheirArgumentOrARampAreAbsorbed() {
        assertEquals("heaviside(x)", simplified("heaviside(x)^2"));
        assertEquals("y*heaviside(x - y)", simplified("y*heaviside(x - y)^3"));
        assertEquals("y", simplified("sign(x)^2*y"));
        assertEquals("sign(x)", simplified("sign(x)^3"));
        assertEquals("relu(x)", simplified("x*heaviside(x)"));
        assertEquals("relu(x)^2", simplified("x^2*heaviside(x)"));
        // the step of the negated argument: x·heaviside(−x) = −(−x)·heaviside(−x) = −relu(−x), 0 wherever x ≥ 0
        assertEquals("-relu(-x)", simplified("x*heaviside(-x)"));
        assertEquals("relu(-x)^2", simplified("x^2*heaviside(-x)"));
        assertEquals("relu(x)", simplified("relu(x)*heaviside(x)"));
        assertEquals("max(0, m - d)", simplified("max(0, m - d)*heaviside(m - d)"));
        assertEquals("max(x, 0)^2", simplified("max(x, 0)^2*heaviside(x)"));
        assertEquals("min(0, x)", simplified("min(0, x)*heaviside(-x)"));
        assertEquals("0", simplified("relu(x)*heaviside(-x)"));
        assertEquals("0", simplified("min(0, x)*heaviside(x)"));
        assertEquals("0", simplified("y*max(0, x - y)*heaviside(y - x)"));
        // nothing to absorb into: the step stays
        assertEquals("y*heaviside(x)", simplified("y*heaviside(x)"));
        assertEquals("heaviside(x)*max(0, y)", simplified("max(0, y)*heaviside(x)"));
        assertEquals("heaviside(x)*max(x, y)", simplified("max(x, y)*heaviside(x)"));
    }

    @Test
    void derivativesOfRampsReadAsBooksPrintThem() {
        // Hadsell, Chopra & LeCun's contrastive loss: ∂/∂d ½ max(0, m − d)² = −max(0, m − d)
        assertEquals("-2*max(0, m - d)", derived("max(0, m - d)^2", "d"));
        assertEquals("relu(x)", derived("relu(x)^2/2", "x"));
        assertEquals("2*relu(x)", derived("x*relu(x)", "x"));
        assertEquals("2*min(0, x)", derived("min(0, x)^2", "x"));
        assertEquals("heaviside(x)", derived("relu(x)", "x"));
    }

    /** The laws proven everywhere hold at the jump too, with heaviside(0) = 1/2 and sign(0) = 0. */
    @Test
    void theLawsHoldWhereTheyStateTheyDo() {
        List<Rule> everywhere = List.of(StepLaws.ARGUMENT_TIMES_STEP, StepLaws.RAMP_TIMES_STEP,
                StepLaws.RAMP_TIMES_OPPOSITE_STEP);
        List<String> instances = List.of("heaviside(x)^2", "heaviside(x)^3", "sign(x)^2", "sign(x)^3", "x*heaviside(x)",
                "x^2*heaviside(x)", "relu(x)*heaviside(x)", "max(0, x)^2*heaviside(x)", "max(x, 0)*heaviside(x)",
                "min(0, x)*heaviside(-x)", "min(x, 0)^3*heaviside(-x)", "relu(x)*heaviside(-x)",
                "max(0, x)*heaviside(-x)");
        int applied = 0;
        for (String instance : instances) {
            for (Rule law : StepLaws.LAWS) {
                Expr e = Parser.parseExpression(instance);
                var out = law.apply(e);
                if (out.isEmpty()) {
                    continue;
                }
                applied++;
                for (double x : new double[] {-1.5, -0.25, 0, 0.5, 2}) {
                    if (x == 0 && !everywhere.contains(law)) {
                        continue;
                    }
                    Environment env = Environment.random(3, 3).withScalar("x", x);
                    assertEquals(Evaluator.evaluate(e, env), Evaluator.evaluate(out.get(), env), 1e-12,
                            law.name() + ": " + instance + " at x = " + x);
                }
            }
        }
        assertEquals(instances.size(), applied);
    }

    /** Steps of generated arguments beside ramps and powers of them: the value is kept and the result is a fixed point. */
    @Test
    void absorbedStepsKeepTheValueAndAreAFixedPoint() {
        RandomExprs gen = new RandomExprs(1_618L);
        Random random = new Random(11L);
        int compared = 0;
        for (int t = 0; t < 200; t++) {
            Expr u = gen.next(1 + random.nextInt(2));
            Expr other = gen.next(1);
            int k = 1 + random.nextInt(3);
            Expr factor = switch (random.nextInt(5)) {
                case 0 -> Exprs.pow(u, k);
                case 1 -> Exprs.pow(Exprs.fn("relu", u), k);
                case 2 -> Exprs.pow(Exprs.fn("max", Exprs.ZERO, u), k);
                case 3 -> Exprs.pow(Exprs.fn("min", u, Exprs.ZERO), k);
                default -> Exprs.pow(Exprs.fn("heaviside", u), k);
            };
            Expr step = random.nextBoolean() ? Exprs.fn("heaviside", u) : Exprs.fn("heaviside", Exprs.neg(u));
            Expr e = Exprs.mul(factor, step, other);
            compared += SimplifiedValues.compared(e, 37, t);
        }
        assertTrue(compared > 200, "only " + compared + " usable points");
    }
}
