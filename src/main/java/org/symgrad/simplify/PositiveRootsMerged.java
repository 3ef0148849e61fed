package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.functions.FactorOrder;
import org.symgrad.rewrite.PositiveRoots;

/**
 * The presentation of roots of positive constants: the factors of one side of a fraction bar that
 * are the same root of positive constants are written as one root of their product
 * ({@code 2^{1/2}·π^{1/2} = (2π)^{1/2}}, as {@code √(2π)} is printed), undoing the split of the
 * {@link PositiveRoots} laws. Only where the merged root normalises to the same factors again,
 * so that the printed form is a fixed point of the normal form.
 */
final class PositiveRootsMerged {
    private PositiveRootsMerged() {
    }

    /**
     * The factors above ({@code numerator}) and below ({@code denominator}, each written without
     * its minus sign) a fraction bar, with equal roots of positive constants merged: on one side
     * into the root of their product, across the bar into the root of their quotient, placed above
     * ({@code 2^{1/2}/π^{1/2} = (2/π)^{1/2}}, as {@code √(2/π)} is printed). Both lists are changed in place.
     */
    static void merge(List<Expr> numerator, List<Expr> denominator, Normalizer normalizer) {
        Map<Rational, List<Expr>> above = roots(numerator);
        Map<Rational, List<Expr>> below = roots(denominator);
        java.util.Set<Rational> exponents = new java.util.LinkedHashSet<>(above.keySet());
        exponents.addAll(below.keySet());
        Normalizer plain = normalizer.withoutDefinitions();
        for (Rational r : exponents) {
            List<Expr> up = above.getOrDefault(r, List.of());
            List<Expr> down = below.getOrDefault(r, List.of());
            if (up.size() + down.size() < 2) {
                continue;
            }
            List<Expr> bases = new ArrayList<>();
            up.forEach(f -> bases.add(((Pow) f).base()));
            bases.sort(FactorOrder.TOTAL);
            List<Expr> divisors = new ArrayList<>();
            down.forEach(f -> divisors.add(((Pow) f).base()));
            divisors.sort(FactorOrder.TOTAL);
            Expr base = up.isEmpty() ? Exprs.mul(divisors) : down.isEmpty() ? Exprs.mul(bases)
                    : Exprs.mul(Exprs.mul(bases), Exprs.pow(Exprs.mul(divisors), -1));
            Expr merged = Exprs.pow(base, new Num(r));
            Expr split = Exprs.mul(Exprs.mul(up), Exprs.pow(Exprs.mul(down), up.isEmpty() ? 1 : -1));
            if (!plain.normalize(merged).equals(plain.normalize(split))) {
                continue;
            }
            List<Expr> side = up.isEmpty() ? denominator : numerator;
            int at = side.indexOf((up.isEmpty() ? down : up).get(0));
            numerator.removeAll(up);
            denominator.removeAll(down);
            side.add(Math.min(at, side.size()), merged);
            normalizer.trace().fired(org.symgrad.rewrite.RuleBook.PRODUCT_OF_POSITIVE_ROOTS);
        }
    }

    /** The factors that are a root of a positive constant, by exponent. */
    private static Map<Rational, List<Expr>> roots(List<Expr> factors) {
        Map<Rational, List<Expr>> out = new LinkedHashMap<>();
        for (Expr f : factors) {
            if (f instanceof Pow p && p.exponent() instanceof Num k && !k.value().isInteger()
                    && PositiveRoots.isPositiveConstant(p.base())) {
                out.computeIfAbsent(k.value(), r -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }
}
