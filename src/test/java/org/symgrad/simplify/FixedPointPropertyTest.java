package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.Idempotence;
import org.symgrad.testing.RandomExprs;

/**
 * {@code simplify(simplify(e)) = simplify(e)} over seeded random expressions built from log-sum-exps
 * ({@code log(e^a + e^b)}, {@code log₂(2^a + 2^b)}), softplus, σ and the quotients {@code e^a/(e^a + e^b)}
 * their derivatives give, sums and products of them and their derivatives — the shapes where the write-backs
 * in σ over a common denominator and the forms that follow what the input wrote ({@link ProductRuleSums})
 * gave a result that changed when simplified again. The value is kept, too.
 */
class FixedPointPropertyTest {
    private static final int EXPRESSIONS = 400;

    private static Expr argument(Random r, RandomExprs g) {
        return switch (r.nextInt(6)) {
            case 0 -> Exprs.sym("x");
            case 1 -> Exprs.neg(Exprs.sym("y"));
            case 2 -> Exprs.mul(Exprs.num(2), Exprs.sym("x"));
            case 3 -> Exprs.sub(Exprs.sym("x"), Exprs.sym("y"));
            case 4 -> Exprs.mul(Exprs.sym("x"), Exprs.sym("y"));
            default -> g.next(1);
        };
    }

    private static Expr logSumExpShape(Random r, RandomExprs g) {
        Expr a = argument(r, g);
        Expr b = argument(r, g);
        return switch (r.nextInt(6)) {
            case 0 -> Exprs.log(Exprs.add(Exprs.exp(a), Exprs.exp(b)));
            case 1 -> Exprs.log(Exprs.add(Exprs.ONE, Exprs.exp(a)));
            case 2 -> Exprs.fn("softplus", a);
            case 3 -> Exprs.sigma(a);
            case 4 -> Exprs.div(Exprs.exp(a), Exprs.add(Exprs.exp(a), Exprs.exp(b)));
            default -> Exprs.div(Exprs.log(Exprs.add(Exprs.pow(Exprs.TWO, a), Exprs.pow(Exprs.TWO, b))), Exprs.log(Exprs.TWO));
        };
    }

    /** A log-sum-exp shape, beside another one times an argument, differentiated in x one time in three. */
    static Expr next(Random r, RandomExprs g) {
        Expr e = logSumExpShape(r, g);
        if (r.nextBoolean()) {
            e = Exprs.add(e, Exprs.mul(argument(r, g), logSumExpShape(r, g)));
        }
        return r.nextInt(3) == 0 ? Deriver.plain().derivative(e, Exprs.sym("x")) : e;
    }

    @Test
    void simplifyingASimplifiedLogSumExpChangesNothing() {
        Random r = new Random(11);
        RandomExprs g = new RandomExprs(7);
        int compared = 0;
        for (int t = 0; t < EXPRESSIONS; t++) {
            Expr e = next(r, g);
            Expr once = Idempotence.simplifiedOnce(e);
            Environment env = Environment.random(t, 3);
            double a = Evaluator.evaluate(e, env);
            double b = Evaluator.evaluate(once, env);
            if (Double.isFinite(a) && Math.abs(a) < 1e8) {
                assertEquals(a, b, 1e-7 * Math.max(1, Math.abs(a)), () -> Printer.ascii(e) + " became " + Printer.ascii(once));
                compared++;
            }
        }
        assertTrue(compared > EXPRESSIONS / 2, "only " + compared + " usable points");
    }

    private static String simplified(String e) {
        return Printer.ascii(Idempotence.simplifiedOnce(Parser.parseExpression(e)));
    }

    @Test
    void aSigmoidWrittenBackOverACommonDenominatorIsWrittenBackInEveryTerm() {
        // was (2*x*(1 + exp(x))*sigma(x + y) + exp(x))/(1 + exp(x)), which simplified again to this
        assertEquals("2*x*sigma(x + y) + sigma(x)", simplified("exp(x)/(1 + exp(x)) + 2*x*exp(x + y)/(1 + exp(x + y))"));
        assertEquals("2*x*sigma(x + y) + sigma(x)", simplified("exp(2*x)/(exp(2*x) + exp(x)) + 2*x*exp(2*x)/(exp(2*x) + exp(x - y))"));
        // the same shape with other names and another weight
        assertEquals("sigma(u) - 3*v*sigma(u + v)", simplified("exp(u)/(1 + exp(u)) - 3*v*exp(u + v)/(1 + exp(u + v))"));
    }

    @Test
    void aHalfBesideTheProductRuleSumIsAFixedPoint() {
        // was (2*x*y*(1 - sigma(2*x + y)) + 1)/2, which simplified again to this
        assertEquals("1/2 + x*y*(1 - sigma(2*x + y))", simplified("exp(-y)/(exp(-y) + exp(-y)) + x*y*exp(-y)/(exp(-y) + exp(2*x))"));
    }
}
