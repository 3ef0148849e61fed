package org.symgrad.expr;

import java.util.List;

/** A product of two or more factors, in the order given. */
public record Mul(List<Expr> factors) implements Expr {
    public Mul {
        factors = List.copyOf(factors);
        if (factors.size() < 2) {
            throw new IllegalArgumentException("a product needs at least two factors");
        }
    }

    @Override
    public String toString() {
        return "Mul" + factors;
    }
}
