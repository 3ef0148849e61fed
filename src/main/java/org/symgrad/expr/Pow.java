package org.symgrad.expr;

import java.util.Objects;

/** {@code base^exponent}. Division {@code a/b} is {@code a * b^(-1)}. */
public final class Pow extends Compound {
    private final Expr base;
    private final Expr exponent;
    private final int hash;
    /**
     * How many powers down the exponent chain, this one included, have a base equal to this one's
     * ({@code x^x^x^y}: 3), and the exponent below the last of them ({@code y}): {@link ExprOrder}
     * passes over the run in one step instead of comparing the equal bases level by level.
     */
    private final int run;
    private final Expr belowRun;

    public Pow(Expr base, Expr exponent) {
        this.base = Objects.requireNonNull(base);
        this.exponent = Objects.requireNonNull(exponent);
        this.hash = (0x50 * 31 + base.hashCode()) * 31 + exponent.hashCode();
        if (exponent instanceof Pow inner && base.equals(inner.base)) {
            this.run = inner.run + 1;
            this.belowRun = inner.belowRun;
        } else {
            this.run = 1;
            this.belowRun = exponent;
        }
    }

    public Expr base() {
        return base;
    }

    public Expr exponent() {
        return exponent;
    }

    /** The number of powers from this one down the exponent chain whose base equals this one's (at least 1). */
    int run() {
        return run;
    }

    /** The exponent of the last power of the {@link #run()}. */
    Expr belowRun() {
        return belowRun;
    }

    /** The power {@code levels} down the exponent chain, {@code 0 ≤ levels < run()}. */
    Pow down(int levels) {
        Pow p = this;
        for (int i = 0; i < levels; i++) {
            p = (Pow) p.exponent;
        }
        return p;
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
