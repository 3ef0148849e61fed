package org.symgrad.expr;

import java.util.List;

/** A sum of two or more terms, in the order given. */
public record Add(List<Expr> terms) implements Expr {
    public Add {
        terms = List.copyOf(terms);
        if (terms.size() < 2) {
            throw new IllegalArgumentException("a sum needs at least two terms");
        }
    }

    @Override
    public String toString() {
        return "Add" + terms;
    }
}
