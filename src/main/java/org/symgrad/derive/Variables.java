package org.symgrad.derive;

import java.util.ArrayDeque;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;

/**
 * The check on the variable of a derivative: {@code x_i} and {@code x_{ij}} are different
 * variables, so {@code ∂x_i/∂x_{jk}} would be 0 — far more likely the indices are mistyped. Where the
 * variable's name occurs, it must occur with as many indices as the variable has.
 */
public final class Variables {
    private Variables() {
    }

    /**
     * Requires {@code wrt}'s name to be used in {@code where} with {@code wrt}'s number of indices;
     * with {@code mustOccur}, also requires the name to occur at all.
     */
    public static void requireRank(Expr where, Expr wrt, boolean mustOccur) {
        String name = wrt instanceof Indexed x ? x.name() : ((Sym) wrt).name();
        int rank = wrt instanceof Indexed x ? x.indices().size() : 0;
        SortedSet<Integer> ranks = ranks(where, name);
        if (ranks.isEmpty()) {
            if (mustOccur) {
                throw new InputException("cannot differentiate with respect to " + name + ": it does not occur in "
                        + "the expression or in the definitions it uses");
            }
            return;
        }
        if (!ranks.contains(rank)) {
            int used = ranks.first();
            throw new InputException("cannot differentiate with respect to " + wrt + ": " + name + " is used with "
                    + used + (used == 1 ? " index" : " indices") + ", not " + rank);
        }
    }

    /** The numbers of indices {@code name} occurs with in {@code e} (0 for the bare symbol). */
    static SortedSet<Integer> ranks(Expr e, String name) {
        SortedSet<Integer> ranks = new TreeSet<>();
        ArrayDeque<Expr> pending = new ArrayDeque<>(List.of(e));
        while (!pending.isEmpty()) {
            switch (pending.pop()) {
                case Indexed x when x.name().equals(name) -> ranks.add(x.indices().size());
                case Sym s when s.name().equals(name) -> ranks.add(0);
                case Expr other -> pending.addAll(Exprs.children(other));
            }
        }
        return ranks;
    }
}
