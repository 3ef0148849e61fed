package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;

/**
 * Simplification to textbook form: the rational normal form over atoms, presented with common
 * factors pulled out, then re-expressed in defined names where that eliminates the solved-for atom without
 * growing the result
 * (each definition tried in turn, later definitions first), and in σ / softplus where the input
 * used them ({@code e^{−x}/(1+e^{−x})² → σ(x)(1 − σ(x))}). Results are numerically equal to
 * the input and deterministic.
 */
public final class Simplifier {
    private final List<AtomRule> assumptions;
    private final List<AtomRule> definitions;

    /** Results so far: a derivation simplifies the same inner derivatives several times. */
    private final Map<Expr, Expr> memo = new ConcurrentHashMap<>();

    private Simplifier(List<AtomRule> assumptions, List<AtomRule> definitions) {
        this.assumptions = List.copyOf(assumptions);
        this.definitions = List.copyOf(definitions);
    }

    /** A simplifier with no assumptions and no definitions. */
    public static Simplifier plain() {
        return new Simplifier(List.of(), List.of());
    }

    /** A simplifier that uses {@code assumptions} and writes results back in {@code definitions}. */
    public static Simplifier with(List<AtomRule> assumptions, List<AtomRule> definitions) {
        return new Simplifier(assumptions, definitions);
    }

    /** Shorthand for {@code plain().simplify(e)}. */
    public static Expr simplifyPlain(Expr e) {
        return plain().simplify(e);
    }

    public Expr simplify(Expr e) {
        return simplify(e, Budget.standard());
    }

    public Expr simplify(Expr e, Budget budget) {
        Expr known = memo.get(e);
        if (known != null) {
            return known;
        }
        Expr out = compute(e, budget);
        memo.put(e, out);
        return out;
    }

    private Expr compute(Expr e, Budget budget) {
        Budget.requireSize(e);
        Expr best = new Normalizer(budget, assumptions, List.of(), false).canonical(e);
        List<AtomRule> reversed = new ArrayList<>(definitions);
        Collections.reverse(reversed);
        reversed.addAll(Rules.namedFunctionInverses(e));
        for (AtomRule d : reversed) {
            Expr candidate = new Normalizer(budget, assumptions, List.of(d), false).canonical(best);
            if (!candidate.equals(best) && !mentionsOutsideSums(candidate, d)
                    && Exprs.size(candidate) <= Exprs.size(best)) {
                best = candidate;
            }
        }
        return Indices.readable(best);
    }

    /** Whether an atom the rule rewrites still occurs (bodies of Σ aside): then it did not eliminate it. */
    private static boolean mentionsOutsideSums(Expr e, AtomRule rule) {
        if (rule.apply(e).isPresent()) {
            return true;
        }
        if (e instanceof IndexSum) {
            return false;
        }
        for (Expr c : Exprs.children(e)) {
            if (mentionsOutsideSums(c, rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The normal form with σ, tanh, softplus, sinh, cosh written in exp/log and logs of products
     * split: two expressions are proven equal when this form of their difference is 0.
     */
    public Expr expanded(Expr e, Budget budget) {
        Budget.requireSize(e);
        return new Normalizer(budget, assumptions, List.of(), true).canonical(e);
    }
}
