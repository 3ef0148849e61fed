package org.symgrad.check;

import java.util.Map;
import java.util.Objects;
import org.symgrad.expr.Expr;

/**
 * The outcome of checking one equality {@code left = right}: proven symbolically, holding at every
 * sampled point (not proven), or false, with a point where the two sides differ.
 */
public record Verdict(Expr left, Expr right, Kind kind, Map<String, Double> point, double leftValue,
                      double rightValue) {
    /** Proven symbolically, equal at every sampled point, false at some point, or not evaluable at any. */
    public enum Kind { PROVEN, NUMERICALLY_EQUAL, FALSE, UNDECIDED }

    public Verdict {
        Objects.requireNonNull(kind);
        // Sorted by name, and kept sorted: Map.copyOf's iteration order changes from run to run, and
        // reports print the point, so they would not be deterministic.
        point = point == null ? Map.of() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(point));
    }

    public boolean holds() {
        return kind == Kind.PROVEN || kind == Kind.NUMERICALLY_EQUAL;
    }
}
