package org.symgrad.check;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;

/**
 * The entries of a symmetric matrix transposed, for proofs: {@code x^T A y = y^T A x} reads
 * {@code Σ_k Σ_l x_k A_kl y_l = Σ_m Σ_n y_m A_mn x_n}; ordering each entry's indices by name cannot meet the
 * other side when the sides name their summed indices otherwise, while {@code A_mn → A_nm} on every entry of
 * one side (an identity where A is symmetric), and the sums exchanged ({@link SumOrder}), does.
 */
final class SymmetricEntries {
    private SymmetricEntries() {
    }

    /**
     * Whether {@code right} with every entry of {@code name} transposed, in its own order of sums or another, is
     * one that {@code meets} accepts (its difference from the other side normalises to 0); false when {@code right}
     * has no entry of {@code name}.
     */
    static boolean transposedMeets(Expr right, String name, Predicate<Expr> meets) {
        Expr t = transposed(right, name);
        return !t.equals(right) && Stream.concat(Stream.of(t), SumOrder.otherOrders(t).stream()).anyMatch(meets);
    }

    /** {@code e} with each entry {@code name_ab} written {@code name_ba}. */
    static Expr transposed(Expr e, String name) {
        if (e instanceof Indexed x && x.name().equals(name) && x.indices().size() == 2) {
            return new Indexed(name, List.of(x.indices().get(1), x.indices().get(0)));
        }
        return Exprs.mapChildren(e, c -> transposed(c, name));
    }
}
