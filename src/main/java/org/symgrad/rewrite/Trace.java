package org.symgrad.rewrite;

import java.util.List;
import org.symgrad.expr.Expr;

/**
 * The listener through which a rewriting engine reports what it did: the name of every rule it
 * applied, in order, and why it stopped early if it did. A derivation step is named from this
 * record, so steps and answer come from the same engine.
 */
public interface Trace {
    /** A trace that records nothing. */
    Trace NONE = new Trace() {
        @Override
        public void fired(String rule) {
        }
    };

    /** The rule {@code rule} was applied once. */
    void fired(String rule);

    /**
     * The rule just applied holds only where {@code e} is positive, which the rule cannot tell
     * ({@code log(a·b) = log(a) + log(b)} needs {@code a > 0}, {@code b > 0}): an identity proven
     * with it is proven under that condition.
     */
    default void requiresPositive(Expr e) {
    }

    /**
     * {@link #requiresPositive(Expr)} for each of {@code factors}, which one logarithm was split
     * into, each raised to the power at the same place in {@code powers}: the split holds as well
     * where some factors are negative instead, if their powers add up to an even number (the
     * product keeps its sign), which lets a condition be stated the way the input wrote the factor.
     */
    default void requiresPositive(List<Expr> factors, List<Integer> powers) {
        factors.forEach(this::requiresPositive);
    }

    /**
     * The rule just applied holds only where {@code a} differs from {@code b}, where the rule's result has no value
     * and its input has one ({@code Σ_{k=1}^{n} q^k = q(1 − q^n)/(1 − q)} needs {@code q ≠ 1}): an identity proven
     * with it is proven away from there, and says so.
     */
    default void requiresUnequal(Expr a, Expr b) {
    }

    /** Rewriting stopped before it was done, for {@code reason}. */
    default void stopped(StopReason reason) {
    }
}
