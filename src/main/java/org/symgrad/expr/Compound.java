package org.symgrad.expr;

/**
 * A sum, product, power or function application: the nodes that keep, computed on first use, what is
 * asked of them again and again as shared subtrees (the simplifier's reading cost, the flags of
 * {@link Exprs#flags}).
 */
public abstract sealed class Compound implements Expr permits Add, Mul, Pow, Fn {
    /** The simplifier's reading cost of this tree ({@link #cost}), 0 until computed. */
    private int cost;

    /**
     * {@code measure} of this tree, computed the first time and kept: for the simplifier's reading cost,
     * a pure function of the tree that is never 0 for a sum, product, power or function, asked again and
     * again of shared subtrees. Every call must pass the same measure.
     */
    public int cost(java.util.function.ToIntFunction<Expr> measure) {
        int c = cost;
        if (c == 0) {
            c = measure.applyAsInt(this);
            cost = c;
        }
        return c;
    }

    /** What {@link Exprs#flags} says of this tree, computed on first use (0: not yet). */
    private byte flags;

    int flags() {
        if (flags == 0) {
            flags = Exprs.computeFlags(this);
        }
        return flags;
    }
}
