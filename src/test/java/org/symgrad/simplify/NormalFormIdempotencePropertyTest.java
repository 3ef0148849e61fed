package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.print.Printer;
import org.symgrad.testing.Idempotence;
import org.symgrad.testing.RandomExprs;

/**
 * {@code simplify(simplify(e)) = simplify(e)} where sums over an index meet common factors: linear
 * combinations {@code Σ_t c_t·R_t·Σ_k f_t(k)} with factors {@code R_t} drawn from a few shared ones
 * (a symbol, an entry, another Σ, a sum, 1), some of them multiplied by a further common factor, so
 * that the normal form may pull a factor out of terms whose Σs merge
 * ({@code n Σ_k x_k + n Σ_k y_k = n Σ_k (x_k + y_k)}) — and the value is kept.
 */
class NormalFormIdempotencePropertyTest {
    private static final int EXPRESSIONS = 200;

    private static Expr combination(RandomExprs gen, Random random) {
        List<Expr> shared = List.of(Exprs.ONE, Exprs.sym("n"), Exprs.sym("z"), Exprs.indexed("x", "1"),
                Exprs.sum("m", Exprs.indexed("y", "m")), Exprs.add(Exprs.ONE, Exprs.sym("z")));
        List<Expr> terms = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        for (int t = 0; t < count; t++) {
            Expr body = gen.nextIndexed(Set.of("i"), 2);
            Expr coefficient = Exprs.num(random.nextInt(5) - 2 == 0 ? 1 : random.nextInt(5) - 2);
            terms.add(Exprs.mul(coefficient, shared.get(random.nextInt(shared.size())), Exprs.sum("i", body)));
        }
        Expr e = Exprs.add(terms);
        return random.nextBoolean() ? e : Exprs.mul(shared.get(random.nextInt(shared.size())), e);
    }

    @Test
    void simplifyingASimplifiedCombinationOfSumsChangesNothing() {
        RandomExprs gen = new RandomExprs(83L);
        Random random = new Random(89L);
        int compared = 0;
        for (int t = 0; t < EXPRESSIONS; t++) {
            Expr e = combination(gen, random);
            Expr once = Idempotence.simplifiedOnce(e);
            for (long seed = 1; seed <= 2; seed++) {
                Environment env = Environment.random(seed * 7 + t, 3);
                double a = Evaluator.evaluate(e, env);
                double b = Evaluator.evaluate(once, env);
                if (Double.isFinite(a) && Math.abs(a) < 1e8) {
                    assertEquals(a, b, 1e-7 * Math.max(1, Math.abs(a)), () -> Printer.ascii(e) + " became "
                            + Printer.ascii(once));
                    compared++;
                }
            }
        }
        assertTrue(compared > EXPRESSIONS, "only " + compared + " usable points");
    }

    @Test
    void sumsWithACommonFactorMergeTheSameWayWhicheverComesFirst() {
        Expr n = Exprs.sym("n");
        Expr sumX = Exprs.sum("k", Exprs.indexed("x", "k"));
        Expr sumY = Exprs.sum("k", Exprs.indexed("y", "k"));
        Expr factoredFirst = Simplifier.simplifyPlain(Exprs.mul(n, Exprs.add(sumX, sumY)));
        Expr termsFirst = Simplifier.simplifyPlain(Exprs.add(Exprs.mul(n, sumX), Exprs.mul(n, sumY)));
        // the input wrote Σ_k x_k and Σ_k y_k apart: they stay apart (sums-as-written), either way
        assertEquals("n*(sum(k, x_k) + sum(k, y_k))", Printer.ascii(termsFirst));
        assertEquals(termsFirst, factoredFirst);
        assertEquals(termsFirst, Simplifier.simplifyPlain(termsFirst));
    }
}
