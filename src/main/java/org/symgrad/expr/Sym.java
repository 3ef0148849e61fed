package org.symgrad.expr;

/**
 * A scalar symbol such as {@code x}, {@code theta} or {@code W^(1)}.
 * A layer label is part of the name, spelled {@code base^(label)}; see {@link Names}.
 */
public final class Sym implements Variable {
    private final String name;

    public Sym(String name) {
        Names.requireValid(name);
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Sym s && name.equals(s.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The ASCII form, as {@code Printer.ascii} prints it (see {@link TextForm}). */
    @Override
    public String toString() {
        return AsciiText.of(this);
    }
}
