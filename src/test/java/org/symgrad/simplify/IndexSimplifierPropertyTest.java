package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Mul;
import org.symgrad.print.Printer;
import org.symgrad.testing.Idempotence;
import org.symgrad.rewrite.Rewriter;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.rewrite.Trace;
import org.symgrad.testing.EveryIndexAssignment;
import org.symgrad.testing.RandomExprs;

/**
 * Index notation under simplification, over seeded random expressions with Σ, δ and indexed
 * symbols: the value is preserved with the free indices bound to every pair of concrete values
 * (equal ones included), δ contraction is correct and complete, no free index appears or
 * disappears, and differentiating by an entry {@code x_j} agrees with finite differences.
 */
class IndexSimplifierPropertyTest {
    private static final int EXPRESSIONS = 250;
    private static final List<Set<String>> FREE = List.of(Set.of(), Set.of("i"), Set.of("i", "j"));

    private static Environment env(long seed, int n, Map<String, Integer> b) {
        Environment env = Environment.random(seed, n);
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            env = env.withBinding(e.getKey(), e.getValue());
        }
        return env;
    }

    private static boolean usable(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && Math.abs(a) < 1e6 && Math.abs(b) < 1e6;
    }

    /** Fails with the first binding where {@code f(e)} and {@code e} differ; returns the points compared. */
    private static int assertSameValue(String what, Expr e, Expr out, long seed) {
        int used = 0;
        for (int n : new int[] {3, 4}) {
            for (Map<String, Integer> b : EveryIndexAssignment.bindings(List.of("i", "j"), n)) {
                Environment env = env(seed, n, b);
                double a = Evaluator.evaluate(e, env);
                double c = Evaluator.evaluate(out, env);
                if (!usable(a, c)) {
                    continue;
                }
                used++;
                if (Math.abs(a - c) > 1e-8 * Math.max(1, Math.abs(a))) {
                    fail(what + " changed the value of\n  " + Printer.ascii(e) + "\n= " + Printer.ascii(out)
                            + "\n  at n = " + n + ", " + b + ": " + a + " became " + c);
                }
            }
        }
        return used;
    }

    private void forRandomIndexExpressions(long seed, int depth, java.util.function.BiConsumer<Expr, Set<String>> check) {
        RandomExprs gen = new RandomExprs(seed);
        for (int t = 0; t < EXPRESSIONS; t++) {
            Set<String> free = FREE.get(t % FREE.size());
            Expr e = gen.nextIndexed(free, depth);
            assertEquals(free, Indices.free(e), () -> "generator: free indices of " + Printer.ascii(e));
            check.accept(e, free);
        }
    }

    @Test
    void simplifyPreservesValueAndFreeIndices() {
        int[] used = {0};
        forRandomIndexExpressions(61L, 4, (e, free) -> {
            Expr s = Simplifier.simplifyPlain(e);
            assertTrue(free.containsAll(Indices.free(s)), () -> "simplify introduced free indices: "
                    + Printer.ascii(e) + " -> " + Printer.ascii(s));
            used[0] += assertSameValue("simplify", e, s, 5);
        });
        assertTrue(used[0] > EXPRESSIONS * 10, "only " + used[0] + " usable points");
    }

    @Test
    void simplifyIsIdempotentOnIndexExpressions() {
        forRandomIndexExpressions(67L, 4, (e, free) -> {
            Idempotence.simplifiedOnce(e);
        });
    }

    @Test
    void deltaContractionIsCorrectAndComplete() {
        forRandomIndexExpressions(71L, 4, (e, free) -> {
            Expr c = Rewriter.bottomUp(RuleBook.DELTA_RULES, e, 10_000, Trace.NONE).result();
            assertSameValue(RuleBook.DELTA_CONTRACTION.name(), e, c, 7);
            assertTrue(!contractible(c), () -> "a contractible Σ δ is left in " + Printer.ascii(c) + " from "
                    + Printer.ascii(e));
        });
    }

    /** Whether some Σ_k has a δ with exactly one index k among its body's factors, or a δ_kk is left. */
    private static boolean contractible(Expr e) {
        if (e instanceof Delta d && d.i().equals(d.j())) {
            return true;
        }
        if (e instanceof IndexSum s) {
            List<Expr> factors = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
            for (Expr f : factors) {
                if (f instanceof Delta d && d.i().equals(s.index()) != d.j().equals(s.index())) {
                    return true;
                }
            }
        }
        return Exprs.children(e).stream().anyMatch(IndexSimplifierPropertyTest::contractible);
    }

    @Test
    void canonicalBoundNamesPreserveValue() {
        forRandomIndexExpressions(73L, 4, (e, free) -> {
            Expr c = Indices.canonicalBound(e);
            assertEquals(free, Indices.free(c));
            assertSameValue("canonicalBound", e, c, 9);
        });
    }

    @Test
    void asciiRoundTripOfIndexExpressions() {
        forRandomIndexExpressions(89L, 3, (e, free) -> {
            String ascii = Printer.ascii(e);
            Expr back = org.symgrad.parse.Parser.parseExpression(ascii);
            assertEquals(Simplifier.simplifyPlain(e), Simplifier.simplifyPlain(back),
                    () -> "parse(ascii(e)) simplifies differently: " + ascii);
            assertSameValue("parse(ascii(e))", e, back, 3);
        });
    }

    @Test
    void derivativeByAnEntryMatchesFiniteDifferences() {
        Indexed xj = new Indexed("x", List.of("j"));
        RandomExprs gen = new RandomExprs(79L);
        int used = 0;
        for (int t = 0; t < 120; t++) {
            Set<String> free = t % 2 == 0 ? Set.of() : Set.of("i");
            Expr e = gen.nextIndexed(free, 3);
            Expr d = Deriver.plain().derivative(e, xj);
            for (Map<String, Integer> b : EveryIndexAssignment.bindings(List.of("i", "j"), 3)) {
                Environment env = env(11, 3, b);
                double symbolic = Evaluator.evaluate(d, env);
                double numeric = Evaluator.evaluate(new Derivative(e, xj), env);
                if (!usable(symbolic, numeric)) {
                    continue;
                }
                used++;
                if (Math.abs(symbolic - numeric) > 1e-6 * Math.max(1, Math.abs(numeric))) {
                    fail("d/dx_j of " + Printer.ascii(e) + "\n = " + Printer.ascii(d) + "\n  at " + b + ": symbolic "
                            + symbolic + ", finite difference " + numeric);
                }
            }
        }
        assertTrue(used > 500, "only " + used + " usable points");
    }
}
