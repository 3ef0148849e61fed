package org.symgrad.expr;

/**
 * A scalar symbol such as {@code x}, {@code theta} or {@code W^(1)}.
 * A layer label is part of the name, spelled {@code base^(label)}; see {@link Names}.
 */
public record Sym(String name) implements Expr {
    public Sym {
        Names.requireValid(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
