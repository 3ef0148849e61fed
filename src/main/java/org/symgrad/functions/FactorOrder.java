package org.symgrad.functions;

import java.util.Comparator;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * The one display order of the factors of a product, as a textbook orders them: numeric
 * coefficient, scalar symbols, a derivative that reads as a quotient of names ({@code ∂L/∂y_k}),
 * indexed symbols and δ, functions of simple arguments ({@code σ(βx)}, {@code log(y_i)}),
 * bracketed sums, functions of a sum ({@code log(1 − σ(o))}), then Σ and operator derivatives:
 * {@code β y_i(δ_ij − y_j)}, {@code (1 − y) log(1 − σ(o))}, {@code h_a x_b(1 − h_a) Σ_k …}. A power
 * ranks as its base ({@code 2^x} with the symbols). The simplifier presents results in this order
 * and the printer shows them in it.
 */
public final class FactorOrder {
    /**
     * By rank, then by the structural order: a total order. Written out rather than composed with
     * {@code Comparator.comparingInt(…).thenComparing(…)}, whose lambdas inside the JDK the class-data
     * archive does not hold: each start would spin them again.
     */
    public static final Comparator<Expr> TOTAL = (a, b) -> {
        int byRank = Integer.compare(rank(a), rank(b));
        return byRank != 0 ? byRank : ExprOrder.INSTANCE.compare(a, b);
    };

    private FactorOrder() {
    }

    /** The rank of a bracketed sum (or product) among the factors. */
    public static final int BRACKET = 5;

    /** The rank of a factor; lower ranks come first. */
    public static int rank(Expr e) {
        return switch (e) {
            case Num n -> 0;
            case Sym s -> 1;
            case Derivative d -> readsAsQuotient(d) ? 2 : 8;
            case Indexed x -> 3;
            case Delta d -> 3;
            case Fn f -> hasSimpleArguments(f) ? 4 : 6;
            case Add a -> BRACKET;
            case Mul m -> BRACKET;
            case IndexSum s -> 7;
            case IndexProduct p -> 7;
            case Pow p -> p.base() instanceof Num ? 1 : rank(p.base());
        };
    }

    /** {@code σ(βx)}, {@code log(y_i)} read like a name; a function of a sum, {@code log(1 − σ)}, like a sum. */
    public static boolean hasSimpleArguments(Fn f) {
        return f.args().stream().noneMatch(a -> a instanceof Add);
    }

    /**
     * Whether a derivative reads as a quotient of two names, {@code ∂y_i/∂x_j} or {@code ∂L/∂y_k}:
     * its operand is a symbol, an indexed symbol, or an abstract function applied to symbols.
     */
    public static boolean readsAsQuotient(Derivative d) {
        return switch (d.of()) {
            case Sym s -> true;
            case Indexed x -> true;
            case Fn f -> !FunctionRegistry.isKnown(f.name()) && f.args().stream().allMatch(a -> a instanceof Variable);
            default -> false;
        };
    }
}
