package org.symgrad.expr;

import java.util.List;

/** A product of two or more factors, in the order given. */
public final class Mul implements Expr {
    private final List<Expr> factors;
    private final int hash;

    public Mul(List<Expr> factors) {
        this.factors = List.copyOf(factors);
        if (this.factors.size() < 2) {
            throw new IllegalArgumentException("a product needs at least two factors");
        }
        this.hash = 0x4d * 31 + this.factors.hashCode();
    }

    public List<Expr> factors() {
        return factors;
    }

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

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Mul m && hash == m.hash && factors.equals(m.factors);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The ASCII form, as {@code Printer.ascii} prints it (see {@link TextForm}). */
    @Override
    public String toString() {
        return AsciiText.of(this);
    }
}
