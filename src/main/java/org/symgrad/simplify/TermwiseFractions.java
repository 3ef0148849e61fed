package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;

/**
 * A fraction written term by term where a term of its numerator cancels the whole denominator:
 * {@code (Σ_i k_i − λn)/λ = Σ_i k_i/λ − n}, {@code w((A − m)² − s²)/s² = w((A − m)²/s² − 1)}.
 * Combining over the common denominator cancelled nothing in such a term, so the sum of the
 * derivatives of the terms reads as the textbook prints it. The terms with the same reduced
 * denominator stay one fraction; the constant goes into the terms, the other numerator factors
 * stay outside. Only a numerator with one sum factor over denominators that are atoms is split
 * (a sum in the denominator cancels against no term); the form is an identity, dividing by
 * nothing the fraction did not divide by.
 */
final class TermwiseFractions {
    private TermwiseFractions() {
    }

    /** The term-by-term form of the normal form {@code f}, if some numerator term cancels its whole denominator. */
    static Optional<Expr> of(Factored f, Normalizer normalizer) {
        Poly sum = null;
        Factored outside = Factored.ONE;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            Poly p = e.getKey();
            if (e.getValue() < 0) {
                if (p.asAtom().isEmpty()) {
                    return Optional.empty();
                }
            } else if (p.size() >= 2) {
                if (sum != null || e.getValue() != 1) {
                    return Optional.empty();
                }
                sum = p;
            } else {
                outside = outside.multiply(Factored.of(Rational.ONE, Map.of(p, e.getValue())));
            }
        }
        Factored denominator = f.denominator();
        if (sum == null || denominator.factors().isEmpty()) {
            return Optional.empty();
        }
        Factored over = denominator.pow(-1, normalizer.budget());
        Map<Factored, List<Factored>> groups = new LinkedHashMap<>();
        boolean whole = false;
        for (Map.Entry<Monomial, Rational> t : sum.terms().entrySet()) {
            Map<Poly, Integer> powers = new java.util.TreeMap<>();
            t.getKey().powers().forEach((a, k) -> powers.put(Poly.atom(a), k));
            Factored term = Factored.of(t.getValue().multiply(f.coefficient()), powers).multiply(over);
            whole |= term.isPolynomial();
            groups.computeIfAbsent(term.denominator(), d -> new ArrayList<>()).add(term);
        }
        if (!whole || groups.size() < 2) {
            return Optional.empty();
        }
        List<Expr> terms = new ArrayList<>();
        for (List<Factored> group : groups.values()) {
            Factored term = Factored.add(group, normalizer.budget());
            // a term with a minus reads a − b: the minus is the sum's, not taken into a factor (−Σ(u), not Σ(−u))
            terms.add(term.coefficient().signum() < 0
                    ? Exprs.neg(normalizer.presenter().present(term.multiply(Factored.constant(Rational.MINUS_ONE))))
                    : normalizer.presenter().present(term));
        }
        return Optional.of(Exprs.mul(normalizer.presenter().present(outside), Exprs.add(terms)));
    }

    /** The name this form is reported under. */
    static final String SPLIT_FRACTION = "split-fraction";
}
