package org.symgrad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.expr.Exprs.*;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Rational;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.simplify.Simplifier;
import org.symgrad.testing.RandomExprs;

/**
 * Ball evaluation is exact where the expression is rational, and elsewhere its radius is a true
 * error bound: two forms of one expression never evaluate to disjoint balls.
 */
class BallEvaluatorTest {
    private final Environment env = Environment.random(7, 3).withScalar("x", 0.1).withScalar("y", -2);

    private Ball eval(String text) {
        return BallEvaluator.evaluate(Parser.parseExpression(text), env);
    }

    @Test
    void aDoubleIsItsExactDyadicRational() {
        assertEquals(Rational.of(BigInteger.valueOf(3602879701896397L), BigInteger.ONE.shiftLeft(55)),
                Ball.of(0.1).exactValue());
        assertEquals(Rational.of(-3), Ball.of(-3.0).exactValue());
        assertEquals(Rational.ZERO, Ball.of(-0.0).exactValue());
        assertFalse(Ball.of(Double.NaN).isDefined());
    }

    @Test
    void rationalArithmeticIsExact() {
        assertEquals(Rational.ONE, eval("10^20 + 1 - 10^20").exactValue());
        Rational tenth = Ball.of(0.1).exactValue();
        assertEquals(tenth.multiply(Rational.of(3)).subtract(Rational.of(1, 3)),
                eval("3x - 1/3").exactValue());
        assertEquals(Rational.of(1, 4), eval("y^-2").exactValue());
        assertEquals(Rational.ONE, eval("sum_k 1/n").exactValue());
        assertEquals(Rational.ZERO, eval("delta(1, 2)").exactValue());
    }

    @Test
    void undefinedOutsideTheDomain() {
        assertFalse(eval("1/(x - x)").isDefined());
        assertFalse(eval("log(y)").isDefined());
        assertFalse(eval("y^(1/2)").isDefined());
        assertFalse(eval("1/(sin(x) - sin(x))").isDefined(), "a ball around 0 has no reciprocal");
    }

    @Test
    void aFunctionValueIsABallAroundTheDoubleValue() {
        Ball b = eval("exp(x)");
        assertFalse(b.isExact());
        assertEquals(Math.exp(0.1), b.estimate(), 4 * Math.ulp(Math.exp(0.1)));
        assertTrue(b.radius() > 0 && b.radius() < 1e-14, b.toString());
    }

    @Test
    void aSumOfBallsDecidesARelativeDifferenceOfOneTrillionth() {
        Ball d = eval("exp(x)*(1 + 1/10^12) - exp(x)");
        double truth = Math.exp(0.1) * 1e-12;
        assertTrue(Math.abs(d.estimate() - truth) <= d.radius(), d.toString());
        assertTrue(d.radius() < truth / 100, d.toString());
    }

    @Test
    void aFunctionOfAnArgumentKnownToLessThanAPeriodIsKnownToLittle() {
        // 10^16·x + 1/3 rounds to a double within a few units: sin of it could be anything in [−1, 1]
        Ball b = eval("sin(10^16*x + 1/3)");
        assertTrue(b.radius() > 0.5, b.toString());
        Ball small = eval("sin(x + 1/3)");
        assertTrue(small.radius() < 1e-14, small.toString());
    }

    @Test
    void aDecidedConditionSelectsItsBranchExactly() {
        // found by the long fuzz run (seed 14, case 92760): gt(−log(1 + x²), 0) was 0 ± a few
        // subnormals, which a case split read as possibly true, so where(…, 1, 1 + a) spanned both
        // branches and check called where(…)·(1 + 10⁻⁹) equal to where(…)
        Expr condition = ((org.symgrad.expr.Fn) Parser.parseExpression("where(-log(1 + x^2) > 0, 1, 2)")).args().get(0);
        assertEquals(Rational.ZERO, BallEvaluator.evaluate(condition, env).exactValue());
        assertEquals(Rational.of(2), eval("where(-log(1 + x^2) > 0, 1, 2)").exactValue());
        assertEquals(Rational.ONE, eval("where(exp(x) > 1, 1, 2)").exactValue());
        assertEquals(Rational.ONE, eval("where(x > 1/10, 1, 2)").exactValue(), "x is exactly the double 0.1, above 1/10");
        Ball b = eval("where(-log(1 + x^2) > 0, 1, 1 + sin(x))");
        assertEquals(1 + Math.sin(0.1), b.estimate(), 4 * Math.ulp(1.0));
        assertTrue(b.radius() < 1e-14, b.toString());
        // the branch not taken may be undefined, as in the evaluator
        assertEquals(Rational.of(2), eval("where(y > 0, log(y), 2)").exactValue());
        // a condition its ball does not decide still spans both branches
        Ball undecided = eval("where(sin(x) - sin(x) > 0, 1, 2)");
        assertTrue(undecided.isDefined() && undecided.radius() >= 0.5, undecided.toString());
    }

    @Test
    void largePowersStayExactUntilTheyGrowTooBig() {
        assertTrue(eval("(1 + 1/10^9)^10").isExact());
        Ball big = eval("(1 + x)^1000");
        assertFalse(big.isExact(), "1000 powers of a 55-bit dyadic exceed the exact size");
        assertEquals(Math.pow(1.1, 1000), big.estimate(), 1e-12 * Math.pow(1.1, 1000));
    }

    /**
     * Soundness over random expressions: an expression and its simplified form (a different
     * computation of the same value) give overlapping balls at random points, and at points
     * scaled up to 40 where cancellation and large values stress the bounds.
     */
    @Test
    void anExpressionAndItsSimplificationHaveOverlappingBalls() {
        RandomExprs gen = new RandomExprs(2_024L);
        int compared = 0;
        for (int i = 0; i < 250; i++) {
            Expr a = gen.next(4);
            Expr b;
            try {
                b = Simplifier.simplifyPlain(a);
            } catch (org.symgrad.error.SymgradException limit) {
                continue;
            }
            double[] p = gen.point();
            double scale = i % 3 == 0 ? 40 : 1;
            Environment at = Environment.random(i, 3).withScalar("x", scale * p[0]).withScalar("y", scale * p[1])
                    .withScalar("z", scale * p[2]);
            Ball x = BallEvaluator.evaluate(a, at);
            Ball y = BallEvaluator.evaluate(b, at);
            if (!x.isDefined() || !y.isDefined()) {
                continue;
            }
            compared++;
            Ball d = x.subtract(y);
            assertTrue(d.isDefined() && d.mid().abs().doubleValue() <= d.radius(),
                    () -> Printer.ascii(a) + " = " + Printer.ascii(b) + " at " + at.seed() + ": " + x + " vs " + y);
        }
        assertTrue(compared > 150, "only " + compared + " points compared");
    }
}
