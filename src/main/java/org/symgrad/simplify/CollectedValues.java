package org.symgrad.simplify;

import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Rational;

/**
 * A sum linear in one function value that two or more of its terms hold, written as that value's
 * coefficient times it plus the rest: {@code (pw·y + 1 − y)σ(x) − pw·y} (PyTorch's BCE with
 * pos_weight), {@code (1 + 2y)σ(x) − 3y}, as the canon's {@code σ(x) − y} reads at pw = 1. Only a
 * candidate: {@link Simplifier} keeps it where it reads shorter than the form it would replace
 * (the presenter's common factors, {@code σ(x) − y(σ(x) + pw(1 − σ(x)))}).
 */
final class CollectedValues {
    /** The name a step cites when it collects a function value's coefficient. */
    static final String COLLECT = "collect-like-terms";

    private CollectedValues() {
    }

    /** {@code f} collected in one function value, if it is a multiple of one sum linear in one held by two or more terms. */
    static Optional<Expr> of(Factored f, Normalizer n) {
        if (f.factors().size() != 1 || !f.coefficient().isInteger()) {
            // a fraction of the whole ((…)/2) is left to the presenter: a derivation's last stage would
            // distribute it over the collected terms where the result without steps keeps it outside
            return Optional.empty();
        }
        Map.Entry<Poly, Integer> only = f.factors().entrySet().iterator().next();
        Poly p = only.getKey();
        if (only.getValue() != 1 || p.size() < 3) {
            return Optional.empty();
        }
        Expr best = null;
        for (Monomial m : p.terms().keySet()) {
            for (Map.Entry<Expr, Integer> power : m.powers().entrySet()) {
                Expr a = power.getKey();
                if (!(a instanceof Fn) || best != null && best.equals(a)) {
                    continue;
                }
                if (linearIn(p, a) && coefficient(p, a, n).size() >= 2 && rest(p, a, n).size() >= 1) {
                    if (best != null) {
                        return Optional.empty(); // two values to collect in: no one reading
                    }
                    best = a;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Expr collected = Exprs.add(Exprs.mul(flat(coefficient(p, best, n), n), best), n.presenter().polynomial(rest(p, best, n)));
        return Optional.of(Exprs.mul(Exprs.num(f.coefficient()), collected));
    }

    /** Whether every term of {@code p} holds {@code a} to the power 0 or 1, and no atom holds it inside. */
    private static boolean linearIn(Poly p, Expr a) {
        for (Monomial m : p.terms().keySet()) {
            int e = m.powers().getOrDefault(a, 0);
            if (e != 0 && e != 1) {
                return false;
            }
            for (Expr other : m.powers().keySet()) {
                if (!other.equals(a) && Exprs.contains(other, a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code p} as the sum of its terms, none factored: the coefficient a kernel writes, {@code pw·y + 1 − y}. */
    private static Expr flat(Poly p, Normalizer n) {
        java.util.List<Expr> terms = new java.util.ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            terms.add(n.presenter().polynomial(Poly.monomial(t.getValue(), t.getKey())));
        }
        return Exprs.add(terms);
    }

    private static Poly coefficient(Poly p, Expr a, Normalizer n) {
        Poly out = Poly.ZERO;
        Monomial unit = Monomial.of(a, 1);
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getKey().powers().containsKey(a)) {
                out = out.add(Poly.monomial(t.getValue(), t.getKey().divide(unit)), n.budget());
            }
        }
        return out;
    }

    private static Poly rest(Poly p, Expr a, Normalizer n) {
        Poly out = Poly.ZERO;
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (!t.getKey().powers().containsKey(a)) {
                out = out.add(Poly.monomial(t.getValue(), t.getKey()), n.budget());
            }
        }
        return out;
    }
}
