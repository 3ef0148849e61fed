package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
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
        Optional<Expr> monomials = of(FractionTerms.of(f, normalizer.budget()), normalizer, gather);
        // the numerator's squares of differences gathered before its terms are read: a square's monomials split apart
        // over denominators are no one-product fractions, Σ_k (x_k − μ)²/(nσ³) − 1/σ is
        return monomials.isPresent() ? monomials : of(FractionTerms.gathered(f, normalizer, gather), normalizer, gather);
    }

    private static Optional<Expr> of(Optional<FractionTerms> fraction, Normalizer normalizer, UnaryOperator<Expr> gather) {
        // each term's own denominator divides the whole one: two of them differ only where a term cancels a factor
        if (fraction.isEmpty() || fraction.get().groups().size() < 2) {
            return Optional.empty();
        }
        Map<Factored, List<Factored>> groups = fraction.get().groups();
        boolean whole = fraction.get().cancelsWhole();
        Factored outside = fraction.get().outside();
        List<Expr> terms = new ArrayList<>();
        List<Factored> sums = new ArrayList<>();
        boolean products = true;
        for (List<Factored> group : groups.values()) {
            Factored sum = Factored.add(group, normalizer.budget());
            sums.add(sum);
            Expr written = FractionTerms.signedInItsNumber(sum, normalizer, gather);
            products &= FractionTerms.oneProduct(written);
            terms.addAll(termsOf(written));
        }
        if (!whole && !products) {
            return Optional.empty();
        }
        Expr kept = Exprs.mul(normalizer.presenter().present(outside), Exprs.add(terms));
        if (outside.factors().isEmpty()) {
            return Optional.of(kept);
        }
        // the factors outside taken into each term where the presenter then names a quotient with them, and the terms
        // read shorter (cosh(x)(cosh(x)/sinh(x)² − 2x/sinh(x)³) is coth(x)² − 2x coth(x)/sinh(x)² where the input wrote
        // coth); else they stay outside, w(u²/s² − 1), not w u²/s² − w
        List<Expr> into = new ArrayList<>();
        for (Factored sum : sums) {
            into.addAll(termsOf(FractionTerms.signedInItsNumber(sum.multiply(outside), normalizer, gather)));
        }
        Expr inTerms = Exprs.add(into);
        return Optional.of(NamedQuotients.named(inTerms) > NamedQuotients.named(kept)
                && TextbookCost.asPrinted(inTerms) < TextbookCost.asPrinted(kept) ? inTerms : kept);
    }

    /** A group's written sum as terms of the whole: a sum with a minus in front is a term each, b − a, not −(a − b). */
    private static List<Expr> termsOf(Expr written) {
        return written instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num c
                && c.value().equals(Rational.MINUS_ONE) && m.factors().get(1) instanceof Add a
                ? a.terms().stream().map(WrittenTermOrder::negated).toList() : List.of(written);
    }

    /**
     * Whether {@code input} writes a sum over the whole denominator of the normal form {@code f} with a term apart from
     * it, one that cancels that bar ({@code 1 − μ/m} over m): where some term of {@code f} cancels the whole bar too, the
     * fraction is written apart as the input wrote its sum ({@code 1 − 2μ/m}, as statsmodels prints the binomial
     * variance's derivative), not over the bar ({@code (m − 2μ)/m}), when the two read as long.
     */
    static boolean writtenApart(Factored f, Expr input, Normalizer normalizer) {
        Optional<FractionTerms> terms = FractionTerms.of(f, normalizer.budget());
        // one term cancels the whole bar, as the input's 1 does: the terms of 1/w + z − y gather apart from 1/w, not so
        if (terms.isEmpty() || terms.get().groups().entrySet().stream()
                .filter(g -> g.getKey().factors().isEmpty()).mapToInt(g -> g.getValue().size()).sum() != 1) {
            return false;
        }
        Factored bar = f.denominator();
        for (Expr s : WrittenFractionSums.writtenSums(input)) {
            if (s instanceof org.symgrad.expr.Add a && a.terms().stream().anyMatch(t -> !divides(t))
                    && a.terms().stream().anyMatch(TermwiseFractions::dividesByAVariable)
                    && normalizer.normalize(s).denominator().equals(bar)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is a product (or a minus) with a factor {@code 1/b} whose b holds a variable: {@code −μ/m}. */
    private static boolean dividesByAVariable(Expr t) {
        for (Expr f : t instanceof org.symgrad.expr.Mul m ? m.factors() : List.of(t)) {
            if (f instanceof org.symgrad.expr.Pow p && p.exponent() instanceof org.symgrad.expr.Num k && k.value().signum() < 0
                    && Exprs.any(p.base(), x -> x instanceof org.symgrad.expr.Variable v
                            && !org.symgrad.functions.Constants.isConstant(v))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code t} is written with a division in it, outside any function. */
    private static boolean divides(Expr t) {
        if (t instanceof org.symgrad.expr.Pow p && p.exponent() instanceof org.symgrad.expr.Num k && k.value().signum() < 0) {
            return true;
        }
        return !(t instanceof org.symgrad.expr.Fn) && Exprs.children(t).stream().anyMatch(TermwiseFractions::divides);
    }

    /** The name this form is reported under. */
    static final String SPLIT_FRACTION = "split-fraction";
}
