package org.symgrad.gradcheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.error.TimeLimit;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.eval.IndexTuples;
import org.symgrad.eval.IntegerSizes;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.Constants;
import org.symgrad.script.AssumeStatement;

/**
 * Checks a stated derivative {@code ∂of/∂wrt = result} numerically, in double precision: at
 * {@link CheckSettings#points()} random points ({@link RandomPoint}) and every assignment of the
 * free indices of {@code of} and {@code wrt} to {@code 1..n}, the result with the definitions
 * substituted against the central finite difference of {@code of} through its definitions (steps
 * {@code h} and {@code h/2} with {@code h = 1e-3·max(1, |v|)}, one Richardson step). The relative
 * error of an entry is {@code |g − fd| / max(1, |fd|)}. A point where a value is not finite is
 * drawn again (up to 20 times, the last ten with positive leaves); an entry above the tolerance
 * where the finite difference itself is unsteady (a kink of {@code relu} or {@code abs}: steps ten
 * times smaller disagree) is skipped and counted, since no finite difference is the derivative
 * there. Deterministic for equal settings.
 */
public final class GradientCheck {
    private static final int ATTEMPTS = 20;
    private static final double STEP = 1e-3;

    private final Definitions definitions;
    private final SampledAssumptions assumed;
    private final CheckSettings settings;
    private final ThroughDefinitions expansion;
    private final RandomPoint sampler;
    /** The assumed facts: points and index assignments are drawn where they hold. */
    private final Sampling facts;

    /** A check under the definitions and assumptions in force at a statement. */
    public GradientCheck(Definitions definitions, List<AssumeStatement> assumptions, CheckSettings settings) {
        this(definitions, assumptions, Sampling.NONE, settings);
    }

    /**
     * A check under the definitions, assumptions and facts in force at a statement: a result written
     * with a fact's identities ({@code y² = y}) is compared where the fact holds.
     */
    public GradientCheck(Definitions definitions, List<AssumeStatement> assumptions, Sampling facts,
                         CheckSettings settings) {
        this.definitions = definitions;
        this.assumed = SampledAssumptions.of(assumptions);
        this.facts = assumed.facts(facts);
        this.settings = settings;
        this.expansion = new ThroughDefinitions(definitions, settings.n());
        this.sampler = new RandomPoint(definitions, expansion, assumed.normalised(), this.facts, settings.n());
    }

    /**
     * Each of {@code results} as {@code ∂of/∂wrt}, reported as {@code statement} at {@code line}:
     * the largest relative error over all of them.
     */
    public StatementCheck check(Expr of, Expr wrt, List<Expr> results, String statement, int line) {
        if (!assumed.unsampled().isEmpty()) {
            return unchecked(statement, line, "the sampler cannot honour: " + String.join("; ", assumed.unsampled()));
        }
        String held = ThroughDefinitions.nameOf(wrt);
        Expr input = expansion.expand(of, Set.of(held));
        List<Expr> stated = results.stream().map(r -> expansion.expand(r, Set.of())).toList();
        Map<String, Integer> leaves = new LinkedHashMap<>();
        leaves(input, leaves);
        stated.forEach(r -> leaves(r, leaves));
        List<String> free = new ArrayList<>(new LinkedHashSet<>(Indices.free(of)));
        Indices.free(wrt).stream().filter(i -> !free.contains(i)).forEach(free::add);
        List<int[]> assignments = IndexTuples.all(free.size(), settings.n());
        // whole numbers read from their use: the limits of sums (K of Σ_{m=1}^{K}) and strides (s of x_{s*i+p})
        Set<String> limits = new LinkedHashSet<>();
        Set<String> strides = new LinkedHashSet<>();
        for (org.symgrad.derive.Definition d : definitions.all()) {
            limits.addAll(IntegerSizes.limits(d.body()));
            strides.addAll(IntegerSizes.of(d.body(), d.indices()));
        }
        for (Expr e : java.util.stream.Stream.concat(java.util.stream.Stream.of(input), stated.stream()).toList()) {
            limits.addAll(IntegerSizes.limits(e));
            strides.addAll(IntegerSizes.of(e, free));
        }
        strides.removeAll(limits);
        strides.removeAll(free);
        RandomPoint.Sizes sizes = new RandomPoint.Sizes(limits, strides);

        double worst = 0;
        int entries = 0;
        int compared = 0;
        int kinks = 0;
        try {
            for (int p = 0; p < settings.points(); p++) {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    Environment env = sampler.at(seed(p, attempt), attempt >= ATTEMPTS / 2, leaves, sizes);
                    Comparison c = compare(input, wrt, stated, env, free, assignments);
                    if (c != null) {
                        worst = Math.max(worst, c.worst);
                        entries += c.entries;
                        kinks += c.kinks;
                        compared++;
                        break;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return unchecked(statement, line, "cannot evaluate it: " + e.getMessage());
        }
        if (compared == 0) {
            return unchecked(statement, line, "no point where the values are finite");
        }
        return new StatementCheck(statement, line, worst, entries, compared, kinks, Optional.empty(),
                settings.tolerance());
    }

    private StatementCheck unchecked(String statement, int line, String why) {
        return new StatementCheck(statement, line, Double.NaN, 0, 0, 0, Optional.of(why), settings.tolerance());
    }

    /** The errors at one point, or null when a value there is not finite. */
    private Comparison compare(Expr input, Expr wrt, List<Expr> stated, Environment point, List<String> free,
                               List<int[]> assignments) {
        Comparison c = new Comparison();
        for (int[] a : assignments) {
            TimeLimit.check();
            Environment env = point;
            for (int p = 0; p < a.length; p++) {
                env = env.withBinding(free.get(p), a[p]);
            }
            if (!facts.admits(env.bindings())) {
                continue; // an assignment the branch i ≠ j excludes
            }
            double truth = difference(input, wrt, env, STEP);
            if (!Double.isFinite(truth)) {
                return null;
            }
            for (Expr r : stated) {
                double g = Evaluator.evaluate(r, env);
                if (!Double.isFinite(g)) {
                    return null;
                }
                double error = Math.abs(g - truth) / Math.max(1, Math.abs(truth));
                if (error > settings.tolerance() && !steady(input, wrt, env, truth)) {
                    c.kinks++;
                    continue;
                }
                c.worst = Math.max(c.worst, error);
                c.entries++;
            }
        }
        return c;
    }

    /** Whether the finite difference with steps ten times smaller agrees with {@code truth} to 1e-6. */
    private static boolean steady(Expr input, Expr wrt, Environment env, double truth) {
        double fine = difference(input, wrt, env, STEP / 10);
        return Math.abs(truth - fine) <= 1e-6 * Math.max(1, Math.abs(fine));
    }

    /** The central finite difference of {@code input} in {@code wrt} with steps h and h/2, one Richardson step. */
    private static double difference(Expr input, Expr wrt, Environment env, double step) {
        double base = read(wrt, env);
        double h = step * Math.max(1, Math.abs(base));
        double coarse = central(input, wrt, env, base, h);
        double fine = central(input, wrt, env, base, h / 2);
        return (4 * fine - coarse) / 3;
    }

    private static double central(Expr input, Expr wrt, Environment env, double base, double h) {
        return (Evaluator.evaluate(input, write(wrt, env, base + h))
                - Evaluator.evaluate(input, write(wrt, env, base - h))) / (2 * h);
    }

    private static double read(Expr wrt, Environment env) {
        return switch ((Variable) wrt) {
            case Indexed x -> env.indexed(x.name(), concrete(x, env));
            case Sym s -> env.scalar(s.name());
        };
    }

    private static Environment write(Expr wrt, Environment env, double value) {
        return switch ((Variable) wrt) {
            case Indexed x -> env.withIndexed(x.name(), value, concrete(x, env));
            case Sym s -> env.withScalar(s.name(), value);
        };
    }

    private static int[] concrete(Indexed x, Environment env) {
        int[] out = new int[x.indices().size()];
        for (int p = 0; p < out.length; p++) {
            String i = x.indices().get(p);
            out[p] = Index.isConcrete(i) ? Integer.parseInt(i)
                    : env.binding(i).orElseThrow(() -> new IllegalArgumentException("index " + i + " is not bound"));
        }
        return out;
    }

    /** The undefined names of {@code e} with their number of indices (0 for a scalar). */
    private void leaves(Expr e, Map<String, Integer> out) {
        if (e instanceof Sym s && Constants.named(s.name()).isEmpty() && !s.name().equals("n")
                && definitions.of(s.name()).isEmpty()) {
            out.putIfAbsent(s.name(), 0);
        } else if (e instanceof Indexed x && definitions.of(x.name()).isEmpty()) {
            out.putIfAbsent(x.name(), x.indices().size());
        }
        for (Expr c : Exprs.children(e)) {
            leaves(c, out);
        }
    }

    /** The seed of attempt {@code attempt} at point {@code p}: distinct for every pair, fixed by the settings' seed. */
    private long seed(int p, int attempt) {
        return settings.seed() * 1_000_003L + (long) p * ATTEMPTS + attempt;
    }

    /** The errors at one point. */
    private static final class Comparison {
        double worst;
        int entries;
        int kinks;
    }
}
