package org.symgrad.oracle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.eval.IndexTuples;
import org.symgrad.eval.IntegerSizes;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;

/**
 * An independent numeric oracle for derivatives stated in defined names. It evaluates an
 * expression with the definitions substituted ({@link #forEval}), in an environment where every
 * entry of every defined name also holds its defined value (so an abstract {@code L(y)} held as
 * a function of the vector {@code y} reads the right values), and computes the true derivative
 * by its own central finite difference with one Richardson step — it does not use the
 * evaluator's {@code Derivative} node, nor the simplifier.
 */
public final class Oracle {
    /** Relative tolerance for comparing a symbolic value against a finite difference. */
    public static final double TOLERANCE = 1e-6;

    private final Definitions definitions;
    private final Set<String> normalised;
    private final Set<String> positive;
    private final int n;

    /**
     * @param normalised vectors that an assumption {@code Σ_k t_k = 1} constrains: their random
     *                   entries are positive and sum to 1
     */
    public Oracle(Definitions definitions, Set<String> normalised, int n) {
        this(definitions, normalised, Set.of(), n);
    }

    /**
     * @param positive scalars a textbook takes as positive (a standard deviation {@code σ}, an
     *                 {@code ε}, a dimension {@code d}, a temperature {@code T}): their random
     *                 values lie in {@code [0.5, 2]}
     */
    public Oracle(Definitions definitions, Set<String> normalised, Set<String> positive, int n) {
        this.definitions = definitions;
        this.normalised = Set.copyOf(normalised);
        this.positive = Set.copyOf(positive);
        this.n = n;
    }

    int n() {
        return n;
    }

    /**
     * A random environment of dimension {@code n}: normalised vectors positive with sum 1, the limits
     * of the definitions' sums whole numbers ({@link #withLimits}), then every entry of every defined
     * name set to its defined value (in definition order).
     */
    Environment environment(long seed) {
        return environment(Environment.random(seed, n), seed);
    }

    /**
     * {@link #environment(long)} from {@code base} instead of a random environment: values it sets
     * (a boundary point such as {@code x = 0}) are kept, and the defined names computed from them.
     */
    public Environment environment(Environment base, long seed) {
        Environment env = base;
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
            // a matrix T normalised over its last index (Σ_k T_rk = 1 for every row r)
            for (int r = 1; r <= n; r++) {
                double[] row = new double[n];
                double rowTotal = 0;
                for (int m = 0; m < n; m++) {
                    row[m] = 0.1 + random.nextDouble();
                    rowTotal += row[m];
                }
                for (int m = 0; m < n; m++) {
                    env = env.withIndexed(t, row[m] / rowTotal, r, m + 1);
                }
            }
        }
        for (String p : positive) {
            env = env.withScalar(p, 0.5 + Math.abs(env.scalar(p)));
        }
        for (Definition d : definitions.all()) {
            env = withLimits(env, d.body(), n);
        }
        for (Definition d : definitions.all()) {
            Expr body = forEval(d.body(), Set.of());
            if (!d.indices().containsAll(Indices.free(body))) {
                // a fixed label (q_k = (1 − ε)δ_ky + ε/n): the entries depend on the label's value,
                // bound per point; forEval expands the body wherever the name occurs
                continue;
            }
            if (d.indices().isEmpty()) {
                env = env.withScalar(d.name(), Evaluator.evaluate(body, env));
                continue;
            }
            for (int[] tuple : allTuples(d.indices().size())) {
                Environment at = env;
                for (int p = 0; p < tuple.length; p++) {
                    at = at.withBinding(d.indices().get(p), tuple[p]);
                }
                env = env.withIndexed(d.name(), Evaluator.evaluate(body, at), tuple);
            }
        }
        return env;
    }

    /**
     * {@code env} with each limit of a sum or product of {@code e} ({@code K} of {@code Σ_{m=1}^{K}},
     * read from its use: {@link IntegerSizes#limits}) a whole number: where the point gives it none
     * (a random real), the dimension n — the length of every range at this point, so that each index
     * of a variable summed over 1..K lies in its range. A whole value already there (a script's
     * {@code # sample: K = 2}) stays. As symgrad's gradcheck and the corpus verifier read it.
     */
    public static Environment withLimits(Environment env, Expr e, int n) {
        for (String k : IntegerSizes.limits(e)) {
            double v = env.scalar(k);
            if (v < 1 || v != Math.rint(v)) {
                env = env.withScalar(k, n);
            }
        }
        return env;
    }

    /**
     * {@code e} ready for the evaluator: each defined name replaced by its body, except names in
     * {@code held} (variables of a partial derivative); inside {@code ∂f/∂v} the name of {@code v}
     * is held too, and {@code v} itself is never replaced; an abstract function's bare vector
     * argument {@code y} (a defined indexed name) becomes the arguments {@code y_1 … y_n}, each
     * expanded — the evaluator's convention for {@code L(y)}.
     */
    public Expr forEval(Expr e, Set<String> held) {
        return switch (e) {
            case Derivative d -> {
                Set<String> inner = new HashSet<>(held);
                inner.add(nameOf(d.wrt()));
                yield new Derivative(forEval(d.of(), inner), d.wrt());
            }
            case Indexed x -> definitions.defining(x).filter(d -> !held.contains(d.name()))
                    .map(d -> forEval(d.instantiate(x), held)).orElse(x);
            case Sym s -> definitions.defining(s).filter(d -> !held.contains(d.name()))
                    .map(d -> forEval(d.body(), held)).orElse(s);
            case Fn f when !org.symgrad.functions.FunctionRegistry.isKnown(f.name()) -> {
                List<Expr> args = new ArrayList<>();
                for (Expr a : f.args()) {
                    if (a instanceof Sym s && !held.contains(s.name())
                            && definitions.of(s.name()).map(d -> d.indices().size() == 1).orElse(false)) {
                        for (int m = 1; m <= n; m++) {
                            args.add(forEval(new Indexed(s.name(), List.of(Integer.toString(m))), held));
                        }
                    } else {
                        args.add(forEval(a, held));
                    }
                }
                yield new Fn(f.name(), args);
            }
            default -> Exprs.mapChildren(e, c -> forEval(c, held));
        };
    }

    /** The value of {@code e} (expanded by {@link #forEval} with {@code held}) in {@code env}. */
    public double value(Expr e, Set<String> held, Environment env) {
        return Evaluator.evaluate(forEval(e, held), env);
    }

    /**
     * The true {@code ∂of/∂wrt} at {@code env}, by central differences of the expanded {@code of}
     * with one Richardson step; {@code wrt}'s symbolic indices resolve through the bindings. Names
     * other than {@code wrt}'s are expanded (so the derivative is total through the definitions);
     * {@code wrt}'s own name is held, so for a defined variable it is the partial derivative.
     */
    double derivative(Expr of, Expr wrt, Environment env) {
        Set<String> held = Set.of(nameOf(wrt));
        Expr expanded = forEval(of, held);
        double base = read(wrt, env);
        double h = 1e-3 * Math.max(1, Math.abs(base));
        double coarse = central(expanded, wrt, env, base, h);
        double fine = central(expanded, wrt, env, base, h / 2);
        return (4 * fine - coarse) / 3;
    }

    /**
     * Whether {@code of} is smooth in {@code wrt} near {@code env} as far as a finite difference can
     * tell: Richardson-extrapolated central differences with steps {@code 1e-3} and {@code 1e-4}
     * agree to {@code 1e-3}. False
     * next to a kink of {@code relu}, {@code abs}, …, where no finite difference is the derivative.
     */
    boolean smoothAt(Expr of, Expr wrt, Environment env) {
        Expr expanded = forEval(of, Set.of(nameOf(wrt)));
        double base = read(wrt, env);
        double h = 1e-3 * Math.max(1, Math.abs(base));
        double coarse = (4 * central(expanded, wrt, env, base, h / 2) - central(expanded, wrt, env, base, h)) / 3;
        double fine = (4 * central(expanded, wrt, env, base, h / 20) - central(expanded, wrt, env, base, h / 10)) / 3;
        return Math.abs(coarse - fine) <= 1e-6 * Math.max(1, Math.abs(fine));
    }

    private double central(Expr expanded, Expr wrt, Environment env, double base, double h) {
        double up = Evaluator.evaluate(expanded, write(wrt, env, base + h));
        double down = Evaluator.evaluate(expanded, write(wrt, env, base - h));
        return (up - down) / (2 * h);
    }

    private static double read(Expr wrt, Environment env) {
        return switch (wrt) {
            case Sym s -> env.scalar(s.name());
            case Indexed x -> env.indexed(x.name(), concrete(x, env));
            default -> throw new IllegalArgumentException("not a variable: " + wrt);
        };
    }

    private static Environment write(Expr wrt, Environment env, double value) {
        return switch (wrt) {
            case Sym s -> env.withScalar(s.name(), value);
            case Indexed x -> env.withIndexed(x.name(), value, concrete(x, env));
            default -> throw new IllegalArgumentException("not a variable: " + wrt);
        };
    }

    private static int[] concrete(Indexed x, Environment env) {
        int[] out = new int[x.indices().size()];
        for (int p = 0; p < out.length; p++) {
            String i = x.indices().get(p);
            out[p] = Index.isConcrete(i) ? Integer.parseInt(i)
                    : env.binding(i).orElseThrow(() -> new IllegalArgumentException("unbound index " + i));
        }
        return out;
    }

    public static String nameOf(Expr variable) {
        return switch (variable) {
            case Indexed x -> x.name();
            case Sym s -> s.name();
            default -> throw new IllegalArgumentException("not a variable: " + variable);
        };
    }

    /** Every tuple in {@code 1..n}^{@code rank}. */
    List<int[]> allTuples(int rank) {
        return IndexTuples.all(rank, n);
    }

    /**
     * Bindings of {@code indices} to concrete values: all of them when there are at most
     * {@code limit}, otherwise the all-equal and the most-distinct tuple plus a seeded sample, so
     * that equal indices (where δ is 1) are always among them. The definitions' fixed labels are bound too.
     */
    public List<Map<String, Integer>> bindings(Set<String> indices, int limit, long seed) {
        // the fixed labels of the definitions (o of t_w = δ_wo) are free wherever a definition is expanded
        Set<String> all = new LinkedHashSet<>(indices);
        all.addAll(definitions.labels());
        List<String> names = new ArrayList<>(all);
        List<int[]> tuples = allTuples(names.size());
        if (tuples.size() > limit) {
            Random random = new Random(seed);
            List<int[]> sample = new ArrayList<>();
            sample.add(tuples.get(0));
            int[] distinct = new int[names.size()];
            for (int p = 0; p < distinct.length; p++) {
                distinct[p] = 1 + p % n;
            }
            sample.add(distinct);
            while (sample.size() < limit) {
                sample.add(tuples.get(random.nextInt(tuples.size())));
            }
            tuples = sample;
        }
        List<Map<String, Integer>> out = new ArrayList<>();
        for (int[] t : tuples) {
            Map<String, Integer> m = new java.util.LinkedHashMap<>();
            for (int p = 0; p < t.length; p++) {
                m.put(names.get(p), t[p]);
            }
            out.add(m);
        }
        return out;
    }

    public static Environment bind(Environment env, Map<String, Integer> bindings) {
        for (Map.Entry<String, Integer> b : bindings.entrySet()) {
            env = env.withBinding(b.getKey(), b.getValue());
        }
        return env;
    }

    /** The free symbolic indices of a derivative {@code ∂of/∂wrt}. */
    public static Set<String> freeIndices(Expr of, Expr wrt) {
        Set<String> out = new LinkedHashSet<>(Indices.free(of));
        out.addAll(Indices.free(wrt));
        return out;
    }

    /** Whether two values agree to the oracle's tolerance. */
    static boolean close(double expected, double actual) {
        return Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected));
    }
}
