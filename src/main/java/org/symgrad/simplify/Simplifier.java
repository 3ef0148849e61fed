package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;

/**
 * Simplification to textbook form: the rational normal form over atoms, presented with common
 * factors pulled out, then re-expressed in defined names where that makes the result smaller
 * (each definition tried in turn, later definitions first). Results are numerically equal to
 * the input and deterministic.
 */
public final class Simplifier {
    private final List<AtomRule> assumptions;
    private final List<AtomRule> definitions;

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
        Expr best = new Normalizer(budget, assumptions, List.of(), false).canonical(e);
        List<AtomRule> reversed = new ArrayList<>(definitions);
        java.util.Collections.reverse(reversed);
        for (AtomRule d : reversed) {
            Expr candidate = new Normalizer(budget, assumptions, List.of(d), false).canonical(best);
            if (Exprs.size(candidate) < Exprs.size(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The normal form with σ, tanh, softplus, sinh, cosh written in exp/log and logs of products
     * split: two expressions are proven equal when this form of their difference is 0.
     */
    public Expr expanded(Expr e, Budget budget) {
        return new Normalizer(budget, assumptions, List.of(), true).canonical(e);
    }
}
