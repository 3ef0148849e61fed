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
 * <p>Factors: numeric coefficient, scalar symbols, named functions (σ(x), exp …, and the
 * symbolic derivative {@code ∂L/∂y_k}, which is the value of a function like {@code f'(x)}),
 * indexed symbols and δ, then Σ and operator derivatives, then bracketed sums and powers of them.
 * The sort is stable: factors of the same rank keep their order. A power ranks as its base.
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

    static int rank(Expr e) {
        return switch (e) {
            case Num n -> 0;
            case Sym s -> 1;
            case Fn f -> 2;
            case Indexed x -> 3;
            case Delta d -> 3;
            case Derivative d -> Printer.readsAsQuotient(d) ? 2 : 4;
            case IndexSum s -> 4;
            case Add a -> 5;
            case Mul m -> 5;
            case Pow p -> switch (p.base()) {
                // 2^x is no coefficient, and a bracketed base sits with the bracketed sums
                case Num n -> 1;
                case Sym s -> 1;
                case Fn f -> 2;
                case Indexed x -> 3;
                case Delta d -> 3;
                case Add a -> 5;
                case Mul m -> 5;
                case Pow q -> 5;
                case IndexSum s -> 5;
                case Derivative d -> 5;
            };
        };
    }
}
