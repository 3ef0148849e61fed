package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexProduct;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Num;
import org.symgrad.expr.Variable;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Derivative;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.expr.Sym;

/**
 * An index used as a number: the {@code i} of {@code \sum_i e^i}, the {@code j} of
 * {@code \sum_j P(j)}. symgrad reads an index only as a subscript, so such a letter would be an
 * unrelated variable that happens to share the index's name, and the formula would be checked as
 * something its author did not write; it is reported instead (SPEC §9: an unknown name applied to
 * a bound index is an error). {@link #in(Expr, Set)} also takes indices that are free in the
 * equation, for a side that raises to one ({@code x^j} beside {@code x_j}).
 */
public final class IndexAsValue {
    private IndexAsValue() {
    }

    /** The first index, bound in {@code e} or one of {@code free}, that {@code e} uses as a value. */
    public static Optional<String> in(Expr e, Set<String> free) {
        return find(e, new HashSet<>(free), name -> false);
    }

    /**
     * {@link #in}, where an index that is the whole argument of a call of a function {@code later} names is no value yet: the
     * document defines the function and its definition is applied after this formula is read ({@code \pi_	heta(a)} of a
     * policy defined in the prose, {@code \pi_	heta(a) = e^{	heta_a} / \sum_b e^{	heta_b}}, in
     * {@code H = -\sum_a \pi_	heta(a) \log \pi_	heta(a)}); the applied body is looked at then.
     */
    public static Optional<String> in(Expr e, Set<String> free, Predicate<String> later) {
        return find(e, new HashSet<>(free), later);
    }

    private static Optional<String> find(Expr e, Set<String> indices, Predicate<String> later) {
        if (e instanceof Sym s && indices.contains(s.name()) && !s.equals(Exprs.N)) {
            return Optional.of(s.name());
        }
        if (e instanceof Fn call && later.test(call.name())) {
            for (Expr a : call.args()) {
                Optional<String> inner = a instanceof Sym s && indices.contains(s.name()) ? Optional.empty() : find(a, indices, later);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        String bound = e instanceof IndexSum s ? s.index() : e instanceof IndexProduct p ? p.index() : null;
        boolean added = bound != null && indices.add(bound);
        try {
            for (Expr c : Exprs.children(e)) {
                Optional<String> inner = find(c, indices, later);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        } finally {
            if (added) {
                indices.remove(bound);
            }
        }
    }

    /** What to say about the index {@code k} used as a value. */
    public static String message(String k) {
        return "the index " + k + " is used here as a value (a power, a factor or an argument), but no written range "
                + "says which numbers it takes: symgrad reads an index as a number only over the bounds of its "
                + "\\sum, as in \\sum_{" + k + "=1}^{K}; as a subscript, did you mean a component such as x_" + k + "?";
    }

    /** What to say where the limits of a Σ over {@code k} are written but do not say its numbers exactly ({@link #offset}). */
    static String notRead(String k, Expr lower, Expr upper, String from, String to) {
        String range = "from " + from + " to " + to;
        return "the index " + k + " is used here as a number, " + range + ": symgrad reads an index as a number over "
                + "at most " + MOST_VALUES + " values (checking a longer sum takes too long), not " + values(lower, upper);
    }

    /** The most values an index used as a number takes between number limits. */
    static final int MOST_VALUES = 64;

    /** How many values lie between the number limits {@code lower} (1 if not written) and {@code upper}. */
    private static long values(Expr lower, Expr upper) {
        java.math.BigInteger from = lower instanceof Num a ? a.value().toBigInteger() : java.math.BigInteger.ONE;
        java.math.BigInteger to = ((Num) upper).value().toBigInteger();
        java.math.BigInteger count = to.subtract(from).add(java.math.BigInteger.ONE);
        return count.bitLength() < 62 ? count.longValue() : Long.MAX_VALUE;
    }

    /** Whether {@code e} uses {@code k} as a number where no inner Σ or Π binds it again. */
    static boolean usesAsValue(Expr e, String k) {
        if (e instanceof Sym s && s.name().equals(k)) {
            return true;
        }
        if (e instanceof IndexSum s && s.index().equals(k) || e instanceof IndexProduct p && p.index().equals(k)) {
            return false;
        }
        return Exprs.children(e).stream().anyMatch(c -> usesAsValue(c, k));
    }

    /**
     * The offset of the value of a Σ's index over its label ({@link IndexValue}), where the written limits say
     * which numbers the index takes: the range is read as written (0..T has T + 1 labels, 0 among them), so a
     * label is its number (offset 0). Empty where the number limits hold more than {@value #MOST_VALUES} values.
     */
    static Optional<Long> offset(Expr lower, Expr upper) {
        if (upper instanceof Num) {
            return values(lower, upper) <= MOST_VALUES ? Optional.of(0L) : Optional.empty();
        }
        // a named upper limit: the range is read as written (0..T, 0..T−1, 1..K, 2..T), so the labels are the numbers
        return Optional.of(0L);
    }

    /**
     * {@code body} with the index {@code k} used as a number read as {@link IndexValue#of}{@code (k, offset)}:
     * every {@code k} outside a subscript that no inner Σ or Π binds again, except as the argument of a
     * function the document does not define ({@code P(j)} stays refused: SPEC §9).
     */
    static Expr read(Expr body, String k, long offset) {
        if (k.equals(Exprs.N.name())) {
            return body; // n is the range size as well: which one is meant is not clear
        }
        return read(body, new Sym(k), IndexValue.of(k, offset));
    }

    /** {@code body} with the index {@code k} renamed {@code to}, in its subscripts and where it stands as a value. */
    static Expr renamed(Expr body, String k, String to) {
        return symRenamed(org.symgrad.expr.Indices.rename(body, k, to), k, new Sym(to));
    }

    private static Expr symRenamed(Expr e, String k, Expr to) {
        if (e instanceof Sym s && s.name().equals(k)) {
            return to;
        }
        // an inner Σ's limits are the range size n the reader wrote for a named limit, not the index
        if (e instanceof IndexSum s) {
            return s.index().equals(k) ? e : new IndexSum(s.index(), s.lower(), s.upper(), symRenamed(s.body(), k, to));
        }
        if (e instanceof IndexProduct p) {
            return p.index().equals(k) ? e : new IndexProduct(p.index(), p.lower(), p.upper(), symRenamed(p.body(), k, to));
        }
        return Exprs.mapChangedChildren(e, c -> symRenamed(c, k, to));
    }

    /** Whether {@code e} uses {@code k} as a number in a term, not counting the limits of the Σ and Π in it. */
    static boolean usesAsValueInTerms(Expr e, String k) {
        if (e instanceof Sym s && s.name().equals(k)) {
            return true;
        }
        if (e instanceof IndexSum s) {
            return !s.index().equals(k) && usesAsValueInTerms(s.body(), k);
        }
        if (e instanceof IndexProduct p) {
            return !p.index().equals(k) && usesAsValueInTerms(p.body(), k);
        }
        return Exprs.children(e).stream().anyMatch(c -> usesAsValueInTerms(c, k));
    }

    private static Expr read(Expr e, Sym k, Expr value) {
        if (e.equals(k)) {
            return value;
        }
        if (e instanceof IndexSum s && s.index().equals(k.name()) || e instanceof IndexProduct p && p.index().equals(k.name())) {
            return e;
        }
        if (e instanceof Fn f && !FunctionRegistry.isKnown(f.name())) {
            return e;
        }
        if (e instanceof Derivative d) {
            Expr of = read(d.of(), k, value);
            return of == d.of() ? e : Exprs.withChildren(e, List.of(of, d.wrt()));
        }
        return Exprs.mapChangedChildren(e, c -> read(c, k, value));
    }

    /**
     * The sides with each free index they use as a number read as one: {@code j} of
     * {@code \partial E / \partial p_j = j} where {@code E = \sum_{k=1}^{K} k p_k}. A free index takes its
     * numbers from the Σ whose entries it labels: it is read only where the sides, with their definitions
     * ({@code expanded}), sum over an index used as a number, all such Σ read it alike (one offset), and
     * the free index labels an array such a Σ runs over ({@code p_j} beside {@code Σ_k k p_k}). Empty
     * where a free index used as a number is not read so; {@link #in} then says which.
     */
    public static Optional<List<Expr>> freeRead(List<Expr> sides, List<Expr> expanded, Set<String> free) {
        Set<String> used = new TreeSet<>();
        for (Expr side : sides) {
            for (String j : free) {
                if (!j.equals(Exprs.N.name()) && in(side, Set.of(j)).filter(j::equals).isPresent()) {
                    used.add(j);
                }
            }
        }
        if (used.isEmpty()) {
            return Optional.of(sides);
        }
        Set<Long> offsets = new TreeSet<>();
        Set<String> summed = new TreeSet<>();
        for (Expr e : expanded) {
            valueSums(e, offsets, summed);
        }
        if (offsets.size() != 1) {
            return Optional.empty();
        }
        Set<String> labelling = new TreeSet<>();
        for (Expr e : expanded) {
            labels(e, summed, labelling);
        }
        if (!labelling.containsAll(used)) {
            return Optional.empty();
        }
        long offset = offsets.iterator().next();
        List<Expr> out = new ArrayList<>();
        for (Expr side : sides) {
            Expr e = side;
            for (String j : used) {
                e = read(e, new Sym(j), IndexValue.of(j, offset));
            }
            out.add(e);
        }
        return Optional.of(out);
    }

    /** The offsets of the Σ and Π in {@code e} whose index is used as a number, and the arrays their index labels there. */
    private static void valueSums(Expr e, Set<Long> offsets, Set<String> arrays) {
        String bound = e instanceof IndexSum s ? s.index() : e instanceof IndexProduct p ? p.index() : null;
        if (bound != null) {
            Set<Long> here = new TreeSet<>();
            Set<String> names = new TreeSet<>();
            entries(Exprs.children(e).getLast(), bound, here, names);
            if (!here.isEmpty()) {
                offsets.addAll(here);
                arrays.addAll(names);
            }
        }
        Exprs.children(e).forEach(c -> valueSums(c, offsets, arrays));
    }

    /** The offsets of the values of {@code k} in {@code e}, and the arrays {@code k} labels. */
    private static void entries(Expr e, String k, Set<Long> offsets, Set<String> arrays) {
        if (e instanceof Indexed x && x.indices().stream().anyMatch(i -> Index.names(i).contains(k))) {
            Optional<Long> o = IndexValue.offset(x.name());
            if (o.isPresent() && IndexValue.is(x)) {
                offsets.add(o.get());
            } else if (o.isEmpty()) {
                arrays.add(x.name());
            }
        }
        Exprs.children(e).forEach(c -> entries(c, k, offsets, arrays));
    }

    /** The indices that label an entry of one of {@code arrays} in {@code e}. */
    private static void labels(Expr e, Set<String> arrays, Set<String> out) {
        if (e instanceof Indexed x && arrays.contains(x.name())) {
            x.indices().forEach(i -> out.addAll(Index.names(i)));
        }
        Exprs.children(e).forEach(c -> labels(c, arrays, out));
    }
}
