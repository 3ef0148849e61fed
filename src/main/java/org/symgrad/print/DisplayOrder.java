package org.symgrad.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Sym;

/**
 * The order in which operands are shown — for reading only; the expression is not changed.
 *
 * <p>Factors, as a textbook orders them: numeric coefficient, scalar symbols, the symbolic
 * derivative {@code ∂L/∂y_k}, indexed symbols and δ, functions (σ(βx), log(y_i)), bracketed sums,
 * functions of a sum, then Σ and operator derivatives: {@code β y_i(δ_ij − y_j)},
 * {@code t_i log(y_i)}, {@code (1 − y) log(1 − σ(o))}, {@code h_a x_b(1 − h_a) Σ_k …}. The sort
 * is stable: factors of the same rank keep their order. A power ranks as its base ({@code 2^x}
 * with the symbols).
 *
 * <p>Terms: a sum that begins with a subtracted term shows its first added term first
 * ({@code y_j - t_j}, not {@code -t_j + y_j}); nothing else moves.
 */
final class DisplayOrder {
    private DisplayOrder() {
    }

    static List<Expr> factors(List<Expr> factors) {
        List<Expr> out = new ArrayList<>(factors);
        out.sort(Comparator.comparingInt(DisplayOrder::rank));
        return out;
    }

    /** The first term with {@code negative == false} moved to the front when the first is negative. */
    static <T> List<T> terms(List<T> terms, java.util.function.Predicate<T> negative) {
        if (terms.isEmpty() || !negative.test(terms.get(0))) {
            return terms;
        }
        for (int i = 1; i < terms.size(); i++) {
            if (!negative.test(terms.get(i))) {
                List<T> out = new ArrayList<>(terms.size());
                out.add(terms.get(i));
                for (int j = 0; j < terms.size(); j++) {
                    if (j != i) {
                        out.add(terms.get(j));
                    }
                }
                return out;
            }
        }
        return terms;
    }

    /** {@code σ(βx)}, {@code log(y_i)} read like a name; a function of a sum, {@code log(1 − σ)}, like a sum. */
    static boolean hasSimpleArguments(Fn f) {
        return f.args().stream().noneMatch(a -> a instanceof Add);
    }

    static int rank(Expr e) {
        return switch (e) {
            case Num n -> 0;
            case Sym s -> 1;
            case Derivative d -> Printer.readsAsQuotient(d) ? 2 : 8;
            case Indexed x -> 3;
            case Delta d -> 3;
            case Fn f -> hasSimpleArguments(f) ? 4 : 6;
            case Add a -> 5;
            case Mul m -> 5;
            case IndexSum s -> 7;
            case Pow p -> p.base() instanceof Num ? 1 : rank(p.base());
        };
    }
}
