package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.print.Printer;

/**
 * The oracle of the index-structure tests: two expressions have the same value at every
 * assignment of their free indices, for n = 3 and 4 (offsets that leave 1..n included), with the
 * variables drawn by {@code environments} from a seed and n.
 */
public final class EveryIndexAssignment {
    private EveryIndexAssignment() {
    }

    public static void assertSameEverywhere(String what, Expr expected, Expr actual,
                                            BiFunction<Long, Integer, Environment> environments) {
        Set<String> free = new TreeSet<>(Indices.free(expected));
        free.addAll(Indices.free(actual));
        List<String> names = new ArrayList<>(free);
        int compared = 0;
        for (int n : new int[] {3, 4}) {
            for (int p = 0; p < Math.pow(n, names.size()); p++) {
                Environment env = environments.apply((long) p, n);
                int digits = p;
                for (String index : names) {
                    env = env.withBinding(index, 1 + digits % n);
                    digits /= n;
                }
                double a = Evaluator.evaluate(expected, env);
                double b = Evaluator.evaluate(actual, env);
                assertEquals(a, b, 1e-6 * Math.max(1, Math.abs(a)),
                        what + ": " + Printer.ascii(actual) + " at " + env.bindings());
                compared++;
            }
        }
        assertTrue(compared >= 2);
    }
}
