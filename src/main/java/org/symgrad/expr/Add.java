package org.symgrad.expr;

import java.util.List;

/** A sum of two or more terms, in the order given. */
public final class Add extends Compound {
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
