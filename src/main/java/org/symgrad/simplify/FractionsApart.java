package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;

/**
 * Fractions kept apart where bringing them over a common denominator would multiply out a power
 * or a product of sums that a denominator holds: {@code 1/(1 + z²)² − c} stays as written, not
 * {@code (1 − c − 2cz² − cz⁴)/(1 + z²)²}. Such a sum is one atom of the normal form, so a
 * fraction nested in it ({@code 1/(1 + u²)} for that u) is a rational function of that atom and
 * the work and the size of a result grow with the nesting depth polynomially, as the chain rule's
 * factors do, not exponentially, as the expanded common denominator does. Combining is a choice
 * that must pay: the combined form is taken where its expansion is small and it reads no longer
 * ({@link TextbookCost#asPrinted}), as {@code 1 − x²/(1 + x)² = (1 + 2x)/(1 + x)²}.
 *
 * <p>The terms that combine without multiplying out a denominator's sum are combined first (in an
 * order that depends only on the terms), so the kept sum is a function of the value's terms and
 * normalising it again gives it back. The identity prover's normal form
 * ({@link Simplifier#expanded}) combines every fraction: it must decide zero.
 */
final class FractionsApart {
    /** Most terms the expansion of a cofactor may have for the combined form to be tried at all. */
    private static final int MOST_TERMS_TRIED = 64;

    private FractionsApart() {
    }

    /**
     * Whether bringing {@code terms} over their common denominator multiplies out, in some
     * numerator, a power of a denominator's sum or a product of two of them: what doubles the
     * degree with every level of nesting. One sum times the numerator's own is what a book combines.
     */
    static boolean multipliesOutADenominator(List<Factored> terms) {
        List<Factored> nonzero = terms.stream().filter(t -> !t.isZero()).toList();
        if (nonzero.size() < 2) {
            return false;
        }
        Map<Poly, Integer> common = Factored.commonFactors(nonzero);
        if (common.values().stream().noneMatch(e -> e < 0)) {
            return false;
        }
        for (Factored t : nonzero) {
            int sums = 0; // the denominator's sums this numerator multiplies out, with their powers
            for (Map.Entry<Poly, Integer> f : cofactor(t, common).entrySet()) {
                if (f.getKey().size() > 1 && common.getOrDefault(f.getKey(), 0) < 0) {
                    sums += f.getValue();
                }
            }
            if (sums >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sum of {@code terms}: over their common denominator ({@code combine}) unless that
     * multiplies a denominator's sum out, where the terms over the same sums combined and the
     * groups kept apart in one sum atom, unless the whole combined form is small and reads no
     * longer. Which it is depends on the groups, the sums of the terms with the same sums below
     * the bar, not on how the terms were written, so normalising the kept sum again keeps it.
     */
    static Factored sum(List<Factored> terms, Normalizer normalizer, Function<List<Factored>, Factored> combine) {
        List<Factored> nonzero = terms.stream().filter(t -> !t.isZero()).toList();
        if (nonzero.size() < 2 || nonzero.stream().allMatch(t -> sumsBelow(t).isEmpty())) {
            return combine.apply(terms);
        }
        List<Factored> groups = grouped(nonzero, combine);
        if (groups.size() < 2) {
            return groups.isEmpty() ? Factored.ZERO : groups.get(0);
        }
        if (!multipliesOutADenominator(groups)) {
            return combine.apply(terms);
        }
        Factored apart = apart(groups, normalizer);
        if (apart == null) {
            return combine.apply(groups);
        }
        if (expansionTerms(groups) <= MOST_TERMS_TRIED) {
            Factored combined = combine.apply(groups);
            Presenter presenter = normalizer.presenter();
            if (TextbookCost.asPrinted(presenter.present(combined)) <= TextbookCost.asPrinted(presenter.present(apart))) {
                return combined;
            }
        }
        return apart;
    }

    /**
     * {@code terms} with each term that is a number times one kept sum replaced by the sum's terms
     * where a number stands beside it ({@code 1 + (1 + s) = 2 + s}): the numbers are one. A kept
     * sum beside other terms stays one ({@code y(1 + s) + √(1 + s) + (1 + s)}), as the normal form wrote it.
     */
    static List<Factored> flattened(List<Factored> terms, Normalizer normalizer) {
        if (terms.stream().noneMatch(t -> t.isConstant() && !t.isZero())) {
            return terms;
        }
        List<Factored> out = null;
        for (int i = 0; i < terms.size(); i++) {
            Factored t = terms.get(i);
            Map<Poly, Integer> f = t.factors();
            Map.Entry<Poly, Integer> only = f.size() == 1 ? f.entrySet().iterator().next() : null;
            if (only != null && only.getValue() == 1 && only.getKey().asAtom().orElse(null) instanceof Add sum) {
                if (out == null) {
                    out = new ArrayList<>(terms.subList(0, i));
                }
                for (Expr part : sum.terms()) {
                    out.add(normalizer.normalize(part).multiply(Factored.constant(t.coefficient())));
                }
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? terms : out;
    }

    /** The sums {@code t} divides by, in their order. */
    private static List<Poly> sumsBelow(Factored t) {
        List<Poly> out = new ArrayList<>();
        t.factors().forEach((p, e) -> {
            if (e < 0 && p.size() > 1) {
                out.add(p);
            }
        });
        return out;
    }

    /**
     * The terms over the same sums (whatever their powers) combined, again until no two of the
     * groups divide by the same sums (combining may cancel one); groups that cancel drop out.
     */
    private static List<Factored> grouped(List<Factored> terms, Function<List<Factored>, Factored> combine) {
        List<Factored> groups = terms;
        while (true) {
            Map<List<Poly>, List<Factored>> bySums = new LinkedHashMap<>();
            for (Factored t : groups) {
                bySums.computeIfAbsent(sumsBelow(t), k -> new ArrayList<>()).add(t);
            }
            if (bySums.size() == groups.size()) {
                return groups;
            }
            List<Factored> next = new ArrayList<>();
            for (List<Factored> same : bySums.values()) {
                Factored g = same.size() == 1 ? same.get(0) : combine.apply(same);
                if (!g.isZero()) {
                    next.add(g);
                }
            }
            groups = next;
        }
    }

    /**
     * The groups as one sum atom: the factors every group shares (to the same sign of exponent)
     * and the rational content outside, the sum turned the way that reads shorter (ties: by the
     * order of expressions); null when the groups present as fewer than two terms.
     */
    private static Factored apart(List<Factored> groups, Normalizer normalizer) {
        TreeMap<Poly, Integer> shared = null;
        Rational content = null;
        for (Factored g : groups) {
            content = content == null ? g.coefficient().abs() : content.gcd(g.coefficient());
            if (shared == null) {
                shared = new TreeMap<>(g.factors());
                continue;
            }
            TreeMap<Poly, Integer> next = new TreeMap<>();
            for (Map.Entry<Poly, Integer> f : shared.entrySet()) {
                Integer mine = g.factors().get(f.getKey());
                if (mine != null && Integer.signum(mine) == Integer.signum(f.getValue())) {
                    next.put(f.getKey(), mine > 0 ? Math.min(mine, f.getValue()) : Math.max(mine, f.getValue()));
                }
            }
            shared = next;
        }
        Factored outside = Factored.of(content, shared);
        Factored inverse = outside.pow(-1, normalizer.budget());
        Presenter presenter = normalizer.presenter();
        List<Expr> terms = new ArrayList<>();
        List<Expr> negated = new ArrayList<>();
        for (Factored g : groups) {
            Factored inside = g.multiply(inverse);
            terms.add(presenter.present(inside));
            negated.add(presenter.present(inside.multiply(Factored.constant(Rational.MINUS_ONE))));
        }
        // the terms in an order of their own and the sum turned by what it is, so that normalising the sum again gives it back
        Expr sum = ordered(terms);
        Expr turned = ordered(negated);
        int byCost = Integer.compare(TextbookCost.of(turned), TextbookCost.of(sum));
        int byPositives = Integer.compare(positive(sum, false), positive(turned, false));
        int byFractions = Integer.compare(positive(sum, true), positive(turned, true));
        boolean turn = byCost != 0 ? byCost < 0 : byPositives != 0 ? byPositives < 0
                : byFractions != 0 ? byFractions < 0 : ExprOrder.INSTANCE.compare(turned, sum) < 0;
        Expr atom = turn ? turned : sum;
        if (!(atom instanceof Add)) {
            return null; // the groups presented as fewer than two terms: no sum to keep apart
        }
        return outside.multiply(Factored.atom(atom)).multiply(Factored.constant(turn ? Rational.MINUS_ONE : Rational.ONE));
    }

    /** The terms as a sum, those with a plus sign first ({@code 1/(1 + z²)² − c}), each part in the order of expressions. */
    private static Expr ordered(List<Expr> terms) {
        List<Expr> plus = new ArrayList<>();
        List<Expr> minus = new ArrayList<>();
        for (Expr t : terms) {
            (negative(t) ? minus : plus).add(t);
        }
        plus.sort(ExprOrder.INSTANCE);
        minus.sort(ExprOrder.INSTANCE);
        plus.addAll(minus);
        return Exprs.add(plus);
    }

    /** How many terms of {@code sum} have a plus sign; with {@code fractions}, only those with a denominator. */
    private static int positive(Expr sum, boolean fractions) {
        if (!(sum instanceof Add a)) {
            return 0;
        }
        int n = 0;
        for (Expr t : a.terms()) {
            if (!negative(t) && (!fractions || Exprs.any(t, x -> x instanceof org.symgrad.expr.Pow p
                    && p.exponent() instanceof org.symgrad.expr.Num k && k.value().signum() < 0))) {
                n++;
            }
        }
        return n;
    }

    private static boolean negative(Expr t) {
        Expr lead = t instanceof org.symgrad.expr.Mul m ? m.factors().get(0) : t;
        return lead instanceof org.symgrad.expr.Num n && n.value().signum() < 0;
    }

    /**
     * {@code f} with each sum it keeps apart as a factor (to a positive power) combined over its
     * common denominator, where that multiplies out little: one level only, the sums nested in its
     * terms stay atoms. The forms that write a fraction's terms apart again the way a book does
     * ({@link PartialFractions}, {@link TermwiseFractions}) start from it.
     */
    static Factored combinedAtTop(Factored f, Normalizer normalizer) {
        Factored out = f;
        for (Map.Entry<Poly, Integer> factor : f.factors().entrySet()) {
            if (factor.getValue() > 0 && factor.getKey().asAtom().orElse(null) instanceof Add sum) {
                List<Factored> terms = sum.terms().stream().map(normalizer::normalize).toList();
                if (expansionTerms(terms) > MOST_TERMS_TRIED) {
                    continue;
                }
                out = out.multiply(Factored.of(Rational.ONE, Map.of(factor.getKey(), -factor.getValue())))
                        .multiply(normalizer.combined(terms).pow(factor.getValue(), normalizer.budget()));
            }
        }
        return out;
    }

    /** The factors of {@code t} over the common factors {@code common}, all to positive powers. */
    private static Map<Poly, Integer> cofactor(Factored t, Map<Poly, Integer> common) {
        TreeMap<Poly, Integer> out = new TreeMap<>();
        t.factors().forEach((p, e) -> {
            int rest = e - common.getOrDefault(p, 0);
            if (rest > 0) {
                out.put(p, rest);
            }
        });
        common.forEach((p, e) -> {
            if (!t.factors().containsKey(p) && e < 0) {
                out.put(p, -e);
            }
        });
        return out;
    }

    /** A bound on the terms the cofactors of a combination of {@code groups} multiply out to. */
    private static long expansionTerms(List<Factored> groups) {
        Map<Poly, Integer> common = Factored.commonFactors(groups);
        long total = 0;
        for (Factored g : groups) {
            long terms = 1;
            for (Map.Entry<Poly, Integer> f : cofactor(g, common).entrySet()) {
                for (int k = 0; k < f.getValue() && terms <= MOST_TERMS_TRIED; k++) {
                    terms *= f.getKey().size();
                }
            }
            total += terms;
            if (total > MOST_TERMS_TRIED) {
                return total;
            }
        }
        return total;
    }
}
