package org.symgrad.rewrite;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Sym;

/**
 * What a rule's left side bound when it matched: each slot to a sub-expression of the target, each
 * index variable (and each Σ index of the pattern) to an index of the target. Immutable; binding
 * returns a new match, or empty when the slot or index is already bound to something else.
 */
public final class Match {
    static final Match EMPTY = new Match(Map.of(), Map.of());

    private final Map<Sym, Expr> slots;
    private final Map<String, String> indices;

    private Match(Map<Sym, Expr> slots, Map<String, String> indices) {
        this.slots = slots;
        this.indices = indices;
    }

    /** The sub-expression bound to {@code slot}. */
    public Expr expr(Sym slot) {
        Expr e = slots.get(slot);
        if (e == null) {
            throw new IllegalArgumentException("slot " + slot + " is not bound");
        }
        return e;
    }

    /** The target index bound to the pattern index {@code variable}. */
    public String index(String variable) {
        String i = indices.get(variable);
        if (i == null) {
            throw new IllegalArgumentException("index " + variable + " is not bound");
        }
        return i;
    }

    Map<String, String> indices() {
        return indices;
    }

    Map<Sym, Expr> slots() {
        return slots;
    }

    Optional<String> boundIndex(String variable) {
        return Optional.ofNullable(indices.get(variable));
    }

    Optional<Match> withSlot(Sym slot, Expr value) {
        Expr old = slots.get(slot);
        if (old != null) {
            return old.equals(value) ? Optional.of(this) : Optional.empty();
        }
        Map<Sym, Expr> next = new HashMap<>(slots);
        next.put(slot, value);
        return Optional.of(new Match(next, indices));
    }

    Optional<Match> withIndex(String variable, String index) {
        String old = indices.get(variable);
        if (old != null) {
            return old.equals(index) ? Optional.of(this) : Optional.empty();
        }
        Map<String, String> next = new HashMap<>(indices);
        next.put(variable, index);
        return Optional.of(new Match(slots, next));
    }

    @Override
    public String toString() {
        return slots + " " + indices;
    }
}
