package org.symgrad.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.testing.RandomExprs;

/** Numeric oracle: the symbolic derivative equals a finite difference at random points. */
class DifferentiatorPropertyTest {
    private static final int EXPRESSIONS = 400;
    private static final int POINTS = 3;

    @Test
    void derivativeOfRandomExpressionMatchesFiniteDifference() {
        RandomExprs gen = new RandomExprs(20240611L);
        int used = 0;
        int tried = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.next(4);
            Sym wrt = new Sym(RandomExprs.VARIABLES.get(i % 3));
            Expr d = Differentiator.diff(e, wrt);
            assertTrue(!containsDerivative(d), "unexpanded derivative left in " + d);
            for (int p = 0; p < POINTS; p++) {
                tried++;
                Environment env = at(gen.point(), i * 31L + p);
                double symbolic = Evaluator.evaluate(d, env);
                double numeric = Evaluator.evaluate(new Derivative(e, wrt), env);
                if (!Double.isFinite(symbolic) || !Double.isFinite(numeric) || Math.abs(numeric) > 1e6) {
                    continue;
                }
                used++;
                double tolerance = 1e-5 * Math.max(1, Math.abs(numeric));
                if (Math.abs(symbolic - numeric) > tolerance) {
                    fail("d/d" + wrt + " of " + e + "\n = " + d + "\n symbolic " + symbolic
                            + " numeric " + numeric + " at " + env.scalar("x") + ", " + env.scalar("y") + ", "
                            + env.scalar("z"));
                }
            }
        }
        assertTrue(used > 0.9 * tried, "only " + used + " of " + tried + " points were usable");
    }

    /** Each variable 0, ±1 or large: edges where a simplified derivative could read 0/0. */
    private static final double[][] BOUNDARY = {{0, 0, 0}, {1, -1, 0}, {-1, 0, 1}, {0, 1, -1}, {3, -3, 0}};

    @Test
    void simplifiedDerivativeMatchesFiniteDifferenceAtBoundaryPoints() {
        RandomExprs gen = new RandomExprs(20240612L);
        int used = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.next(4);
            Sym wrt = new Sym(RandomExprs.VARIABLES.get(i % 3));
            Expr d = org.symgrad.derive.Deriver.plain().derivative(e, wrt);
            for (double[] p : BOUNDARY) {
                Environment env = at(p, i);
                double numeric = Evaluator.evaluate(new Derivative(e, wrt), env);
                if (!Double.isFinite(numeric) || Math.abs(numeric) > 1e6 || !reliable(e, wrt, env, numeric)) {
                    continue;
                }
                double symbolic = Evaluator.evaluate(d, env);
                used++;
                if (!(Math.abs(symbolic - numeric) <= 1e-5 * Math.max(1, Math.abs(numeric)))) {
                    fail("d/d" + wrt + " of " + e + "\n = " + d + "\n symbolic " + symbolic + " numeric " + numeric
                            + " at " + p[0] + ", " + p[1] + ", " + p[2]);
                }
            }
        }
        assertTrue(used > EXPRESSIONS, "only " + used + " usable boundary points");
    }

    /** Whether a finite difference with a step ten times smaller agrees: a fast oscillation fools the default step. */
    private static boolean reliable(Expr e, Sym wrt, Environment env, double numeric) {
        double x = env.scalar(wrt.name());
        double h = 1e-5 * Math.max(1, Math.abs(x));
        double small = (Evaluator.evaluate(e, env.withScalar(wrt.name(), x + h))
                - Evaluator.evaluate(e, env.withScalar(wrt.name(), x - h))) / (2 * h);
        return Math.abs(small - numeric) <= 1e-6 * Math.max(1, Math.abs(numeric));
    }

    @Test
    void repeatedOneStepExpansionReachesTheSameAnswer() {
        RandomExprs gen = new RandomExprs(77L);
        for (int i = 0; i < 150; i++) {
            Expr e = gen.next(3);
            Sym wrt = new Sym(RandomExprs.VARIABLES.get(i % 3));
            Expr stepped = new Derivative(e, wrt);
            int steps = 0;
            for (Optional<RuleApplication> r = DiffRules.expandFirst(stepped, DefinedDerivatives.NONE);
                 r.isPresent(); r = DiffRules.expandFirst(stepped, DefinedDerivatives.NONE)) {
                stepped = r.get().result();
                assertTrue(++steps < 10_000, "no fixpoint for " + e);
            }
            assertTrue(!containsDerivative(stepped), "left " + stepped);
            Expr full = Differentiator.diff(e, wrt);
            Environment env = at(gen.point(), i);
            double a = Evaluator.evaluate(stepped, env);
            double b = Evaluator.evaluate(full, env);
            if (Double.isFinite(a) && Double.isFinite(b)) {
                assertEquals(b, a, 1e-9 * Math.max(1, Math.abs(b)), "steps disagree with diff for " + e);
            }
        }
    }

    static Environment at(double[] p, long seed) {
        return Environment.random(seed, 3).withScalar("x", p[0]).withScalar("y", p[1]).withScalar("z", p[2]);
    }

    static boolean containsDerivative(Expr e) {
        if (e instanceof Derivative) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(DifferentiatorPropertyTest::containsDerivative);
    }
}
