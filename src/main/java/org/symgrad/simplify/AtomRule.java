package org.symgrad.simplify;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;

/**
 * A rewrite of one atom: wherever an atom equals {@code pattern} after renaming the pattern's
 * index variables, it is replaced by {@code replacement} renamed the same way. Assumptions
 * ({@code Σ_k t_k = 1}) and resubstituted definitions ({@code exp(z_i) = y_i·Σ_k exp(z_k)}) are
 * atom rules. The rule's name is what a derivation step cites.
 */
public record AtomRule(String name, Expr pattern, Set<String> variables, Expr replacement) {
    public AtomRule {
        variables = Set.copyOf(variables);
        Set<String> unbound = Indices.free(replacement);
        unbound.removeAll(variables);
        unbound.removeAll(Indices.free(pattern));
        if (!unbound.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + " uses indices its pattern does not bind: " + unbound);
        }
    }

    /** The replacement for {@code atom}, if the pattern matches it. */
    Optional<Expr> apply(Expr atom) {
        return IndexMatcher.match(pattern, atom, variables).map(this::instantiate);
    }

    private Expr instantiate(Map<String, String> binding) {
        return Indices.renameAll(replacement, new java.util.TreeMap<>(binding));
    }
}
