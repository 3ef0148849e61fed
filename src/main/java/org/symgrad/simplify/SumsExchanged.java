package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;

/**
 * A nested sum read the other way round: {@code Σ_i A_i Σ_c B_c C_ic = Σ_c B_c Σ_i A_i C_ic}, the
 * factors of the inner body that are free of i taken out of the outer sum with the inner one. The
 * normal form keeps the nesting the differentiation made; a textbook exchanges the sums where that
 * puts a factor it shares with another term outside: the attention backward pass
 * {@code Σ_i G_ai Σ_c K_ce P_ac V_ci − (Σ_i G_ai O_ai)(Σ_c K_ce P_ac)} is
 * {@code Σ_c K_ce P_ac (Σ_i G_ai V_ci − Σ_i G_ai O_ai)} once the first sum is read over c first
 * ({@link SumsSharingAFactor} gathers the two). An identity for finite ranges that do not depend on
 * each other's index.
 */
final class SumsExchanged {
    private SumsExchanged() {
    }

    /**
     * The products {@code term} is with one of its sum factors exchanged, for each such factor that
     * has a sum in its body whose body has a factor free of the outer index and one that is not.
     */
    static List<Expr> of(Expr term) {
        List<Expr> factors = term instanceof Mul m ? m.factors() : List.of(term);
        List<Expr> out = new ArrayList<>();
        for (int k = 0; k < factors.size(); k++) {
            if (!(factors.get(k) instanceof IndexSum s)) {
                continue;
            }
            for (Expr exchanged : exchanged(s)) {
                List<Expr> rebuilt = new ArrayList<>(factors);
                rebuilt.set(k, exchanged);
                out.add(Exprs.mul(rebuilt));
            }
        }
        return out;
    }

    /** {@code s} read over an inner sum's index first, for each inner sum factor of its body that allows it. */
    private static List<Expr> exchanged(IndexSum s) {
        String i = s.index();
        List<Expr> body = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
        List<Expr> out = new ArrayList<>();
        for (int k = 0; k < body.size(); k++) {
            if (!(body.get(k) instanceof IndexSum t)) {
                continue;
            }
            String c = t.index();
            List<Expr> rest = new ArrayList<>(body);
            rest.remove(k);
            // the ranges do not depend on each other's index, and nothing outside the inner sum is captured by c
            if (c.equals(i) || Indices.mentions(t.lower(), i) || Indices.mentions(t.upper(), i)
                    || Indices.mentions(s.lower(), c) || Indices.mentions(s.upper(), c)
                    || rest.stream().anyMatch(f -> Indices.mentions(f, c))) {
                continue;
            }
            List<Expr> free = new ArrayList<>();
            List<Expr> bound = new ArrayList<>(rest);
            for (Expr f : t.body() instanceof Mul m ? m.factors() : List.of(t.body())) {
                (Indices.mentions(f, i) ? bound : free).add(f);
            }
            // something of c alone leaves the outer sum, and the outer sum keeps something of i
            if (free.stream().noneMatch(f -> Indices.mentions(f, c)) || bound.stream().noneMatch(f -> Indices.mentions(f, i))) {
                continue;
            }
            List<Expr> outer = new ArrayList<>(free);
            outer.add(new IndexSum(i, s.lower(), s.upper(), Exprs.mul(bound)));
            out.add(new IndexSum(c, t.lower(), t.upper(), Exprs.mul(outer)));
        }
        return out;
    }
}
