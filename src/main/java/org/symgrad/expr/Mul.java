package org.symgrad.expr;

import java.util.List;

/** A product of two or more factors, in the order given. */
public final class Mul extends Compound {
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
