package org.symgrad.expr;

import java.util.Objects;

/**
 * {@code Π_{index=lower}^{upper} body}; the index is bound in the body. The product over an index
 * is its own node, beside {@link IndexSum}: none of a sum's laws (linearity, δ contraction,
 * pulling factors out) hold for it, so no pass treats it as one by accident.
 */
public final class IndexProduct implements Expr {
    private final String index;
    private final Expr lower;
    private final Expr upper;
    private final Expr body;
    private final int hash;

    public IndexProduct(String index, Expr lower, Expr upper, Expr body) {
        Index.requireSymbolic(index);
        this.index = index;
        this.lower = Objects.requireNonNull(lower);
        this.upper = Objects.requireNonNull(upper);
        this.body = Objects.requireNonNull(body);
        this.hash = (((index.hashCode() * 31 + lower.hashCode()) * 31 + upper.hashCode()) * 31 + body.hashCode()) ^ 0x5eed;
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
        return this == o || o instanceof IndexProduct p && hash == p.hash && index.equals(p.index)
                && lower.equals(p.lower) && upper.equals(p.upper) && body.equals(p.body);
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
