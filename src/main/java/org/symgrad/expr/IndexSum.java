package org.symgrad.expr;

import java.util.Objects;

/** {@code Σ_{index=lower}^{upper} body}; the index is bound in the body. */
public final class IndexSum implements Expr {
    private final String index;
    private final Expr lower;
    private final Expr upper;
    private final Expr body;
    private final int hash;

    public IndexSum(String index, Expr lower, Expr upper, Expr body) {
        Index.requireSymbolic(index);
        this.index = index;
        this.lower = Objects.requireNonNull(lower);
        this.upper = Objects.requireNonNull(upper);
        this.body = Objects.requireNonNull(body);
        this.hash = ((index.hashCode() * 31 + lower.hashCode()) * 31 + upper.hashCode()) * 31 + body.hashCode();
    }

    public String index() {
        return index;
    }

    public Expr lower() {
        return lower;
    }

    public Expr upper() {
        return upper;
    }

    public Expr body() {
        return body;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof IndexSum s && hash == s.hash && index.equals(s.index)
                && lower.equals(s.lower) && upper.equals(s.upper) && body.equals(s.body);
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
