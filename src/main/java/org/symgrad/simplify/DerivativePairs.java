package org.symgrad.simplify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;

/**
 * The derivative table's pair {@code u(1 − u)} (σ′ = σ(1 − σ), the gate derivative
 * {@code o(1 − o)} of an LSTM) kept whole by a write-back in a defined name: with
 * {@code y = tanh(c)·o}, the output gate's derivative {@code dy·tanh(c)·o(1 − o)} is printed as
 * Greff et al. print it, not {@code dy·y(1 − o)}, which takes o out of its pair to make y. A
 * write-back that names both halves ({@code a(1 − a)} for {@code a = σ(z)}) keeps the pair.
 */
final class DerivativePairs {
    private DerivativePairs() {
    }

    /** Whether {@code after} takes a {@code u} out of a pair {@code u(1 − u)} of {@code before} and leaves its {@code 1 − u}. */
    static boolean broken(Expr before, Expr after) {
        return !brokenPairs(before, after).isEmpty();
    }

    /** The u of each pair {@code u(1 − u)} of {@code before} that {@code after} takes apart, leaving its {@code 1 − u}. */
    static Set<Expr> brokenPairs(Expr before, Expr after) {
        Set<Expr> pairsBefore = new HashSet<>();
        Set<Expr> complementsBefore = new HashSet<>();
        collect(before, pairsBefore, complementsBefore);
        if (pairsBefore.isEmpty()) {
            return Set.of();
        }
        Set<Expr> pairsAfter = new HashSet<>();
        Set<Expr> complementsAfter = new HashSet<>();
        collect(after, pairsAfter, complementsAfter);
        Set<Expr> out = new HashSet<>();
        for (Expr u : pairsBefore) {
            if (!pairsAfter.contains(u) && complementsAfter.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /** The u of each product holding u and 1 − u, and the u of each factor 1 − u of a product. */
    private static void collect(Expr e, Set<Expr> pairs, Set<Expr> complements) {
        if (e instanceof Mul m) {
            for (Expr f : m.factors()) {
                complementOf(f).ifPresent(u -> {
                    complements.add(u);
                    if (m.factors().contains(u)) {
                        pairs.add(u);
                    }
                });
            }
        }
        Exprs.children(e).forEach(c -> collect(c, pairs, complements));
    }

    /** {@code u} when {@code e} is {@code 1 − u}. */
    private static java.util.Optional<Expr> complementOf(Expr e) {
        if (!(e instanceof Add a) || a.terms().size() != 2) {
            return java.util.Optional.empty();
        }
        List<Expr> t = a.terms();
        for (int i = 0; i < 2; i++) {
            if (t.get(i) instanceof Num one && one.value().isOne() && t.get(1 - i) instanceof Mul neg
                    && neg.factors().size() == 2 && neg.factors().get(0) instanceof Num k && k.value().isMinusOne()) {
                return java.util.Optional.of(neg.factors().get(1));
            }
        }
        return java.util.Optional.empty();
    }
}
