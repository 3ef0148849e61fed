package org.symgrad.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;

/**
 * The argument of {@code softmax(…)_i} or {@code logsumexp(…)}: a vector's name ({@code softmax(z)_i}), or an expression
 * of one vector and scalars ({@code softmax(z/T)_i}, {@code logsumexp(z - m)}), whose component i is the expression with
 * the vector at i ({@code z_i/T}). The vector is the one name of the expression the script writes with an index
 * ({@code z_j} elsewhere); with none or two such names, or with an index inside, which name is broadcast would be a guess.
 */
record VectorArgument(Expr written, String vector) {
    /** {@code arg} as the argument of a vector function in the script {@code source}, or empty where it does not read as one. */
    static Optional<VectorArgument> of(Expr arg, String source) {
        if (arg instanceof Sym s) {
            return Optional.of(new VectorArgument(arg, s.name()));
        }
        if (Exprs.any(arg, e -> e instanceof Indexed || e instanceof IndexSum || e instanceof Delta)) {
            return Optional.empty();
        }
        List<String> indexed = Exprs.symbolNames(arg).stream()
                .filter(n -> Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(n) + "_[A-Za-z0-9{(]").matcher(source).find())
                .toList();
        return indexed.size() == 1 ? Optional.of(new VectorArgument(arg, indexed.get(0))) : Optional.empty();
    }

    /** The component at {@code index}: the argument with the vector at that index. */
    Expr at(String index) {
        return Exprs.replace(written, new Sym(vector), new Indexed(vector, List.of(index)));
    }

    /** An index for a sum over the components, other than {@code taken} and any name of the argument. */
    String freshIndex(Set<String> taken) {
        Set<String> avoid = new LinkedHashSet<>(taken);
        avoid.addAll(Exprs.symbolNames(written));
        return Indices.fresh(avoid);
    }
}
