package org.symgrad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.print.Printer;
import org.symgrad.testing.RandomExprs;

/**
 * Renaming a free index never captures: {@code rename(e, i, b)} with {@code b} a name bound
 * inside {@code e} (or a concrete index) has, with {@code b} bound to v, the value {@code e} has
 * with {@code i} bound to v.
 */
class IndicesPropertyTest {
    private static boolean usable(double a, double b) {
        return Double.isFinite(a) && Double.isFinite(b) && Math.abs(a) < 1e6 && Math.abs(b) < 1e6;
    }

    @Test
    void renamingAFreeIndexToABoundNameNeverCaptures() {
        RandomExprs gen = new RandomExprs(83L);
        int clashes = 0;
        for (int t = 0; t < 300; t++) {
            Expr e = gen.nextIndexed(Set.of("i"), 4);
            for (String to : new String[] {"k", "m", "j"}) {
                boolean clash = Indices.all(e).contains(to);
                if (clash) {
                    clashes++;
                }
                Expr renamed = Indices.rename(e, "i", to);
                assertEquals(Set.of(to), Indices.free(renamed), () -> "free indices of " + Printer.ascii(renamed));
                assertFalse(Indices.all(renamed).contains("i") && Indices.free(renamed).contains("i"));
                for (int v = 1; v <= 3; v++) {
                    Environment env = Environment.random(13, 3);
                    double a = Evaluator.evaluate(e, env.withBinding("i", v));
                    double b = Evaluator.evaluate(renamed, env.withBinding(to, v));
                    if (usable(a, b) && Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(a))) {
                        fail("rename i -> " + to + " captured:\n  " + Printer.ascii(e) + "\n  " + Printer.ascii(renamed)
                                + "\n  at " + to + " = " + v + ": " + a + " vs " + b);
                    }
                }
            }
            for (int v = 1; v <= 3; v++) {
                Expr concrete = Indices.rename(e, "i", Integer.toString(v));
                assertEquals(Set.of(), Indices.free(concrete));
                Environment env = Environment.random(17, 3);
                double a = Evaluator.evaluate(e, env.withBinding("i", v));
                double b = Evaluator.evaluate(concrete, env);
                if (usable(a, b) && Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(a))) {
                    fail("rename i -> " + v + ":\n  " + Printer.ascii(e) + "\n  " + Printer.ascii(concrete));
                }
            }
        }
        assertTrue(clashes > 100, "only " + clashes + " renamings clashed with a bound name");
    }

    private static void assertTrue(boolean b, String message) {
        if (!b) {
            fail(message);
        }
    }
}
