package org.symgrad.functions;

import java.util.Objects;

/**
 * A way to write a result back in a named function: wherever the atom {@code atom(u)} occurs,
 * {@code replacement(u)} may stand instead — {@code e^u = σ(u)/(1 − σ(u))} — so that an exp form
 * of a derivative becomes the textbook's {@code σ(x)(1 − σ(x))}. The name is the rule a
 * derivation step cites ({@code sigma-from-exp}).
 */
public record Inverse(String name, Template atom, Template replacement) {
    public Inverse {
        Objects.requireNonNull(name);
        Objects.requireNonNull(atom);
        Objects.requireNonNull(replacement);
    }
}
