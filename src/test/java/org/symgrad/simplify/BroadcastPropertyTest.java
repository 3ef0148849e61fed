package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.derive.Deriver;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.parse.Parser;
import org.symgrad.print.Printer;
import org.symgrad.testing.EveryIndexAssignment;
import org.symgrad.testing.RandomExprs;

/**
 * Terms with different free indices broadcast (SPEC §9): over seeded random expressions built from
 * outer sums and differences, pairwise kernels and hinges ({@link RandomExprs#nextBroadcast}),
 * simplifying keeps the value at every assignment of the free indices and adds no free index,
 * the input and the result print ASCII that reads back (the parser accepts the union of free
 * indices) to the same value, and the derivative by an entry
 * {@code x_k} (k a further free index) equals central finite differences.
 */
class BroadcastPropertyTest {
    private static final int EXPRESSIONS = 200;
    private static final List<Set<String>> FREE = List.of(Set.of("i", "j"), Set.of("i"), Set.of("i", "j"));

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

    private static int assertSameValue(String what, Expr e, Expr out, List<String> names, long seed) {
        int used = 0;
        for (int n : new int[] {3, 4}) {
            for (Map<String, Integer> b : EveryIndexAssignment.bindings(names, n)) {
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

    private static void forRandomBroadcasts(long seed, int depth, java.util.function.BiConsumer<Expr, Set<String>> check) {
        RandomExprs gen = new RandomExprs(seed);
        for (int t = 0; t < EXPRESSIONS; t++) {
            Set<String> free = FREE.get(t % FREE.size());
            Expr e = gen.nextBroadcast(free, depth);
            assertEquals(free, Set.copyOf(Indices.free(e)), () -> "generator: free indices of " + Printer.ascii(e));
            check.accept(e, free);
        }
    }

    @Test
    void generatedExpressionsReallyBroadcast() {
        int[] mixed = {0};
        forRandomBroadcasts(101L, 3, (e, free) -> {
            if (e instanceof org.symgrad.expr.Add a && a.terms().stream().map(Indices::free).distinct().count() > 1) {
                mixed[0]++;
            }
        });
        assertTrue(mixed[0] > EXPRESSIONS / 10, "only " + mixed[0] + " sums of terms with different free indices");
    }

    @Test
    void simplifyPreservesValueAndAddsNoFreeIndex() {
        int[] used = {0};
        forRandomBroadcasts(103L, 3, (e, free) -> {
            Expr s = Simplifier.simplifyPlain(e);
            assertTrue(free.containsAll(Indices.free(s)), () -> "simplify introduced free indices: "
                    + Printer.ascii(e) + " -> " + Printer.ascii(s));
            used[0] += assertSameValue("simplify", e, s, List.copyOf(free), 5);
        });
        assertTrue(used[0] > EXPRESSIONS * 10, "only " + used[0] + " usable points");
    }

    @Test
    void asciiOfTheInputAndOfTheResultReadsBackToTheSameValue() {
        forRandomBroadcasts(109L, 3, (e, free) -> {
            String ascii = Printer.ascii(e);
            Expr back = Parser.parseExpression(ascii);
            assertEquals(free, Set.copyOf(Indices.free(back)), () -> "free indices of " + ascii + " read back");
            assertSameValue("parse(ascii(e)) of " + ascii, e, back, List.copyOf(free), 3);
            Expr simplified = Simplifier.simplifyPlain(e);
            String result = Printer.ascii(simplified);
            assertSameValue("parse(ascii(simplify(e))) of " + result, e, Parser.parseExpression(result),
                    List.copyOf(free), 3);
        });
    }

    @Test
    void derivativeByAnEntryMatchesFiniteDifferences() {
        Indexed xk = new Indexed("x", List.of("q"));
        int[] used = {0};
        forRandomBroadcasts(113L, 3, (e, free) -> {
            Expr d = Deriver.plain().derivative(e, xk);
            List<String> names = new ArrayList<>(free);
            names.add("q");
            for (Map<String, Integer> b : EveryIndexAssignment.bindings(names, 3)) {
                Environment env = env(17, 3, b);
                double symbolic = Evaluator.evaluate(d, env);
                double numeric = Evaluator.evaluate(new Derivative(e, xk), env);
                if (!usable(symbolic, numeric)) {
                    continue;
                }
                used[0]++;
                if (Math.abs(symbolic - numeric) > 1e-6 * Math.max(1, Math.abs(numeric))) {
                    fail("d/dx_q of " + Printer.ascii(e) + "\n = " + Printer.ascii(d) + "\n  at " + b + ": symbolic "
                            + symbolic + ", finite difference " + numeric);
                }
            }
        });
        assertTrue(used[0] > EXPRESSIONS * 10, "only " + used[0] + " usable points");
    }
}
