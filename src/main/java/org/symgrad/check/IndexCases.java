package org.symgrad.check;

import java.util.Map;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;

/**
 * A case the document states of index letters ("an interior sample $u_k$, $1 < k < n$"), read at a sampled point: each
 * letter the point binds as an index stands for the whole number it is bound to, so that {@code k - 1 > 0} is a value
 * there and a point outside the case is not drawn.
 */
final class IndexCases {
    private IndexCases() {
    }

    /** {@code e} with every letter {@code bindings} binds replaced by its whole number. */
    static Expr atBindings(Expr e, Map<String, Integer> bindings) {
        if (e instanceof Sym s && bindings.containsKey(s.name())) {
            return Exprs.num(bindings.get(s.name()));
        }
        return Exprs.mapChildren(e, c -> atBindings(c, bindings));
    }
}
