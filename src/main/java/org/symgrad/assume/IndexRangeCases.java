package org.symgrad.assume;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;

/**
 * A range condition {@code [lower ≤ a ≤ upper]} decided by a case the document states of index letters: under
 * "an interior sample $u_k$, $1 < k < n$" the bracket {@code [1 ≤ k − 1 ≤ n − 1]} is 1 (k − 1 ≥ 1 as k − 1 &gt; 0 is a
 * whole number, and n − 1 − (k − 1) = n − k &gt; 0), and {@code [1 ≤ k − n ≤ n]} is 0. Each bound is compared with
 * one stated case ({@link Sampling.Holds}) at a time: a gap {@code g} (a − lower, or upper − a) is non-negative where
 * {@code g − h} is a number at least 0, or at least −1 for a strict case {@code h > 0}, as every letter of the case is
 * an index or a bound of the bracket, so a whole number. Sound for every whole-number value the case allows.
 */
final class IndexRangeCases {
    private IndexRangeCases() {
    }

    /** 1 or 0 where the stated cases decide {@code r}, recording the cases used in {@code used}; else empty. */
    static Optional<Expr> decided(RangeIndicator r, Sampling sampling, Set<Sampling.Constraint> used) {
        Optional<Map<String, Rational>> a = indexValue(r.index());
        Optional<Map<String, Rational>> lo = linear(r.lower());
        Optional<Map<String, Rational>> hi = linear(r.upper());
        if (a.isEmpty() || lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        Set<String> whole = new HashSet<>(Index.names(r.index()));
        whole.addAll(lo.get().keySet());
        whole.addAll(hi.get().keySet());
        whole.remove("");
        Map<String, Rational> below = minus(a.get(), lo.get());
        Map<String, Rational> above = minus(hi.get(), a.get());
        Optional<Set<Sampling.Constraint>> aboveLower = nonnegative(below, sampling, whole);
        Optional<Set<Sampling.Constraint>> belowUpper = nonnegative(above, sampling, whole);
        if (aboveLower.isPresent() && belowUpper.isPresent()) {
            used.addAll(aboveLower.get());
            used.addAll(belowUpper.get());
            return Optional.of(Exprs.ONE);
        }
        // a − lower ≤ −1 or upper − a ≤ −1: the value lies outside
        for (Map<String, Rational> gap : java.util.List.of(below, above)) {
            Optional<Set<Sampling.Constraint>> outside = nonnegative(minus(constant(Rational.MINUS_ONE), gap), sampling, whole);
            if (outside.isPresent()) {
                used.addAll(outside.get());
                return Optional.of(Exprs.ZERO);
            }
        }
        return Optional.empty();
    }

    /** The stated case that makes {@code gap} non-negative, if one does (none for a number at least 0). */
    private static Optional<Set<Sampling.Constraint>> nonnegative(Map<String, Rational> gap, Sampling sampling, Set<String> whole) {
        if (isConstant(gap) && gap.getOrDefault("", Rational.ZERO).signum() >= 0) {
            return Optional.of(Set.of());
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (!(c instanceof Sampling.Holds h)) {
                continue;
            }
            Optional<Map<String, Rational>> positive = linear(h.positive());
            if (positive.isEmpty() || !whole.containsAll(names(positive.get()))) {
                continue;
            }
            Map<String, Rational> rest = minus(gap, positive.get());
            if (isConstant(rest) && rest.getOrDefault("", Rational.ZERO).compareTo(h.strict() ? Rational.MINUS_ONE : Rational.ZERO) >= 0) {
                return Optional.of(Set.of(c));
            }
        }
        return Optional.empty();
    }

    private static Set<String> names(Map<String, Rational> form) {
        Set<String> out = new HashSet<>(form.keySet());
        out.remove("");
        return out;
    }

    private static boolean isConstant(Map<String, Rational> form) {
        return names(form).isEmpty();
    }

    private static Map<String, Rational> constant(Rational c) {
        Map<String, Rational> out = new TreeMap<>();
        out.put("", c);
        return out;
    }

    private static Map<String, Rational> minus(Map<String, Rational> a, Map<String, Rational> b) {
        Map<String, Rational> out = new TreeMap<>(a);
        b.forEach((k, v) -> out.merge(k, v.negate(), Rational::add));
        out.values().removeIf(Rational::isZero);
        return out;
    }

    /** An affine index {@code k-1} as a linear form over its names (the constant under the key ""). */
    private static Optional<Map<String, Rational>> indexValue(String index) {
        Map<String, Rational> out = new TreeMap<>();
        for (Map.Entry<String, Long> e : Index.coefficients(index).entrySet()) {
            if (!Index.isSymbolic(e.getKey())) {
                return Optional.empty(); // a product of names (m*s)
            }
            out.put(e.getKey(), Rational.of(e.getValue()));
        }
        long offset = Index.offset(index);
        if (offset != 0) {
            out.put("", Rational.of(offset));
        }
        return Optional.of(out);
    }

    /** {@code e} as a linear form over its symbols, if it is one (sums, numbers times symbols). */
    private static Optional<Map<String, Rational>> linear(Expr e) {
        Map<String, Rational> out = new TreeMap<>();
        return add(e, Rational.ONE, out) ? Optional.of(minus(out, Map.of())) : Optional.empty();
    }

    private static boolean add(Expr e, Rational scale, Map<String, Rational> out) {
        switch (e) {
            case Num n -> {
                out.merge("", n.value().multiply(scale), Rational::add);
                return true;
            }
            case Sym s -> {
                out.merge(s.name(), scale, Rational::add);
                return true;
            }
            case Add a -> {
                for (Expr t : a.terms()) {
                    if (!add(t, scale, out)) {
                        return false;
                    }
                }
                return true;
            }
            case Mul m -> {
                Rational c = scale;
                Expr rest = null;
                for (Expr f : m.factors()) {
                    if (f instanceof Num n) {
                        c = c.multiply(n.value());
                    } else if (rest == null) {
                        rest = f;
                    } else {
                        return false;
                    }
                }
                return rest == null ? add(Exprs.ONE, c, out) : add(rest, c, out);
            }
            default -> {
                return false;
            }
        }
    }
}
