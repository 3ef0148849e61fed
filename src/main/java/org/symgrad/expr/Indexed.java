package org.symgrad.expr;

import java.util.List;

/**
 * An indexed symbol {@code x_i}, {@code W_{ij}} or {@code x_1}: a name and one or more indices.
 * Each index is an index letter-name ({@code i}, {@code k2}) or a concrete positive integer
 * ({@code 1}); see {@link Index}.
 */
public record Indexed(String name, List<String> indices) implements Expr {
    public Indexed {
        Names.requireValid(name);
        indices = List.copyOf(indices);
        if (indices.isEmpty()) {
            throw new IllegalArgumentException("an indexed symbol needs at least one index: " + name);
        }
        indices.forEach(Index::requireValid);
    }

    @Override
    public String toString() {
        return name + "_" + (indices.size() == 1 ? indices.get(0) : "{" + String.join(",", indices) + "}");
    }
}
