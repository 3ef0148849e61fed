package org.symgrad.expr;

import java.util.HashSet;
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
