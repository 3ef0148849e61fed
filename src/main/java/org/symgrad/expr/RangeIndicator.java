package org.symgrad.expr;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The range condition {@code [lower ≤ index ≤ upper]} of an index: 1 where the integer value of
 * {@code index} lies in {@code lower..upper}, else 0 (Iverson's bracket). It is what contracting a δ
 * with an affine index states where the solution may leave the sum's range (SPEC §9:
 * {@code Σ_i G_i δ_{i+k,j} = [1 ≤ j-k ≤ n]·G_{j-k}}).
 *
 * <p>As an expression it is the sum {@code Σ_{m=lower}^{upper} δ_{m,index}}, which equals the
 * bracket for every integer value of the index: evaluation, renaming without capture, free indices
 * and differentiation (a δ's derivative is 0) hold for it with nothing new, and no rewrite can make
 * it unsound. The printers write such a sum whose index is affine as the bracket, and the parser
 * reads the bracket back as the sum.
 */
public record RangeIndicator(String index, Expr lower, Expr upper) {

    public RangeIndicator {
        Index.requireValid(index);
    }

    /** {@code Σ_{m=lower}^{upper} δ_{m,index}}, its bound index a name that {@code index} and the bounds lack. */
    public IndexSum asSum() {
        Set<String> avoid = new HashSet<>(Index.names(index));
        avoid.addAll(Indices.all(lower));
        avoid.addAll(Indices.all(upper));
        String m = Indices.fresh(avoid);
        return new IndexSum(m, lower, upper, new Delta(m, index));
    }

    /**
     * The bracket that {@code e} is: a sum over m of {@code δ_{m,a}} alone, with an affine a that
     * does not mention m, or a plain name a over a range that does not hold every value of a free
     * index ({@link #implied}). A number a, or a plain name over a range from 1 (or below) to a
     * size name, is not read as a bracket: such a sum is the ordinary contraction {@code Σ_m δ_mj = 1}.
     */
    public static Optional<RangeIndicator> of(Expr e) {
        if (e instanceof IndexSum s && s.body() instanceof Delta d) {
            String m = s.index();
            String other = d.i().equals(m) ? d.j() : d.j().equals(m) ? d.i() : null;
            if (other != null && !Index.names(other).contains(m) && (Index.isAffine(other)
                    || Index.isSymbolic(other) && !implied(s.lower(), s.upper()))) {
                return Optional.of(new RangeIndicator(other, s.lower(), s.upper()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a free index lies in {@code lower..upper} by the convention on extents: a range from a
     * whole number at most 1 up to a size name ({@code n}, {@code K}, {@code T}) is the whole extent of
     * the variables indexed by it, and a free index ranges over its variable's extent (README,
     * "indices": {@code w_m} under {@code Σ_{m=1}^{K}} has m in 1..K); so is a range from a whole number at
     * most 0 up to a size name less one ({@code 0..K−1}, a variable counted from 0). A range that leaves out part of
     * an extent — a lower limit above 1 ({@code 2..n}), an upper limit that is an expression or a
     * number ({@code 1..n-1}, {@code 1..3}) — does not hold every value of the index, and
     * contracting a δ over it states {@code [lower ≤ j ≤ upper]}.
     */
    public static boolean implied(Expr lower, Expr upper) {
        if (!(lower instanceof Num a && a.value().isInteger())) {
            return false;
        }
        if (upper instanceof Sym) {
            return a.value().compareTo(Rational.ONE) <= 0;
        }
        // 0..K−1: the whole extent of a variable the document counts from 0
        return lessOne(upper).isPresent() && a.value().compareTo(Rational.ZERO) <= 0;
    }

    /**
     * Whether the index {@code at} lies in {@code lower..upper}, where {@code at} is the range size as a value
     * ({@link Index#SIZE}) or that plus a whole number: {@code n}, {@code n-1}, {@code n+1} beside
     * {@code Σ_{t=0}^{n-1}} (one past the last entry, the last, two past it). Such an index is no free index ranging
     * over the sum (the convention of {@link #implied} does not hold for it): it is that value, and it lies in the
     * range or not by the arithmetic of the limits, the size being a whole number at least 1. {@code x_n} under
     * {@code Σ_{t=0}^{n-1}} lies outside (n ≤ n − 1 never holds); {@code x_{n-1}} inside (0 ≤ n − 1 for n ≥ 1);
     * {@code x_{n-2}} under {@code Σ_{t=1}^{n}} is decided by neither, so empty. Empty, too, for any other index, and
     * where a limit is not a whole number plus a whole multiple of n.
     */
    public static Optional<Boolean> decided(String at, Expr lower, Expr upper) {
        if (!Index.names(at).equals(List.of(Index.SIZE))) {
            return Optional.empty();
        }
        Optional<Map<String, Long>> lo = linear(lower);
        Optional<Map<String, Long>> hi = linear(upper);
        if (lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> value = new HashMap<>();
        value.put(Exprs.N.name(), Index.coefficients(at).get(Index.SIZE));
        value.put(OFFSET, Index.offset(at));
        Optional<Boolean> above = atLeastZero(minus(value, lo.get()));
        Optional<Boolean> below = atLeastZero(minus(hi.get(), value));
        if (above.equals(Optional.of(false)) || below.equals(Optional.of(false))) {
            return Optional.of(false);
        }
        return above.isPresent() && below.isPresent() ? Optional.of(true) : Optional.empty();
    }

    /** The key of the whole-number part of a {@link #linear} form. */
    private static final String OFFSET = "";

    /** A limit as a whole number plus a whole multiple of the size n ({@code n}, {@code n - 1}, {@code 0}), or empty. */
    private static Optional<Map<String, Long>> linear(Expr e) {
        Map<String, Long> out = new HashMap<>();
        List<Expr> terms = e instanceof Add a ? a.terms() : List.of(e);
        for (Expr t : terms) {
            long c = 1;
            Expr rest = t;
            if (t instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num k) {
                if (!k.value().isInteger()) {
                    return Optional.empty();
                }
                c = k.value().toBigInteger().longValueExact();
                rest = m.factors().get(1);
            }
            if (rest instanceof Num k && k.value().isInteger() && t == rest) {
                out.merge(OFFSET, k.value().toBigInteger().longValueExact(), Long::sum);
            } else if (rest.equals(Exprs.N)) {
                out.merge(Exprs.N.name(), c, Long::sum);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    private static Map<String, Long> minus(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, -v, Long::sum));
        out.values().removeIf(v -> v == 0);
        return out;
    }

    /**
     * Whether {@code offset + Σ c·size} is at least 0 for every size at least 1: true where every c is at least 0
     * and the value at all sizes 1 is; false where every c is at most 0 and the value at all sizes 1 is below 0;
     * else empty.
     */
    private static Optional<Boolean> atLeastZero(Map<String, Long> form) {
        long atOne = form.values().stream().mapToLong(Long::longValue).sum();
        boolean rising = form.entrySet().stream().allMatch(t -> t.getKey().equals(OFFSET) || t.getValue() >= 0);
        boolean falling = form.entrySet().stream().allMatch(t -> t.getKey().equals(OFFSET) || t.getValue() <= 0);
        if (rising && atOne >= 0) {
            return Optional.of(true);
        }
        if (falling && atOne < 0) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** The size name K of an upper limit {@code K − 1}, if it is one. */
    public static Optional<Sym> lessOne(Expr upper) {
        if (upper instanceof Add s && s.terms().size() == 2) {
            for (int i = 0; i < 2; i++) {
                if (s.terms().get(i) instanceof Sym k && s.terms().get(1 - i) instanceof Num m && m.value().equals(Rational.of(-1))) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }
}
