package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.diff.Differentiator;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.Idempotence;
import org.symgrad.testing.RandomExprs;

/**
 * Properties of simplification over hundreds of seeded random expressions: it preserves value,
 * is idempotent, survives the ASCII round trip, prints deterministically, and commutes with
 * differentiation (numerically).
 */
class SimplifierPropertyTest {
    private static final int EXPRESSIONS = 300;
    private static final int DEPTH = 4;
    private static final double TOLERANCE = 1e-8;

    private static Environment at(double[] p, long seed) {
        return Environment.random(seed, 3).withScalar("x", p[0]).withScalar("y", p[1]).withScalar("z", p[2]);
    }

    /** Values too large to compare at a fixed relative tolerance after cancellation. */
    private static boolean usable(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && Math.abs(a) < 1e6 && Math.abs(b) < 1e6;
    }

    private static boolean close(double expected, double actual, double tolerance) {
        return Math.abs(expected - actual) <= tolerance * Math.max(1, Math.abs(expected));
    }

    @Test
    void simplifyPreservesValue() {
        RandomExprs gen = new RandomExprs(31L);
        int used = 0;
        int tried = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.next(DEPTH);
            Expr s = Simplifier.simplifyPlain(e);
            for (int p = 0; p < 3; p++) {
                Environment env = at(gen.point(), i * 7L + p);
                double a = Evaluator.evaluate(e, env);
                double b = Evaluator.evaluate(s, env);
                tried++;
                if (!usable(a, b)) {
                    continue;
                }
                used++;
                if (!close(a, b, TOLERANCE)) {
                    fail("simplify changed the value of\n  " + Printer.ascii(e) + "\n= " + Printer.ascii(s)
                            + "\n  at x,y,z = " + env.scalar("x") + ", " + env.scalar("y") + ", " + env.scalar("z")
                            + ": " + a + " became " + b);
                }
            }
        }
        assertTrue(used > 0.8 * tried, "only " + used + " of " + tried + " points were usable");
    }

    /** Points on the edges: each variable 0, ±1 or large, where a careless rewrite divides 0 by 0. */
    private static final double[][] BOUNDARY = {{0, 0, 0}, {1, -1, 0}, {-1, 0, 1}, {0, 1, -1}, {8, -8, 0}, {-8, 0, 8}};

    @Test
    void simplifyPreservesValueAtBoundaryPoints() {
        RandomExprs gen = new RandomExprs(37L);
        int used = 0;
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.next(DEPTH);
            Expr s = Simplifier.simplifyPlain(e);
            for (double[] p : BOUNDARY) {
                Environment env = at(p, i);
                double a = Evaluator.evaluate(e, env);
                if (!Double.isFinite(a) || Math.abs(a) > 1e6) {
                    continue;
                }
                double b = Evaluator.evaluate(s, env);
                used++;
                if (!close(a, b, TOLERANCE)) {
                    fail("simplify changed the value of\n  " + Printer.ascii(e) + "\n= " + Printer.ascii(s)
                            + "\n  at x,y,z = " + p[0] + ", " + p[1] + ", " + p[2] + ": " + a + " became " + b);
                }
            }
        }
        assertTrue(used > EXPRESSIONS, "only " + used + " usable boundary points");
    }

    @Test
    void simplifyIsIdempotent() {
        RandomExprs gen = new RandomExprs(37L);
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.next(DEPTH);
            Idempotence.simplifiedOnce(e);
        }
    }

    @Test
    void asciiRoundTripSimplifiesToTheSameAndKeepsTheValue() {
        RandomExprs gen = new RandomExprs(41L);
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr e = gen.next(DEPTH);
            String ascii = Printer.ascii(e);
            Expr back = Parser.parseExpression(ascii);
            Expr s = Simplifier.simplifyPlain(e);
            assertEquals(s, Simplifier.simplifyPlain(back), () -> "parse(ascii(e)) simplifies differently: " + ascii);
            String simplified = Printer.ascii(s);
            assertEquals(s, Simplifier.simplifyPlain(Parser.parseExpression(simplified)),
                    () -> "the simplified form does not survive the round trip: " + simplified);
            Environment env = at(gen.point(), i);
            double a = Evaluator.evaluate(e, env);
            double b = Evaluator.evaluate(back, env);
            if (usable(a, b)) {
                assertTrue(close(a, b, 1e-12), () -> ascii + " re-parses to a different value: " + a + " vs " + b);
            }
        }
    }

    @Test
    void simplifiedOutputIsDeterministicInEveryFormat() {
        RandomExprs first = new RandomExprs(43L);
        RandomExprs second = new RandomExprs(43L);
        for (int i = 0; i < EXPRESSIONS; i++) {
            Expr a = Simplifier.simplifyPlain(first.next(DEPTH));
            Expr b = Simplifier.simplifyPlain(second.next(DEPTH));
            assertEquals(Printer.ascii(a), Printer.ascii(b));
            assertEquals(Printer.unicode(a), Printer.unicode(b));
            assertEquals(Printer.latex(a), Printer.latex(b));
        }
    }

    @Test
    void derivativeOfSimplifiedEqualsSimplifiedDerivative() {
        RandomExprs gen = new RandomExprs(47L);
        int used = 0;
        for (int i = 0; i < 200; i++) {
            Expr e = gen.next(3);
            Sym x = new Sym(RandomExprs.VARIABLES.get(i % 3));
            Expr ofSimplified = Deriver.plain().derivative(Simplifier.simplifyPlain(e), x);
            Expr simplifiedDerivative = Simplifier.simplifyPlain(Differentiator.diff(e, x));
            Environment env = at(gen.point(), i);
            double a = Evaluator.evaluate(ofSimplified, env);
            double b = Evaluator.evaluate(simplifiedDerivative, env);
            double fd = Evaluator.evaluate(new Derivative(e, x), env);
            if (!usable(a, b) || !usable(fd, fd)) {
                continue;
            }
            used++;
            if (!close(fd, a, 1e-6) || !close(fd, b, 1e-6)) {
                fail("d/d" + x + " of " + Printer.ascii(e) + "\n  of the simplified form: " + Printer.ascii(ofSimplified)
                        + " = " + a + "\n  simplified derivative: " + Printer.ascii(simplifiedDerivative) + " = " + b
                        + "\n  finite difference " + fd);
            }
        }
        assertTrue(used > 150, "only " + used + " usable points");
    }
}
