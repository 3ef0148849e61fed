package org.symgrad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.eval.IndexTuples;
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
            for (Map<String, Integer> b : bindings(names, n)) {
                Environment env = environments.apply((long) compared, n);
                for (Map.Entry<String, Integer> e : b.entrySet()) {
                    env = env.withBinding(e.getKey(), e.getValue());
                }
                double a = Evaluator.evaluate(expected, env);
                double v = Evaluator.evaluate(actual, env);
                assertEquals(a, v, 1e-6 * Math.max(1, Math.abs(a)),
                        what + ": " + Printer.ascii(actual) + " at " + env.bindings());
                compared++;
            }
        }
        assertTrue(compared >= 2);
    }

    /** Every binding of {@code names} to {@code 1..n} ({@link IndexTuples}), in the order of the names. */
    public static List<Map<String, Integer>> bindings(List<String> names, int n) {
        List<Map<String, Integer>> out = new ArrayList<>();
        for (int[] t : IndexTuples.all(names.size(), n)) {
            Map<String, Integer> b = new LinkedHashMap<>();
            for (int i = 0; i < t.length; i++) {
                b.put(names.get(i), t[i]);
            }
            out.add(b);
        }
        return out;
    }
}
