package org.symgrad.expr;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A reduction that leaves out one value of its index, {@code Π_{k≠j} B} and {@code Σ_{k≠j} B}, as
 * notation for the δ form the core already has: {@code Π_k (δ_jk + (1 − δ_jk) B)} (the factor for
 * k = j replaced by 1) and {@code Σ_k (1 − δ_jk) B} (the term for k = j dropped). There is no node
 * of its own: reading builds the δ form ({@link #product}, {@link #sum}), evaluation and every law
 * of the simplifier see it, and printing recognises it ({@link #of(IndexProduct)},
 * {@link #of(IndexSum)}) in any order of terms and factors and either orientation of δ.
 *
 * @param index    the bound index k
 * @param excluded the value it skips: a free index or a fixed label j (never k itself)
 * @param body     B, the factor or term for every other k
 */
public record Restricted(String index, String excluded, Expr body) {

    public Restricted {
        requireDistinct(index, excluded);
    }

    /** {@code Π_{k≠j} B} over {@code lower..upper}: {@code Π_k (δ_jk + (1 − δ_jk) B)}. */
    public static IndexProduct product(String index, String excluded, Expr lower, Expr upper, Expr body) {
        return new IndexProduct(index, lower, upper, productBody(index, excluded, body));
    }

    /** {@code Σ_{k≠j} B} over {@code lower..upper}: {@code Σ_k (1 − δ_jk) B}. */
    public static IndexSum sum(String index, String excluded, Expr lower, Expr upper, Expr body) {
        return new IndexSum(index, lower, upper, sumBody(index, excluded, body));
    }

    /** The factor of {@code Π_{k≠j} B} for every k: {@code δ_jk + (1 − δ_jk) B}, which is 1 at k = j. */
    public static Expr productBody(String index, String excluded, Expr body) {
        requireDistinct(index, excluded);
        Delta delta = new Delta(excluded, index);
        return Exprs.add(delta, Exprs.mul(Exprs.sub(Exprs.ONE, delta), body));
    }

    /** The term of {@code Σ_{k≠j} B} for every k: {@code (1 − δ_jk) B}, which is 0 at k = j. */
    public static Expr sumBody(String index, String excluded, Expr body) {
        requireDistinct(index, excluded);
        return Exprs.mul(Exprs.sub(Exprs.ONE, new Delta(excluded, index)), body);
    }

    /** The restriction a product over an index holds: its body is 1 where k = j. */
    public static Optional<Restricted> of(IndexProduct p) {
        return find(p.index(), p.body(), true);
    }

    /** The restriction a sum over an index holds: its body is 0 where k = j and not 0 elsewhere. */
    public static Optional<Restricted> of(IndexSum s) {
        return find(s.index(), s.body(), false);
    }

    private static Optional<Restricted> find(String k, Expr body, boolean product) {
        for (String j : excludable(k, body)) {
            DeltaAffine blend = new DeltaAffine(k, j);
            Optional<Map<DeltaAffine.Key, Rational>> monomials = blend.monomials(body);
            if (monomials.isEmpty() || monomials.get().keySet().stream().noneMatch(DeltaAffine.Key::delta)) {
                continue;
            }
            Map<List<Expr>, Rational> atOne = DeltaAffine.at(monomials.get(), true);
            Map<List<Expr>, Rational> atZero = DeltaAffine.at(monomials.get(), false);
            boolean restricted = product ? atOne.equals(Map.of(List.of(), Rational.ONE)) : atOne.isEmpty() && !atZero.isEmpty();
            if (restricted) {
                return Optional.of(new Restricted(k, j, blend.withoutDelta(body)));
            }
        }
        return Optional.empty();
    }

    /** The other index of every δ with k in the sums and products at the top of {@code body}, first seen first. */
    private static Set<String> excludable(String k, Expr body) {
        Set<String> out = new LinkedHashSet<>();
        collect(k, body, out);
        return out;
    }

    private static void collect(String k, Expr e, Set<String> out) {
        switch (e) {
            case Add a -> a.terms().forEach(t -> collect(k, t, out));
            case Mul m -> m.factors().forEach(f -> collect(k, f, out));
            case Delta d when d.i().equals(k) && isPlain(d.j()) && !d.j().equals(k) -> out.add(d.j());
            case Delta d when d.j().equals(k) && isPlain(d.i()) && !d.i().equals(k) -> out.add(d.i());
            default -> {
            }
        }
    }

    /** A name or a whole number, not an affine index: what {@code k != j} can spell. */
    private static boolean isPlain(String index) {
        return Index.isSymbolic(index) || Index.isConcrete(index);
    }

    private static void requireDistinct(String index, String excluded) {
        Index.requireSymbolic(index);
        if (index.equals(excluded) || !isPlain(excluded)) {
            throw new IllegalArgumentException("a restriction " + index + " != " + excluded + " leaves out one value");
        }
    }
}
