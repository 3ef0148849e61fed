package org.symgrad.expr;

import java.util.List;

/** A sum of two or more terms, in the order given. */
public final class Add implements Expr {
    private final List<Expr> terms;
    private final int hash;

    public Add(List<Expr> terms) {
        this.terms = List.copyOf(terms);
        if (this.terms.size() < 2) {
            throw new IllegalArgumentException("a sum needs at least two terms");
        }
        this.hash = 0x41 * 31 + this.terms.hashCode();
    }

    public List<Expr> terms() {
        return terms;
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
        return this == o || o instanceof Add a && hash == a.hash && terms.equals(a.terms);
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
