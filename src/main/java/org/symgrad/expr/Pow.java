package org.symgrad.expr;

import java.util.Objects;

/** {@code base^exponent}. Division {@code a/b} is {@code a * b^(-1)}. */
public final class Pow implements Expr {
    private final Expr base;
    private final Expr exponent;
    private final int hash;

    public Pow(Expr base, Expr exponent) {
        this.base = Objects.requireNonNull(base);
        this.exponent = Objects.requireNonNull(exponent);
        this.hash = (0x50 * 31 + base.hashCode()) * 31 + exponent.hashCode();
    }

    public Expr base() {
        return base;
    }

    public Expr exponent() {
        return exponent;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Pow p && hash == p.hash && base.equals(p.base) && exponent.equals(p.exponent);
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
