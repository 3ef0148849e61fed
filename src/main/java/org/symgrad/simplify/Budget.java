package org.symgrad.simplify;

import java.util.ArrayDeque;
import java.util.Deque;
import org.symgrad.error.LimitException;
import org.symgrad.error.TimeLimit;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;

/**
 * Resource limits for one simplification: polynomial size during expansion, exponents that would
 * be expanded, and time — the CPU time of the working thread ({@link TimeLimit}): the limit the
 * command line installed on it, else a budget of the simplification's own. Exceeding one throws
 * {@link LimitException} (exit 3) instead of running out of memory or hanging.
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

    /** The time budget of its own, or null when only the thread's installed limit counts. */
    private final TimeLimit own;
    private int checks;

    private Budget(TimeLimit own) {
        this.own = own;
    }

    /** A budget of {@code millis} of CPU time from now (and the thread's installed limit, if any). */
    public static Budget ofMillis(long millis) {
        return new Budget(TimeLimit.startingNow(millis / 1000.0));
    }

    /**
     * The default budget of one simplification: the limit installed on the thread (the command
     * line's {@code --timeout}), else 20 s of CPU time.
     */
    public static Budget standard() {
        return TimeLimit.installed() ? new Budget(null) : ofMillis(20_000);
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

    /** Checks the time every so often. */
    public void tick() {
        if ((++checks & 0xff) == 0) {
            TimeLimit.check();
            if (own != null && own.exceeded(0)) {
                throw new LimitException("time", "simplification took longer than its time budget of "
                        + own.seconds() + " s of CPU time");
            }
        }
    }
}
