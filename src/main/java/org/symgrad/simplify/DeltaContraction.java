package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;

/**
 * The δ-contraction rule on its own, for showing it as a step: {@code Σ_k δ_ka f(k) = f(a)}
 * wherever a Σ's body is a product with a δ on its index; also {@code δ_kk = 1}. Nothing else
 * about the expression changes.
 */
public final class DeltaContraction {
    public static final String RULE = "delta-contraction";

    private DeltaContraction() {
    }

    public static Expr apply(Expr e) {
        Expr inner = Exprs.mapChildren(e, DeltaContraction::apply);
        if (inner instanceof Delta d && d.i().equals(d.j())) {
            return Exprs.ONE;
        }
        if (!(inner instanceof IndexSum s)) {
            return inner;
        }
        String k = s.index();
        List<Expr> factors = s.body() instanceof Mul m ? m.factors() : List.of(s.body());
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i) instanceof Delta d && (d.i().equals(k) != d.j().equals(k))) {
                String other = d.i().equals(k) ? d.j() : d.i();
                List<Expr> rest = new ArrayList<>(factors);
                rest.remove(i);
                return apply(Indices.rename(Exprs.mul(rest), k, other));
            }
        }
        return inner;
    }
}
