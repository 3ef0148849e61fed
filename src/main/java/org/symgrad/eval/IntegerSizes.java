package org.symgrad.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;

/**
 * The names an expression uses as whole numbers, read from their use, not their spelling: a limit
 * of a sum or product ({@code K} of {@code Σ_{m=1}^{K}}, the kernel width of a convolution) and a
 * name in an index's arithmetic that is no index there ({@code s} of {@code x_{s*i+p}} or
 * {@code x_{(m-1)*s+k}}, a stride: neither bound by a Σ nor one of the given axes). A random point
 * must give such a name a positive whole value (a real one cannot bound a sum or make a position),
 * and generated code takes it as an {@code int}. The dimension {@code n} is not among them: it is
 * the point's own.
 */
public final class IntegerSizes {
    private IntegerSizes() {
    }

    /** The integer sizes of {@code e}, in order of first use; {@code axes} are its free indices that index arrays. */
    public static Set<String> of(Expr e, Collection<String> axes) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, new HashSet<>(axes), out);
        return out;
    }

    /** The integer sizes among the limits of the sums and products of {@code e} only. */
    public static Set<String> limits(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectLimits(e, out);
        return out;
    }

    private static void collect(Expr e, Set<String> scope, Set<String> out) {
        switch (e) {
            case IndexSum s -> {
                limit(s.lower(), out);
                limit(s.upper(), out);
                Set<String> inner = new HashSet<>(scope);
                inner.add(s.index());
                collect(s.body(), inner, out);
            }
            case IndexProduct p -> {
                limit(p.lower(), out);
                limit(p.upper(), out);
                Set<String> inner = new HashSet<>(scope);
                inner.add(p.index());
                collect(p.body(), inner, out);
            }
            case Indexed x -> x.indices().forEach(i -> arithmetic(i, scope, out));
            case Delta d -> {
                arithmetic(d.i(), scope, out);
                arithmetic(d.j(), scope, out);
            }
            default -> Exprs.children(e).forEach(c -> collect(c, scope, out));
        }
    }

    private static void collectLimits(Expr e, Set<String> out) {
        switch (e) {
            case IndexSum s -> {
                limit(s.lower(), out);
                limit(s.upper(), out);
                collectLimits(s.body(), out);
            }
            case IndexProduct p -> {
                limit(p.lower(), out);
                limit(p.upper(), out);
                collectLimits(p.body(), out);
            }
            default -> Exprs.children(e).forEach(c -> collectLimits(c, out));
        }
    }

    /** The names of an affine index that are neither bound nor axes: the sizes its arithmetic uses. */
    private static void arithmetic(String index, Set<String> scope, Set<String> out) {
        if (!Index.isAffine(index)) {
            return;
        }
        for (String name : Index.names(index)) {
            if (!scope.contains(name) && !name.equals(Exprs.N.name())) {
                out.add(name);
            }
        }
    }

    /** The symbols of a limit ({@code K}, the {@code K} of {@code K-1}), except the dimension n. */
    private static void limit(Expr bound, Set<String> out) {
        for (String name : symbols(bound)) {
            if (!name.equals(Exprs.N.name())) {
                out.add(name);
            }
        }
    }

    private static Set<String> symbols(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        if (e instanceof org.symgrad.expr.Sym s) {
            out.add(s.name());
        }
        Exprs.children(e).forEach(c -> out.addAll(symbols(c)));
        return out;
    }
}
