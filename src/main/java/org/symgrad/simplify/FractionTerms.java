package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Rational;

/**
 * The terms of a normal form's fraction {@code outside · (t_1 + … + t_m) / d}, each reduced over
 * the denominator d and grouped by the denominator it keeps: what {@link TermwiseFractions} and
 * {@link DenominatorsInTerms} write the fraction as. Only a fraction with one sum factor above the
 * bar (to the first power) and atoms below it has such terms: a sum below the bar cancels against
 * no term.
 *
 * @param outside the one-term factors above the bar, left outside the terms
 * @param groups  the reduced terms by the denominator each keeps, in the order of the sum's terms
 */
record FractionTerms(Factored outside, Map<Factored, List<Factored>> groups) {
    /** The terms of {@code f}, if it is such a fraction. */
    static Optional<FractionTerms> of(Factored f, Budget budget) {
        return of(f, budget, null, null);
    }

    /**
     * The terms of {@code f} as {@code gather} writes its numerator's sum ({@link BinomialSquares}): the sample
     * variance's {@code (Σ_k (x_k − μ)² − nσ²)/(nσ³)} has the terms {@code Σ_k (x_k − μ)²/(nσ³)} and
     * {@code −1/σ}, where the monomials of the multiplied-out square ({@code nμ²}, {@code −2μ Σ_k x_k},
     * {@code Σ_k x_k²}) keep three denominators and split no square. Empty where gathering changes nothing.
     */
    static Optional<FractionTerms> gathered(Factored f, Normalizer normalizer, UnaryOperator<Expr> gather) {
        return of(f, normalizer.budget(), normalizer, gather);
    }

    private static Optional<FractionTerms> of(Factored f, Budget budget, Normalizer normalizer, UnaryOperator<Expr> gather) {
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
        Factored over = denominator.pow(-1, budget);
        Map<Factored, List<Factored>> groups = new LinkedHashMap<>();
        if (gather != null) {
            Expr written = normalizer.presenter().present(Factored.fromPoly(sum));
            Expr terms = gather.apply(written);
            if (terms.equals(written) || !(terms instanceof Add a)) {
                return Optional.empty();
            }
            for (Expr t : a.terms()) {
                Factored term = normalizer.normalize(t).multiply(Factored.constant(f.coefficient())).multiply(over);
                groups.computeIfAbsent(term.denominator(), d -> new ArrayList<>()).add(term);
            }
            return Optional.of(new FractionTerms(outside, groups));
        }
        for (Map.Entry<Monomial, Rational> t : sum.terms().entrySet()) {
            Map<Poly, Integer> powers = new TreeMap<>();
            t.getKey().powers().forEach((a, k) -> powers.put(Poly.atom(a), k));
            Factored term = Factored.of(t.getValue().multiply(f.coefficient()), powers).multiply(over);
            groups.computeIfAbsent(term.denominator(), d -> new ArrayList<>()).add(term);
        }
        return Optional.of(new FractionTerms(outside, groups));
    }

    /**
     * A group's sum written by the presenter and {@code gather}, a minus in front where its number is
     * negative: a term with a minus reads a − b, the minus the sum's, not taken into a factor
     * ({@code −Σ(u)}, not {@code Σ(−u)}).
     */
    static Expr signed(Factored term, Normalizer normalizer, UnaryOperator<Expr> gather) {
        boolean negative = term.coefficient().signum() < 0;
        Expr written = gather.apply(normalizer.presenter().present(
                negative ? term.multiply(Factored.constant(Rational.MINUS_ONE)) : term));
        return negative ? Exprs.neg(written) : written;
    }

    /**
     * {@link #signed}, the minus taken into the number the written group starts with: a term of a fraction split
     * term by term ({@link TermwiseFractions}) reads {@code −x(1 − 2y)} with one minus, not {@code −1·−1·x(1 − 2y)},
     * which reads (and costs) as two. A group over a shared denominator ({@link DenominatorsInTerms}) keeps its
     * minus in front: taken in, it would turn the sum below the bar instead.
     */
    static Expr signedInItsNumber(Factored term, Normalizer normalizer, UnaryOperator<Expr> gather) {
        boolean negative = term.coefficient().signum() < 0;
        Expr written = signed(negative ? term.multiply(Factored.constant(Rational.MINUS_ONE)) : term, normalizer, gather);
        return negative ? WrittenTermOrder.negated(written) : written;
    }

    /**
     * Whether {@code e} is one product: no sum, and no factor that is a sum (a power of one is a
     * factor); a minus in front is the sum's.
     */
    static boolean oneProduct(Expr e) {
        return switch (e) {
            case Add a -> false;
            case Mul m -> m.factors().stream().noneMatch(x -> x instanceof Add);
            default -> true;
        };
    }

    /** Whether some term cancels the whole denominator. */
    boolean cancelsWhole() {
        return groups.keySet().stream().anyMatch(d -> d.factors().isEmpty());
    }
}
