package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Rational;

/**
 * A fraction written term by term where its terms have different denominators once each is
 * reduced: {@code (Σ_i k_i − λn)/λ = Σ_i k_i/λ − n} (a term cancels the whole denominator),
 * {@code (σ² − (x − μ)²)/σ³ = 1/σ − (x − μ)²/σ³}, {@code (a·b_j − c·b·a_j)/(b·a²) = b_j/(a·b) − c·a_j/a²}
 * (each term cancels a factor). Combining over the common denominator cancelled nothing in such a
 * term, so the sum of the derivatives of the terms reads as the textbook prints it. The terms with
 * the same reduced denominator stay one fraction; the constant goes into the terms, the other
 * numerator factors stay outside. A split is offered when a term cancels the whole denominator,
 * or when every fraction of it has a numerator of one product (squares of differences gathered
 * first): a numerator that is still a sum ({@code δ_ij/√v − (1 + y_i y_j)/(n√v)}) combines over
 * a common denominator again, and the split would only write that denominator twice. Only a
 * numerator with one sum factor over denominators that are atoms is split (a sum in the
 * denominator cancels against no term); the form is an identity, dividing by nothing the fraction
 * did not divide by.
 */
final class TermwiseFractions {
    private TermwiseFractions() {
    }

    /**
     * The term-by-term form of the normal form {@code f}, if some numerator term cancels its whole
     * denominator or every fraction of it has a one-product numerator once {@code gather} wrote it.
     */
    static Optional<Expr> of(Factored f, Normalizer normalizer, UnaryOperator<Expr> gather) {
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
        // each term's own denominator divides the whole one: two of them differ only where a term cancels a factor
        if (groups.size() < 2) {
            return Optional.empty();
        }
        List<Expr> terms = new ArrayList<>();
        boolean products = true;
        for (List<Factored> group : groups.values()) {
            Factored term = Factored.add(group, normalizer.budget());
            boolean negative = term.coefficient().signum() < 0;
            Expr written = gather.apply(normalizer.presenter().present(
                    negative ? term.multiply(Factored.constant(Rational.MINUS_ONE)) : term));
            products &= oneProduct(written);
            // a term with a minus reads a − b: the minus is the sum's, not taken into a factor (−Σ(u), not Σ(−u))
            terms.add(negative ? Exprs.neg(written) : written);
        }
        if (!whole && !products) {
            return Optional.empty();
        }
        return Optional.of(Exprs.mul(normalizer.presenter().present(outside), Exprs.add(terms)));
    }

    /** Whether {@code e} is one product: no sum, and no factor that is a sum (a power of one is a factor). */
    private static boolean oneProduct(Expr e) {
        return switch (e) {
            case Add a -> false;
            case Mul m -> m.factors().stream().noneMatch(x -> x instanceof Add);
            default -> true;
        };
    }

    /** The name this form is reported under. */
    static final String SPLIT_FRACTION = "split-fraction";
}
