package org.symgrad.expr;

import java.util.Objects;

/** An exact rational constant. */
public record Num(Rational value) implements Expr {
    public Num {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
