package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;

/**
 * Einstein summation, for documents that opt in (SPEC §8 {@code einstein}): in a product, an index
 * that is free in exactly two of its factors is summed over ({@code W_ij x_j} is
 * {@code Σ_j W_ij x_j}).
 */
final class Einstein {
    private Einstein() {
    }

    static Expr sum(Expr e) {
        Expr inner = Exprs.mapChildren(e, Einstein::sum);
        if (!(inner instanceof Mul m)) {
            return inner;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Expr f : m.factors()) {
            for (String i : Indices.free(f)) {
                counts.merge(i, 1, Integer::sum);
            }
        }
        Expr out = inner;
        List<String> repeated = counts.entrySet().stream().filter(c -> c.getValue() == 2).map(Map.Entry::getKey).toList();
        for (int k = repeated.size() - 1; k >= 0; k--) {
            out = Exprs.sum(repeated.get(k), out);
        }
        return out;
    }

    static boolean isSum(Expr e) {
        return e instanceof IndexSum;
    }
}
