package org.symgrad.expr;

import java.util.Objects;

/** An exact rational constant. */
public final class Num implements Expr {
    private final Rational value;

    public Num(Rational value) {
        this.value = Objects.requireNonNull(value);
    }

    public Rational value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Num n && value.equals(n.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The ASCII form, as {@code Printer.ascii} prints it (see {@link TextForm}). */
    @Override
    public String toString() {
        return AsciiText.of(this);
    }
}
