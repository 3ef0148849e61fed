package org.symgrad.simplify;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Rational;

/**
 * A product's δ terms dropped where another factor vanishes on the δ's diagonal (rule
 * {@value #RULE}): {@code f(i, j)·δ_ij = f(j, j)·δ_ij} for any f, so a δ_ij times a factor Z with
 * {@code Z(j, j) = 0} is 0 — t-SNE's {@code (1 − δ_ij)(y_jd − y_id)} is {@code y_jd − y_id}, and
 * {@code δ_ab (z_ae − z_be)} is 0. The δ may be a factor of its own or a term of a sum factor
 * (each monomial holding it goes, as every one of them is a δ_ij times Z). An identity for every
 * value of the indices, bound or free; not applied where a divisor of the product vanishes on the
 * diagonal too (the product has no value there). Every application removes a δ, so it ends.
 */
final class DiagonalDeltas {
    /** The name a step cites. */
    static final String RULE = "delta-on-diagonal";

    private DiagonalDeltas() {
    }

    /** The normal form {@code f} with each δ term that another factor makes 0 dropped. */
    static Factored in(Factored f, Normalizer normalizer) {
        Set<Expr> deltas = deltas(f);
        if (deltas.isEmpty()) {
            return f;
        }
        for (Expr e : deltas) {
            Delta d = (Delta) e;
            if (!vanishesOnDiagonal(f, d, normalizer)) {
                continue;
            }
            Factored out = Factored.constant(f.coefficient());
            for (Map.Entry<Poly, Integer> p : f.factors().entrySet()) {
                Poly base = p.getKey();
                if (p.getValue() > 0 && holds(base, d)) {
                    base = without(base, d);
                    if (base.isZero()) {
                        normalizer.trace().fired(RULE);
                        return Factored.ZERO;
                    }
                }
                out = out.multiply(Factored.fromPoly(base).pow(p.getValue(), normalizer.budget()));
            }
            normalizer.trace().fired(RULE);
            return in(out, normalizer);
        }
        return f;
    }

    /** The δs of two distinct index names among the atoms of the positive-power factors of {@code f}. */
    private static Set<Expr> deltas(Factored f) {
        Set<Expr> out = new TreeSet<>(ExprOrder.INSTANCE);
        for (Map.Entry<Poly, Integer> p : f.factors().entrySet()) {
            if (p.getValue() <= 0) {
                continue;
            }
            for (Monomial m : p.getKey().terms().keySet()) {
                for (int i = 0; i < m.atomCount(); i++) {
                    if (m.atom(i) instanceof Delta d && !d.i().equals(d.j()) && Index.isSymbolic(d.i()) && Index.isSymbolic(d.j())) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a positive-power factor of {@code f} without the δ is 0 on its diagonal, and no
     * divisor of {@code f} is.
     */
    private static boolean vanishesOnDiagonal(Factored f, Delta d, Normalizer normalizer) {
        // the test reports nothing: a plain normaliser, without the names the result is written in
        Normalizer plain = new Normalizer(Budget.standard(), List.of(), List.of(), false);
        boolean vanishes = false;
        for (Map.Entry<Poly, Integer> p : f.factors().entrySet()) {
            if (holds(p.getKey(), d)) {
                continue;
            }
            Expr z = normalizer.presenter().polynomial(p.getKey());
            Expr diagonal = Indices.rename(z, d.j(), d.i());
            if (diagonal.equals(z) || !plain.normalize(diagonal).isZero()) {
                continue;
            }
            if (p.getValue() < 0) {
                return false;
            }
            vanishes = true;
        }
        return vanishes;
    }

    private static boolean holds(Poly p, Delta d) {
        return p.terms().keySet().stream().anyMatch(m -> m.holds(d));
    }

    /** {@code p} without its monomials that hold {@code d}. */
    private static Poly without(Poly p, Delta d) {
        Poly out = Poly.ZERO;
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (!t.getKey().holds(d)) {
                out = out.add(Poly.monomial(t.getValue(), t.getKey()), Budget.standard());
            }
        }
        return out;
    }
}
