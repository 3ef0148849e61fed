package org.symgrad.expr;

import java.util.List;

/**
 * An indexed symbol {@code x_i}, {@code W_{ij}} or {@code x_1}: a name and one or more indices.
 * Each index is an index letter-name ({@code i}, {@code k2}) or a concrete positive integer
 * ({@code 1}); see {@link Index}.
 */
public final class Indexed implements Variable {
    private final String name;
    private final List<String> indices;
    private final int hash;

    public Indexed(String name, List<String> indices) {
        Names.requireValid(name);
        this.name = name;
        this.indices = List.copyOf(indices);
        if (this.indices.isEmpty()) {
            throw new IllegalArgumentException("an indexed symbol needs at least one index: " + name);
        }
        this.indices.forEach(Index::requireValid);
        this.hash = name.hashCode() * 31 + this.indices.hashCode();
    }

    @Override
    public String name() {
        return name;
    }

    public List<String> indices() {
        return indices;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Indexed x && hash == x.hash && name.equals(x.name) && indices.equals(x.indices);
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
