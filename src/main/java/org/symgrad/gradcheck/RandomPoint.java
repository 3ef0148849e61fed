package org.symgrad.gradcheck;

import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.eval.IndexTuples;
import org.symgrad.expr.Expr;

/**
 * A random point at which a gradient is checked: every leaf uniform in {@code [-1.5, 1.5]}
 * ({@link Environment#random}), or in {@code [0.1, 1.6]} when drawn positive (a point where
 * {@code log} or {@code sqrt} of a leaf is defined); each assumed-normalised vector positive with
 * sum 1; the values of the names an assumed fact constrains made to satisfy it; each limit of a sum
 * ({@code K} of {@code Σ_{m=1}^{K}}) the dimension n, the length of every range at the point (so that
 * each index of a variable summed over 1..K lies in its range), each stride ({@code s} of
 * {@code x_{s*i+p}}) a whole number in 1..n; then every entry of every defined name set to its defined value, in definition order — so
 * that a name held by a derivative ({@code ∂L/∂y_k} reads {@code y}) has the value its definition
 * gives.
 */
final class RandomPoint {
    private final Definitions definitions;
    private final ThroughDefinitions expansion;
    private final Set<String> normalised;
    private final Sampling facts;
    private final int n;

    RandomPoint(Definitions definitions, ThroughDefinitions expansion, Set<String> normalised, Sampling facts, int n) {
        this.facts = facts;
        this.definitions = definitions;
        this.expansion = expansion;
        this.normalised = Set.copyOf(normalised);
        this.n = n;
    }

    /** The whole numbers of a statement, read from their use ({@link org.symgrad.eval.IntegerSizes}). */
    record Sizes(Set<String> limits, Set<String> strides) {
        Sizes {
            limits = Set.copyOf(limits);
            strides = Set.copyOf(strides);
        }
    }

    /**
     * The point of {@code seed}; with {@code positive}, the {@code leaves} (name → number of
     * indices, 0 for a scalar) are drawn positive; {@code sizes} are whole numbers.
     */
    Environment at(long seed, boolean positive, Map<String, Integer> leaves, Sizes sizes) {
        Environment env = Environment.random(seed, n);
        Random random = new Random(seed * 7919 + 13);
        for (String t : normalised) {
            double[] w = new double[n];
            double total = 0;
            for (int m = 0; m < n; m++) {
                w[m] = 0.1 + random.nextDouble();
                total += w[m];
            }
            for (int m = 0; m < n; m++) {
                env = env.withIndexed(t, w[m] / total, m + 1);
            }
            // a matrix T normalised along its last index (Σ_k T_rk = 1 for every row r), from a generator
            // of its own so that the vectors' draws stay as they were
            Random rows = new Random(seed * 7919 + 31L * t.hashCode());
            for (int r = 1; r <= n; r++) {
                double[] row = new double[n];
                double rowTotal = 0;
                for (int m = 0; m < n; m++) {
                    row[m] = 0.1 + rows.nextDouble();
                    rowTotal += row[m];
                }
                for (int m = 0; m < n; m++) {
                    env = env.withIndexed(t, row[m] / rowTotal, r, m + 1);
                }
            }
        }
        if (positive) {
            for (Map.Entry<String, Integer> leaf : leaves.entrySet()) {
                String name = leaf.getKey();
                if (normalised.contains(name)) {
                    continue;
                }
                if (leaf.getValue() == 0) {
                    env = env.withScalar(name, 0.1 + Math.abs(env.scalar(name)));
                    continue;
                }
                for (int[] tuple : IndexTuples.all(leaf.getValue(), n)) {
                    env = env.withIndexed(name, 0.1 + Math.abs(env.indexed(name, tuple)), tuple);
                }
            }
        }
        // the assumed facts last: y in {0, 1}, a one-hot t, a symmetric C … hold at every point
        env = facts.apply(env);
        for (String k : new java.util.TreeSet<>(sizes.limits())) {
            env = env.withScalar(k, n);
        }
        Random strides = new Random(seed * 7919 + 71);
        for (String s : new java.util.TreeSet<>(sizes.strides())) {
            env = env.withBinding(s, 1 + strides.nextInt(n)); // an index's arithmetic reads it as a bound name
        }
        for (Definition d : definitions.all()) {
            Expr body = expansion.expand(d.body(), Set.of());
            if (d.indices().isEmpty()) {
                env = env.withScalar(d.name(), Evaluator.evaluate(body, env));
                continue;
            }
            for (int[] tuple : IndexTuples.all(d.indices().size(), n)) {
                Environment at = env;
                for (int p = 0; p < tuple.length; p++) {
                    at = at.withBinding(d.indices().get(p), tuple[p]);
                }
                env = env.withIndexed(d.name(), Evaluator.evaluate(body, at), tuple);
            }
        }
        return env;
    }
}
