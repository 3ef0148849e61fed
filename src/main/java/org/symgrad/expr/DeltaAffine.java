package org.symgrad.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An expression as {@code a + b·δ} for one Kronecker delta δ (either orientation of its two
 * indices): sums and products are multiplied out into monomials over every other node, taken
 * whole as an atom, with {@code δ² = δ}. Two expressions have equal parts exactly when they
 * agree as polynomials in those atoms, whatever the order of their terms and factors — which
 * is what recognising the δ-blend of a restricted reduction needs ({@link Restricted}).
 */
final class DeltaAffine {
    /** More monomials than this and the expression is not taken apart: a blend is small. */
    private static final int LIMIT = 64;

    /** A monomial without its coefficient: its atoms in {@link ExprOrder}, and whether δ is a factor. */
    record Key(List<Expr> atoms, boolean delta) {
    }

    private final String p;
    private final String q;

    DeltaAffine(String p, String q) {
        this.p = p;
        this.q = q;
    }

    /** Whether {@code e} is this δ, {@code δ_pq} or {@code δ_qp}. */
    boolean isDelta(Expr e) {
        return e instanceof Delta d && (d.i().equals(p) && d.j().equals(q) || d.i().equals(q) && d.j().equals(p));
    }

    /** {@code e}'s monomials, coefficient by monomial; empty when there would be too many. */
    Optional<Map<Key, Rational>> monomials(Expr e) {
        Map<Key, Rational> out = new LinkedHashMap<>();
        switch (e) {
            case Num n -> out.put(new Key(List.of(), false), n.value());
            case Add a -> {
                for (Expr t : a.terms()) {
                    Optional<Map<Key, Rational>> m = monomials(t);
                    if (m.isEmpty()) {
                        return Optional.empty();
                    }
                    m.get().forEach((k, c) -> out.merge(k, c, Rational::add));
                }
            }
            case Mul m -> {
                out.put(new Key(List.of(), false), Rational.ONE);
                for (Expr f : m.factors()) {
                    Optional<Map<Key, Rational>> next = monomials(f);
                    if (next.isEmpty()) {
                        return Optional.empty();
                    }
                    Map<Key, Rational> product = times(out, next.get());
                    if (product.size() > LIMIT) {
                        return Optional.empty();
                    }
                    out.clear();
                    out.putAll(product);
                }
            }
            default -> out.put(isDelta(e) ? new Key(List.of(), true) : new Key(List.of(e), false), Rational.ONE);
        }
        out.values().removeIf(Rational::isZero);
        return out.size() > LIMIT ? Optional.empty() : Optional.of(out);
    }

    private static Map<Key, Rational> times(Map<Key, Rational> a, Map<Key, Rational> b) {
        Map<Key, Rational> out = new LinkedHashMap<>();
        a.forEach((ka, ca) -> b.forEach((kb, cb) -> {
            List<Expr> atoms = new ArrayList<>(ka.atoms());
            atoms.addAll(kb.atoms());
            atoms.sort(ExprOrder.INSTANCE);
            out.merge(new Key(List.copyOf(atoms), ka.delta() || kb.delta()), ca.multiply(cb), Rational::add);
        }));
        out.values().removeIf(Rational::isZero);
        return out;
    }

    /**
     * The value of {@code e} where δ is 1 minus the given constant, as monomials with δ dropped:
     * {@code a + b} (at δ = 1) when {@code atOne}, else {@code a} (at δ = 0).
     */
    static Map<List<Expr>, Rational> at(Map<Key, Rational> monomials, boolean atOne) {
        Map<List<Expr>, Rational> out = new LinkedHashMap<>();
        monomials.forEach((k, c) -> {
            if (atOne || !k.delta()) {
                out.merge(k.atoms(), c, Rational::add);
            }
        });
        out.values().removeIf(Rational::isZero);
        return out;
    }

    /** {@code e} with this δ set to 0 where {@link #monomials} sees it, rebuilt with the {@link Exprs} factories. */
    Expr withoutDelta(Expr e) {
        return switch (e) {
            case Add a -> Exprs.add(a.terms().stream().map(this::withoutDelta).toList());
            case Mul m -> Exprs.mul(m.factors().stream().map(this::withoutDelta).toList());
            default -> isDelta(e) ? Exprs.ZERO : e;
        };
    }
}
