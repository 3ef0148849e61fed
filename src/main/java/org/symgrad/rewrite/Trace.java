package org.symgrad.rewrite;

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

    /** Rewriting stopped before it was done, for {@code reason}. */
    default void stopped(StopReason reason) {
    }
}
