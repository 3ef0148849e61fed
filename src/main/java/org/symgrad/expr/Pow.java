package org.symgrad.expr;

import java.util.Objects;

/** {@code base^exponent}. Division {@code a/b} is {@code a * b^(-1)}. */
public record Pow(Expr base, Expr exponent) implements Expr {
    public Pow {
        Objects.requireNonNull(base);
        Objects.requireNonNull(exponent);
    }

    @Override
    public String toString() {
        return "Pow[" + base + ", " + exponent + "]";
    }
}
