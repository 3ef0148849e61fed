package org.symgrad.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.symgrad.expr.Add;
import org.symgrad.expr.Num;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.print.Printer;

/**
 * The range conditions {@code [lower ≤ a ≤ upper]} on a step's free indices that its sides carry: the derivative of
 * {@code G_t = \sum_{k=t+1}^{T} γ^{k-t-1} r_k} by {@code r_k} is {@code γ^{k-t-1}} where k lies in the sum's range and 0
 * elsewhere, {@code [1 ≤ k−t ≤ T] γ^{k-t-1}}. A textbook writes it {@code γ^{k-t-1}}, for the k the sum runs over; a step
 * false as drawn but equal at every point where those conditions hold is equal there, and says where. The conditions are
 * those that relate two or more of the step's free indices: one index against the ends of its range ({@code [1 ≤ k−1]}, the
 * boundary sample of a difference {@code u_k − u_{k−1}}) is a case the document must state, not a range it runs over.
 */
final class RangeConditions {
    private RangeConditions() {
    }

    /** The conditions of {@code sides} on their free indices {@code free}, each once, in the order found. */
    static List<RangeIndicator> of(Set<String> free, Expr... sides) {
        Set<RangeIndicator> out = new LinkedHashSet<>();
        for (Expr side : sides) {
            Exprs.any(side, e -> {
                RangeIndicator.of(e).filter(r -> Index.names(r.index()).size() >= 2 && free.containsAll(Index.names(r.index())))
                        .ifPresent(out::add);
                return false;
            });
        }
        return new ArrayList<>(out);
    }

    /**
     * The conditions, in words, each as the inequality it states of the letters ({@code k ≥ t+1}, {@code t ≥ j}), with an
     * upper bound only where the letters' own range 1..n does not already give it, and what they come from.
     */
    static List<String> assumed(List<RangeIndicator> conditions) {
        List<String> out = new ArrayList<>();
        for (RangeIndicator r : conditions) {
            List<String> parts = new ArrayList<>();
            parts.add(r.lower() instanceof Num low && low.value().isInteger()
                    ? atLeast(r.index(), low.value().toBigInteger().longValueExact())
                    : Index.written(r.index()) + " ≥ " + Printer.unicode(r.lower()));
            if (!implied(r.index(), r.upper())) {
                parts.add(Index.written(r.index()) + " ≤ " + Printer.unicode(r.upper()));
            }
            out.add(String.join(" and ", parts) + " (the range of a sum or product)");
        }
        return out;
    }

    /** {@code a ≥ low} with the letters of a on the side their coefficient's sign puts them: {@code k−t ≥ 1} is {@code k ≥ t+1}. */
    private static String atLeast(String a, long low) {
        Map<String, Long> above = new TreeMap<>();
        Map<String, Long> below = new TreeMap<>();
        Index.coefficients(a).forEach((name, c) -> (c > 0 ? above : below).put(name, Math.abs(c)));
        long rest = low - Index.offset(a);
        if (above.isEmpty()) {
            return Index.written(a) + " ≥ " + low;
        }
        return Index.written(Index.of(above, 0)) + " ≥ " + Index.written(Index.of(below, rest));
    }

    /**
     * Whether {@code a ≤ upper} holds for every value 1..n of a's letters: upper is {@code c·n + d}, and a's largest value,
     * the range size (a value in a) at n, each letter of positive coefficient at n and of negative at 1, is at most that for
     * every n ≥ 1.
     */
    private static boolean implied(String a, Expr upper) {
        long[] cd = sizeForm(upper);
        if (cd == null) {
            return false;
        }
        long ofN = 0;
        long most = Index.offset(a);
        for (Map.Entry<String, Long> term : Index.coefficients(a).entrySet()) {
            if (term.getKey().contains("*")) {
                return false;
            }
            if (term.getKey().equals(Index.SIZE) || term.getValue() > 0) {
                ofN += term.getValue();
            } else {
                most += term.getValue();
            }
        }
        // (c − ofN)·n + d − most ≥ 0 for every n ≥ 1
        return cd[0] >= ofN && cd[0] - ofN + cd[1] - most >= 0;
    }

    /** {@code upper} as {@code c·n + d}: {c, d}; null where it is not of that form. */
    private static long[] sizeForm(Expr upper) {
        long c = 0;
        long d = 0;
        for (Expr t : upper instanceof Add add ? add.terms() : List.of(upper)) {
            if (t.equals(Exprs.N)) {
                c += 1;
            } else if (t instanceof Num k && k.value().isInteger()) {
                d += k.value().toBigInteger().longValueExact();
            } else if (t instanceof org.symgrad.expr.Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num k
                    && k.value().isInteger() && m.factors().get(1).equals(Exprs.N)) {
                c += k.value().toBigInteger().longValueExact();
            } else {
                return null;
            }
        }
        return new long[] {c, d};
    }
}
