package org.symgrad.expr;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A summation index used as a number: the {@code k} of {@code \sum_{k=1}^{K} k p_k}, the {@code t} of
 * {@code \sum_{t=0}^{T} \gamma^t r_t}. It is kept as an entry of a reserved array, {@code ι_k}, whose
 * entry at an index is that index's value, so that everything that rewrites indices (renaming a bound
 * index, δ contraction {@code Σ_k ι_k p_k δ_kj = ι_j}, shifting {@code t+l}) rewrites the value with
 * the subscripts, and no rule can leave it behind as a free letter. The array is no variable: nothing
 * depends on it, and its entries are exact integers.
 * <p>
 * A Σ whose upper limit is a name ({@code T}) is read over the labels 1..n whatever its written start
 * ({@code \sum_{t=0}^{T}} runs over n = T + 1 labels); the value of the entry at label p is then
 * p + offset, offset = written start − 1. The offset is part of the array's name, so that a free index
 * of the same equation ({@code \partial G / \partial r_t = \gamma^t}) can be given the same reading.
 */
public final class IndexValue {
    private static final String BASE = "idxval";
    private static final Pattern NAME = Pattern.compile(BASE + "(?:([mp])([0-9]+))?");

    private IndexValue() {
    }

    /** The value of {@code index}, as an entry labelled {@code index} whose value is its label plus {@code offset}. */
    public static Indexed of(String index, long offset) {
        String name = offset == 0 ? BASE : BASE + (offset < 0 ? "m" : "p") + Math.abs(offset);
        return new Indexed(name, List.of(index));
    }

    /**
     * How many of {@code args} in front are index values or whole numbers, the values an index takes
     * ({@code f(ι_i, w)}, {@code f(1, w)}: a member {@code f_i(w)}, {@code f_1(w)} of a family of functions, its labels,
     * then its argument).
     */
    public static int leading(List<Expr> args) {
        int k = 0;
        while (k < args.size() && (args.get(k) instanceof Indexed x && offset(x.name()).isPresent()
                || args.get(k) instanceof Num n && n.value().isInteger())) {
            k++;
        }
        return k;
    }

    /** The offset of an index-value entry's array name, or empty for any other name. */
    public static Optional<Long> offset(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) == null) {
            return Optional.of(0L);
        }
        long v = Long.parseLong(m.group(2));
        return Optional.of(m.group(1).equals("m") ? -v : v);
    }

    /** Whether {@code e} is an index used as a value. */
    public static boolean is(Expr e) {
        return e instanceof Indexed x && x.indices().size() == 1 && offset(x.name()).isPresent();
    }

    /** The value of the entry {@code name_{label}} if {@code name} is an index-value array. */
    public static Optional<Long> valueAt(String name, int label) {
        return offset(name).map(o -> label + o);
    }

    /** The index whose value {@code e} is ({@code k} of {@code ι_k}), if it is one. */
    public static Optional<String> indexOf(Expr e) {
        return is(e) ? Optional.of(((Indexed) e).indices().get(0)) : Optional.empty();
    }
}
