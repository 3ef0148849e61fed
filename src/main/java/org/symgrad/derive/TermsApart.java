package org.symgrad.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.symgrad.expr.Add;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;

/**
 * The step a textbook writes before a δ contraction or a Σ of a constant that sits inside a
 * product: the product expanded over the sum that holds the δ (or the term free of the summation
 * index) and the Σ split over the terms, so that the contraction that follows does only
 * contraction: {@code −Σ_i t_i(δ_ij − y_j) → −Σ_i t_i δ_ij + Σ_i t_i y_j}, then {@code −t_j + Σ_i t_i y_j}.
 * Nothing else is expanded: a factor is distributed only over a sum with such a term.
 */
final class TermsApart {
    /** The rule a step that expands the products under a Σ cites. */
    static final String EXPAND = "expand-products";
    /** The rule a step that splits a Σ over the terms of its body cites. */
    static final String SPLIT = "split-sum";
    /** The rule a step that takes a δ out of an inner Σ, to the outer Σ it contracts, cites. */
    static final String PULL_OUT = "pull-factor-out-of-sum";

    private TermsApart() {
    }

    /**
     * {@code e} with each δ that sits under an inner Σ whose index it does not mention taken out of
     * that Σ, where an enclosing Σ binds one of its indices: {@code Σ_i Σ_j A_ij δ_ik x_j →
     * Σ_i δ_ik Σ_j A_ij x_j}, which the δ contraction then contracts.
     */
    static Expr deltasOut(Expr e) {
        return deltasOut(e, java.util.Set.of());
    }

    private static Expr deltasOut(Expr e, java.util.Set<String> bound) {
        java.util.Set<String> inner = bound;
        if (e instanceof IndexSum sum) {
            inner = new java.util.HashSet<>(bound);
            inner.add(sum.index());
        }
        java.util.Set<String> scope = inner;
        Expr rebuilt = Exprs.mapChangedChildren(e, k -> deltasOut(k, scope));
        if (!(rebuilt instanceof IndexSum sum) || !(sum.body() instanceof Mul m)) {
            return rebuilt;
        }
        List<Expr> outside = new ArrayList<>();
        List<Expr> rest = new ArrayList<>();
        for (Expr f : m.factors()) {
            boolean pulled = f instanceof Delta && !Indices.mentions(f, sum.index())
                    && bound.stream().anyMatch(b -> Indices.mentions(f, b));
            (pulled ? outside : rest).add(f);
        }
        if (outside.isEmpty()) {
            return rebuilt;
        }
        outside.add(new IndexSum(sum.index(), sum.lower(), sum.upper(), Exprs.mul(rest)));
        return Exprs.mul(outside);
    }

    /**
     * {@code e} with each Σ over a body that hides such a term written as a sum of Σs, one per term,
     * where one of those Σs then {@code contracts} (a δ contraction or a Σ of a constant applies);
     * without {@code split}, each such Σ with its body expanded into those terms. Without
     * {@code overDivisors}, a product that divides is left for after its terms are cancelled
     * ({@code Σ_i t_i y_i (δ_ij − y_j)/y_i} is cancelled first, then expanded).
     */
    static Expr of(Expr e, Predicate<Expr> contracts, boolean split, boolean overDivisors) {
        Expr rebuilt = Exprs.mapChangedChildren(e, k -> of(k, contracts, split, overDivisors));
        if (!(rebuilt instanceof IndexSum sum)) {
            return rebuilt;
        }
        List<Expr> terms = terms(sum.body(), sum, contracts, overDivisors);
        if (terms.size() < 2) {
            return rebuilt;
        }
        List<Expr> sums = terms.stream().map(t -> (Expr) new IndexSum(sum.index(), sum.lower(), sum.upper(), t)).toList();
        if (sums.stream().noneMatch(contracts)) {
            return rebuilt;
        }
        if (!split) {
            return new IndexSum(sum.index(), sum.lower(), sum.upper(), Exprs.add(terms));
        }
        // Σ_k (a_k − b_k) = Σ_k a_k − Σ_k b_k: a term's sign stays outside its Σ, as the body wrote it
        List<Expr> signed = new ArrayList<>();
        for (Expr t : terms) {
            boolean negative = t instanceof Mul m && m.factors().stream()
                    .filter(f -> f instanceof org.symgrad.expr.Num).count() == 1 && m.factors().stream()
                    .anyMatch(f -> f instanceof org.symgrad.expr.Num n && n.value().signum() < 0);
            Expr body = negative ? org.symgrad.simplify.NumberFolding.apply(Exprs.neg(t)) : t;
            Expr one = new IndexSum(sum.index(), sum.lower(), sum.upper(), body);
            signed.add(negative ? Exprs.neg(one) : one);
        }
        return Exprs.add(signed);
    }

    /** The terms of {@code body} with every product distributed over a factor that holds a term to take apart. */
    private static List<Expr> terms(Expr body, IndexSum over, Predicate<Expr> contracts, boolean overDivisors) {
        String index = over.index();
        if (body instanceof Add a) {
            List<Expr> out = new ArrayList<>();
            a.terms().forEach(t -> out.addAll(terms(t, over, contracts, overDivisors)));
            return out;
        }
        // a product the Σ contracts as it stands is not expanded: Σ_u V_pu δ_au (1 − h_u) → V_pa (1 − h_a)
        if (body instanceof Mul m && !contracts.test(new IndexSum(index, over.lower(), over.upper(), m))
                && (overDivisors || m.factors().stream().noneMatch(TermsApart::divisor))) {
            for (int i = 0; i < m.factors().size(); i++) {
                if (m.factors().get(i) instanceof Add sum && apart(sum, over)) {
                    List<Expr> others = new ArrayList<>(m.factors());
                    others.remove(i);
                    List<Expr> out = new ArrayList<>();
                    for (Expr t : sum.terms()) {
                        List<Expr> product = new ArrayList<>(others);
                        product.add(i, t);
                        out.addAll(terms(Exprs.mul(product), over, contracts, overDivisors));
                    }
                    return out;
                }
            }
        }
        return List.of(body);
    }

    private static boolean divisor(Expr factor) {
        return factor instanceof org.symgrad.expr.Pow p && p.exponent() instanceof org.symgrad.expr.Num k && k.value().signum() < 0;
    }

    /**
     * Whether a term of {@code sum} is a δ on the index of {@code over} or is free of it: the Σ over it
     * is then contracted or counted. A number is not taken apart from a bracket under a Σ over 1..n:
     * the result keeps it in the Σ as written ({@code Σ_i (1 − x_i)}, not {@code n − Σ_i x_i}:
     * the simplifier's constant-into-sum), so counting it would be a detour that step undoes.
     */
    private static boolean apart(Add sum, IndexSum over) {
        String index = over.index();
        if (!Indices.mentions(sum, index)) {
            return false;
        }
        boolean oneToN = over.lower().equals(Exprs.ONE) && over.upper().equals(Exprs.N);
        for (Expr t : sum.terms()) {
            if (!Indices.mentions(t, index) && !(oneToN && t instanceof org.symgrad.expr.Num)
                    || Exprs.any(t, x -> x instanceof Delta d && Indices.mentions(d, index))) {
                return true;
            }
        }
        return false;
    }
}
