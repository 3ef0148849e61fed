package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.expr.Rational;

/**
 * A limit of a sum or product that runs with another index: the return {@code G_t = \sum_{k=t+1}^{T} γ^{k-t-1} r_k},
 * the pairs {@code \sum_{i=1}^{n} \sum_{j=i+1}^{n}}, the running total {@code c_i = \sum_{j=1}^{i} x_j}. The core's
 * limits are numbers and sizes, so the range is read as the whole extent with the summand (or factor) held to the
 * written part of it by a range condition on the bound index: {@code Σ_{k=t+1}^{n} B_k = Σ_{k=1}^{n} [k ≥ t+1] B_k},
 * {@code Π_{k=t+1}^{n} B_k = Π_{k=1}^{n} ([k ≥ t+1] B_k + 1 − [k ≥ t+1])}. The condition is a {@link RangeIndicator} on
 * an affine index ({@code [1 ≤ k−t ≤ n]}), so renaming, δ contraction and evaluation treat it as any other, and its
 * other bound holds for every k of the extent (it is never the one that decides).
 */
public final class IndexLimits {
    private IndexLimits() {
    }

    /**
     * The limit written {@code limit} (one index of a script, {@code t+1}, {@code i}) as an affine index of letters
     * other than the bound {@code k}, where it is one; empty for a number, a size name, or one that uses k.
     */
    static Optional<String> affine(List<String> limit, String k, java.util.Set<String> indexLetters) {
        if (limit.size() != 1) {
            return Optional.empty();
        }
        String a = limit.get(0);
        if (!(Index.isAffine(a) || Index.isSymbolic(a))) {
            return Optional.empty();
        }
        // T − t − 1: the range size (a value) beside the letters the range runs with, at least one of them
        List<String> letters = Index.names(a).stream().filter(name -> !name.equals(Index.SIZE)).toList();
        if (letters.isEmpty() || letters.contains(k) || !indexLetters.containsAll(letters)
                || !letters.stream().allMatch(IndexLimits::runningLetter)) {
            return Optional.empty();
        }
        return Optional.of(a);
    }

    /**
     * A lower-case letter other than n: a running index. A capital ({@code T}, {@code K}) and n name a range's size, the
     * last entry where they index one ({@code h_T}), and a limit of theirs stays the range size.
     */
    private static boolean runningLetter(String name) {
        return name.matches("[a-z]") && !name.equals("n");
    }

    /** {@code [k ≥ a]} for k in 1..upper: {@code [1 ≤ k − a + 1 ≤ upper + s]}, s the least slack that holds for every k. */
    public static Expr atLeast(String k, String a, Expr upper) {
        String at = Index.plus(Index.plus(k, negated(a)), "1");
        // k − a + 1 is at most upper + 1 − (the least a: each letter at least 1, plus the offset)
        return new RangeIndicator(at, Exprs.ONE, plus(upper, Math.max(0, 1 - Index.names(a).size() - Index.offset(a)))).asSum();
    }

    /** {@code [k ≤ a]} for k in 1..upper: {@code [1 ≤ a − k + 1 ≤ upper + s]}, s the least slack that holds for every k. */
    public static Expr atMost(String k, String a, Expr upper) {
        String at = Index.plus(Index.plus(a, negated(k)), "1");
        // a − k + 1 is at most a, each of whose letters is at most upper
        Expr most = Exprs.add(Exprs.mul(Exprs.num(Rational.of(Index.names(a).size())), upper), Exprs.num(Rational.of(Index.offset(a))));
        return new RangeIndicator(at, Exprs.ONE, Index.offset(a) <= 0 && Index.names(a).size() == 1 ? upper : most).asSum();
    }

    /**
     * One bound a limit puts on an index: {@code k ≥ a} ({@code atLeast}) or {@code k ≤ a}, both affine indices.
     *
     * @param k       the index held ({@code k} of {@code \sum_{k=t+1}})
     * @param a       the bound ({@code t+1})
     * @param atLeast whether a is the least value of k, else its greatest
     */
    record Bound(String k, String a, boolean atLeast) {
        /** The range condition for k in 1..upper. */
        Expr condition(Expr upper) {
            return atLeast ? IndexLimits.atLeast(k, a, upper) : IndexLimits.atMost(k, a, upper);
        }
    }

    /** The summand held to the range: {@code [cond] B}. */
    static Expr summand(Expr condition, Expr body) {
        return Exprs.mul(condition, body);
    }

    /** The factor held to the range: {@code [cond] B + 1 − [cond]}, which is 1 where the condition fails. */
    public static Expr factor(Expr condition, Expr body) {
        return Exprs.add(Exprs.mul(condition, body), Exprs.ONE, Exprs.neg(condition));
    }

    /** {@code −a} as an affine index. */
    private static String negated(String a) {
        return Index.times("-1", a);
    }

    /** {@code upper + s}. */
    private static Expr plus(Expr upper, long s) {
        return s == 0 ? upper : Exprs.add(upper, Exprs.num(Rational.of(s)));
    }
}
