package org.symgrad.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.derive.Definitions;
import org.symgrad.diff.Differentiator;
import org.symgrad.eval.Environment;
import org.symgrad.eval.Evaluator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.simplify.AtomRule;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.Simplifier;

/**
 * Verifies equalities: first symbolically (the difference of the two sides, with definitions
 * expanded and σ, tanh, softplus written in exp/log, normalises to 0), otherwise numerically at
 * seeded random points (free indices bound to concrete values), reporting a point where the sides
 * differ when they do.
 */
public final class Checker {
    /** Sampled points for the numeric test. */
    public static final int POINTS = 24;
    private static final int DIMENSION = 3;
    private static final double TOLERANCE = 1e-7;

    private final Definitions definitions;
    private final List<AtomRule> assumptions;

    public Checker(Definitions definitions, List<AtomRule> assumptions) {
        this.definitions = definitions;
        this.assumptions = List.copyOf(assumptions);
    }

    /** Each adjacent pair of {@code sides} checked in order. */
    public List<Verdict> check(List<Expr> sides) {
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i + 1 < sides.size(); i++) {
            out.add(check(sides.get(i), sides.get(i + 1)));
        }
        return out;
    }

    public Verdict check(Expr left, Expr right) {
        Expr l = evaluated(left);
        Expr r = evaluated(right);
        try {
            Expr difference = Simplifier.with(assumptions, List.of()).expanded(Exprs.sub(l, r), Budget.ofMillis(5_000));
            if (difference.equals(Exprs.ZERO)) {
                return new Verdict(left, right, Verdict.Kind.PROVEN, Map.of(), Double.NaN, Double.NaN);
            }
        } catch (org.symgrad.error.LimitException tooBig) {
            // fall through to the numeric test
        }
        return numerically(left, right, l, r);
    }

    /** Definitions expanded and every {@code diff(…)} in the side carried out. */
    private Expr evaluated(Expr side) {
        return new Differentiator().evaluateDerivatives(definitions.expand(side));
    }

    private Verdict numerically(Expr left, Expr right, Expr l, Expr r) {
        Set<String> free = new TreeSet<>(Indices.free(l));
        free.addAll(Indices.free(r));
        int compared = 0;
        for (long seed = 1; seed <= POINTS * 4 && compared < POINTS; seed++) {
            Environment env = Environment.random(seed, DIMENSION);
            // Point p binds the free indices to the digits of p in base DIMENSION, so the points
            // run through every assignment, equal indices (the diagonal, where δ_ij = 1) included.
            long digits = seed - 1;
            for (String index : free) {
                env = env.withBinding(index, 1 + (int) (digits % DIMENSION));
                digits /= DIMENSION;
            }
            double a = valueAt(l, env);
            double b = valueAt(r, env);
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                continue;
            }
            compared++;
            if (Math.abs(a - b) > TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
                return new Verdict(left, right, Verdict.Kind.FALSE, point(env, l, r), a, b);
            }
        }
        Verdict.Kind kind = compared == 0 ? Verdict.Kind.UNDECIDED : Verdict.Kind.NUMERICALLY_EQUAL;
        return new Verdict(left, right, kind, Map.of(), Double.NaN, Double.NaN);
    }

    /**
     * The value of {@code e} at {@code env}, or NaN where the numeric oracle cannot compute one: a Σ
     * whose bound is not an integer at this point ({@code Σ_{k=1}^{m}} with a random m), an entry
     * index beyond the range of {@code int}, a primed abstract function of several arguments. Such a
     * point is skipped like a point outside a function's domain.
     */
    private static double valueAt(Expr e, Environment env) {
        try {
            return Evaluator.evaluate(e, env);
        } catch (IllegalArgumentException notEvaluable) {
            return Double.NaN;
        }
    }

    /** The values of the scalar symbols and bound indices the two sides use, for the report. */
    private static Map<String, Double> point(Environment env, Expr l, Expr r) {
        Map<String, Double> out = new LinkedHashMap<>();
        collect(Exprs.add(l, r), env, out);
        env.bindings().forEach((k, v) -> out.put(k, (double) v));
        return out;
    }

    private static void collect(Expr e, Environment env, Map<String, Double> out) {
        if (e instanceof Sym s) {
            out.put(s.name(), env.scalar(s.name()));
        } else if (e instanceof Indexed x && x.indices().stream().allMatch(org.symgrad.expr.Index::isConcrete)) {
            out.put(x.toString(), env.indexed(x.name(), x.indices().stream().mapToInt(Integer::parseInt).toArray()));
        }
        Exprs.children(e).forEach(c -> collect(c, env, out));
    }
}
