package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;

/**
 * A fraction whose terms share part of its denominator, written over that part alone with the rest
 * of the denominator in the terms that divide by it: {@code (n·G_j g_j − x̂_j Σ_i G_i g_i x̂_i)/(n·r)}
 * is {@code (G_j g_j − x̂_j Σ_i G_i g_i x̂_i/n)/r}, as the RMSNorm backward pass is printed — the
 * first term cancels n, the other does not, and both divide by r. {@link TermwiseFractions} writes
 * such terms as fractions of their own, each with the whole of its denominator ({@code G_j g_j/r −
 * x̂_j Σ/(n r)}); this form writes the shared part once. Offered for the fractions
 * {@link FractionTerms} reads when
 * <ul>
 *   <li>what stays below the bar is whole in every term: each of its factors to the power the
 *       fraction divides by ({@code (2g_j D − 4p_j S)/D²}, whose terms divide by D and D², stays
 *       as the quotient rule wrote it; so does {@code (a·nb − c·b·na)/(nb·na²)});</li>
 *   <li>each part's numerator is one product: a part that is still a sum
 *       ({@code (n·G − Σ G − x̂ Σ G x̂)/(n√v)}, the CS231n batch-norm form) would write the rest of
 *       the denominator under a sum again.</li>
 * </ul>
 * The simplifier keeps it where it reads shorter ({@link TextbookCost#asPrinted}). An identity
 * that divides by nothing the fraction did not.
 */
final class DenominatorsInTerms {
    /** The name a step cites for this form. */
    static final String DENOMINATOR_INTO_TERMS = "denominator-into-terms";

    private DenominatorsInTerms() {
    }

    /** The form of the normal form {@code f} over the part of its denominator all its terms keep, if it has one. */
    static Optional<Expr> of(Factored f, Normalizer normalizer) {
        Optional<FractionTerms> fraction = FractionTerms.of(f, normalizer.budget());
        if (fraction.isEmpty() || fraction.get().groups().size() < 2) {
            return Optional.empty();
        }
        Map<Factored, List<Factored>> groups = fraction.get().groups();
        Factored common = shared(List.copyOf(groups.keySet()));
        // what stays below the bar is whole in every term: (n·a − b)/(n·r) is (a − b/n)/r, but
        // (2g·D − 4p·S)/D² and (a·nb − c·b·na)/(nb·na²) keep a part of one factor in some terms only
        if (common.factors().isEmpty() || !wholeIn(common, f.denominator())) {
            return Optional.empty();
        }
        List<Expr> terms = new ArrayList<>();
        for (List<Factored> group : groups.values()) {
            Expr term = FractionTerms.signed(Factored.add(group, normalizer.budget()).multiply(common), normalizer,
                    UnaryOperator.identity());
            // a part whose numerator is still a sum would write the rest of the denominator under a sum again
            if (!FractionTerms.oneProduct(term)) {
                return Optional.empty();
            }
            terms.add(term);
        }
        return Optional.of(Exprs.mul(normalizer.presenter().present(fraction.get().outside()), Exprs.add(terms),
                normalizer.presenter().present(common.pow(-1, normalizer.budget()))));
    }

    /** Whether {@code denominator} holds each factor of {@code common} to no higher power than {@code common} does. */
    private static boolean wholeIn(Factored common, Factored denominator) {
        return common.factors().entrySet().stream()
                .allMatch(e -> denominator.factors().getOrDefault(e.getKey(), 0).equals(e.getValue()));
    }

    /** The factors every one of {@code denominators} holds, each to the least power any holds it. */
    private static Factored shared(List<Factored> denominators) {
        Map<Poly, Integer> out = new TreeMap<>(denominators.get(0).factors());
        for (Factored d : denominators.subList(1, denominators.size())) {
            out.entrySet().removeIf(e -> !d.factors().containsKey(e.getKey()));
            out.replaceAll((p, k) -> Math.min(k, d.factors().getOrDefault(p, k)));
        }
        return Factored.of(Rational.ONE, out);
    }
}
