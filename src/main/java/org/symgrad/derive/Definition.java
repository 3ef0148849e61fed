package org.symgrad.derive;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;

/**
 * A named intermediate {@code let y_i = body} (or scalar {@code let s = body}): the target is a
 * {@link Sym} or an {@link Indexed} with distinct symbolic indices. Indices the body leaves free
 * that the target lacks are <em>fixed labels</em> (SPEC §9): {@code let y_w = delta(w, o)} is the
 * one-hot vector of one fixed class {@code o}, and {@code o} means that class wherever it occurs.
 */
public record Definition(Expr target, Expr body) {
    public Definition {
        Objects.requireNonNull(body);
        if (target instanceof Indexed x) {
            if (x.indices().stream().distinct().count() != x.indices().size()
                    || !x.indices().stream().allMatch(Index::isSymbolic)) {
                throw new InputException("the indices of a defined name must be distinct index names: " + x);
            }
        } else if (!(target instanceof Sym)) {
            throw new InputException("only a name or an indexed name can be defined");
        }
    }

    /** The fixed labels: the body's free indices that the target does not carry ({@code o} in {@code y_w = δ_wo}). */
    public Set<String> labels() {
        Set<String> out = Indices.free(body);
        out.removeAll(indices());
        return out;
    }

    public String name() {
        return target instanceof Indexed x ? x.name() : ((Sym) target).name();
    }

    /** The target's indices (empty for a scalar definition). */
    public List<String> indices() {
        return target instanceof Indexed x ? x.indices() : List.of();
    }

    /** Whether {@code leaf} ({@code y_m} or {@code s}) is an instance of this definition's target. */
    public boolean defines(Expr leaf) {
        return switch (leaf) {
            case Indexed x -> target instanceof Indexed t && t.name().equals(x.name())
                    && t.indices().size() == x.indices().size();
            case Sym s -> target instanceof Sym t && t.equals(s);
            default -> false;
        };
    }

    /** The body for the instance {@code leaf} of the target: indices renamed, nothing captured. */
    public Expr instantiate(Expr leaf) {
        if (!(leaf instanceof Indexed x)) {
            return body;
        }
        java.util.Map<String, String> renaming = new java.util.LinkedHashMap<>();
        for (int k = 0; k < indices().size(); k++) {
            renaming.put(indices().get(k), x.indices().get(k));
        }
        return IndexValues.instantiated(Indices.renameAll(body, renaming), body, renaming);
    }
}
