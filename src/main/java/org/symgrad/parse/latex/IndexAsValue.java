package org.symgrad.parse.latex;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Sym;

/**
 * An index used as a number: the {@code i} of {@code \sum_i e^i}, the {@code j} of
 * {@code \sum_j P(j)}. symgrad reads an index only as a subscript, so such a letter would be an
 * unrelated variable that happens to share the index's name, and the formula would be checked as
 * something its author did not write; it is reported instead (SPEC §9: an unknown name applied to
 * a bound index is an error). {@link #in(Expr, Set)} also takes indices that are free in the
 * equation, for a side that raises to one ({@code x^j} beside {@code x_j}).
 */
public final class IndexAsValue {
    private IndexAsValue() {
    }

    /** The first index, bound in {@code e} or one of {@code free}, that {@code e} uses as a value. */
    public static Optional<String> in(Expr e, Set<String> free) {
        return find(e, new HashSet<>(free));
    }

    private static Optional<String> find(Expr e, Set<String> indices) {
        if (e instanceof Sym s && indices.contains(s.name()) && !s.equals(Exprs.N)) {
            return Optional.of(s.name());
        }
        String bound = e instanceof IndexSum s ? s.index() : e instanceof IndexProduct p ? p.index() : null;
        boolean added = bound != null && indices.add(bound);
        try {
            for (Expr c : Exprs.children(e)) {
                Optional<String> inner = find(c, indices);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        } finally {
            if (added) {
                indices.remove(bound);
            }
        }
    }

    /** What to say about the index {@code k} used as a value. */
    public static String message(String k) {
        return "the index " + k + " is used here as a value (a power, a factor or an argument), not as a "
                + "subscript; symgrad reads an index only as a subscript: did you mean a component such as x_" + k + "?";
    }
}
