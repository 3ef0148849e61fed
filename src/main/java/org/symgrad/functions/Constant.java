package org.symgrad.functions;

import java.util.Objects;
import org.symgrad.expr.Sym;

/**
 * A named mathematical constant: the symbol of that name is the constant, exact in every symbolic
 * pass (it is an atom that never depends on a variable) and {@code value} when evaluated.
 */
public record Constant(String name, double value, String latex, String unicode) {
    public Constant {
        Objects.requireNonNull(name);
    }

    /** The symbol that stands for this constant. */
    public Sym symbol() {
        return new Sym(name);
    }
}
