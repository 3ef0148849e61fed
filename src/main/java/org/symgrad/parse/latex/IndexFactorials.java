package org.symgrad.parse.latex;

import java.util.Collection;
import java.util.List;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Sym;
import org.symgrad.functions.FunctionRegistry;

/**
 * A factorial, {@code e!}. Of the index of a sum around it, or whole numbers and such indices added and multiplied
 * ({@code \frac{x^k}{k!}}, {@code (k-1)!}, {@code (2n)!} under {@code \sum_k}, {@code \sum_n}), it is a number the sum's
 * terms take: Γ(e + 1), which the index read as its value evaluates. Of anything else ({@code \log y_i!}, the factorial
 * of a count) it is a function symgrad keeps unevaluated; data, it is constant in every parameter, which is all a
 * likelihood's derivative needs of it.
 */
final class IndexFactorials {
    private IndexFactorials() {
    }

    /** {@code operand!}, with {@code summing} the indices of the sums being read around it. */
    static Expr of(Expr operand, Collection<String> summing) {
        return ofIndices(operand, summing) && !(operand instanceof Num)
                ? Exprs.fn(FunctionRegistry.GAMMA, Exprs.add(operand, Exprs.ONE))
                : new Fn(LatexBuilder.FACTORIAL, List.of(operand));
    }

    /** Whether {@code e} is whole numbers and the indices {@code summing} added and multiplied. */
    private static boolean ofIndices(Expr e, Collection<String> summing) {
        return switch (e) {
            case Sym s -> summing.contains(s.name());
            case Num n -> n.value().isInteger();
            case Add a -> a.terms().stream().allMatch(t -> ofIndices(t, summing));
            case Mul m -> m.factors().stream().allMatch(t -> ofIndices(t, summing));
            default -> false;
        };
    }
}
