package org.symgrad.simplify;

import java.util.ArrayDeque;
import java.util.Deque;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;

/**
 * Resource limits for one simplification: polynomial size during expansion, exponents that would
 * be expanded, and a wall-clock deadline. Exceeding one throws {@link LimitException} (exit 3)
 * instead of running out of memory or hanging.
 */
public final class Budget {
    /** Most terms an intermediate polynomial may hold. */
    public static final int MAX_TERMS = 20_000;
    /** Largest exponent of a sum that is multiplied out. */
    public static final int MAX_EXPANSION_EXPONENT = 200;
    /**
     * Most nodes (counted as a tree, shared subtrees once per use) of an expression that is
     * simplified or shown as a derivation step. The derivative of a deep tower {@code x^x^…^x}
     * grows quadratically with its height; beyond this size no result would be readable anyway.
     */
    public static final int MAX_NODES = 200_000;
    /** Largest exponent applied to an exact number. */
    public static final int MAX_NUMBER_EXPONENT = 10_000;

    private final long deadlineNanos;
    private int checks;

    private Budget(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A budget that expires {@code millis} from now. */
    public static Budget ofMillis(long millis) {
        return new Budget(System.nanoTime() + millis * 1_000_000L);
    }

    /** The default budget of one simplification (20 s). */
    public static Budget standard() {
        return ofMillis(20_000);
    }

    void terms(long count) {
        if (count > MAX_TERMS) {
            throw new LimitException("expression-size",
                    "simplification would need more than " + MAX_TERMS + " terms");
        }
        tick();
    }

    void expansionExponent(int e, int termsInBase) {
        if (termsInBase > 1 && e > MAX_EXPANSION_EXPONENT) {
            throw new LimitException("exponent",
                    "expanding a power with exponent " + e + " exceeds the limit " + MAX_EXPANSION_EXPONENT);
        }
    }

    /**
     * {@code e} as an {@code int}, the range of an exponent in a normal form; beyond it a
     * {@code LimitException} rather than a silently wrapped (wrong) exponent.
     */
    static int exponent(long e) {
        if (e > Integer.MAX_VALUE || e < -Integer.MAX_VALUE) {
            throw new LimitException("exponent", "exponent " + e + " is too large");
        }
        return (int) e;
    }

    void numberExponent(long e) {
        if (Math.abs(e) > MAX_NUMBER_EXPONENT) {
            throw new LimitException("exponent",
                    "exact power with exponent " + e + " exceeds the limit " + MAX_NUMBER_EXPONENT);
        }
    }

    /**
     * {@code e} itself, after checking that it has at most {@link #MAX_NODES} nodes. The count
     * stops at the limit, so it costs at most that many steps however large (or shared) {@code e} is.
     */
    public static Expr requireSize(Expr e) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(e);
        int count = 0;
        while (!pending.isEmpty()) {
            if (++count > MAX_NODES) {
                throw new LimitException("expression-size",
                        "the expression has more than " + MAX_NODES + " nodes");
            }
            Exprs.children(pending.pop()).forEach(pending::push);
        }
        return e;
    }

    /** Checks the deadline every so often. */
    public void tick() {
        if ((++checks & 0xff) == 0 && System.nanoTime() > deadlineNanos) {
            throw new LimitException("time", "simplification took longer than its time budget");
        }
    }
}
