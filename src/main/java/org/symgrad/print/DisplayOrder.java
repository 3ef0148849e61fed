package org.symgrad.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Pow;
import org.symgrad.functions.FactorOrder;

/**
 * The order in which operands are shown — for reading only; the expression is not changed.
 *
 * <p>Factors by the one display order, {@link FactorOrder}; the sort is stable, so factors of the
 * same rank keep their order. A function of a sum that a bracket among the factors is built from is
 * shown just before that bracket, as books write {@code σ(x − μ)(1 − σ(x − μ))}.
 *
 * <p>Terms: a sum that begins with a subtracted term shows its first added term first
 * ({@code y_j - t_j}, not {@code -t_j + y_j}); nothing else moves ({@link org.symgrad.expr.LeadingTerm}).
 */
final class DisplayOrder {
    private DisplayOrder() {
    }

    static List<Expr> factors(List<Expr> factors) {
        List<Expr> out = new ArrayList<>(factors);
        out.sort(Comparator.comparingInt(FactorOrder::rank));
        // a function of a sum that a bracket is built from reads before it: σ(x − μ)(1 − σ(x − μ))
        for (int i = 0; i < out.size(); i++) {
            Expr f = out.get(i);
            Expr applied = f instanceof Pow p ? p.base() : f;
            if (!(applied instanceof Fn) || FactorOrder.rank(f) <= FactorOrder.BRACKET) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (FactorOrder.rank(out.get(j)) == FactorOrder.BRACKET && Exprs.contains(out.get(j), applied)) {
                    out.remove(i);
                    out.add(j, f);
                    break;
                }
            }
        }
        return out;
    }
}
