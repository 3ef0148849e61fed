package org.symgrad.expr;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bound-index names a reader chose, each with the slots it sits in: where the input wrote
 * {@code Σ_i (Σ_j W_ij x_j − y_i)²}, {@code j} sits in the second slot of {@code W} and the first
 * of {@code x}, {@code i} in the first of {@code W} and of {@code y}. A Σ of a result takes the
 * written name whose slots it shares most, so the derivative's {@code Σ_? W_k? x_?} sums over
 * {@code j} again, as the input's inner sum did, and not over the first name that happens to be
 * free ({@link Indices#preferring}). A Σ that shares no slot with any written one takes the first
 * free name in the reader's order, as before.
 */
public final class WrittenBoundNames {
    private final List<String> names;
    private final Map<String, Set<String>> slots;

    private WrittenBoundNames(List<String> names, Map<String, Set<String>> slots) {
        this.names = names;
        this.slots = slots;
    }

    /** The bound names of {@code written}, in order, outermost first, each with its slots. */
    public static WrittenBoundNames of(List<Expr> written) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, Set<String>> slots = new LinkedHashMap<>();
        for (Expr e : written) {
            names.addAll(Indices.bound(e));
            collectSums(e, slots);
        }
        return new WrittenBoundNames(List.copyOf(names), slots);
    }

    /** Names in the reader's order with no slots: each Σ takes the first free one. */
    public static WrittenBoundNames ofNames(List<String> names) {
        return new WrittenBoundNames(List.copyOf(names), Map.of());
    }

    /** The names, in the reader's order. */
    public List<String> names() {
        return names;
    }

    /**
     * Of the {@code available} names, the one whose written sums share most slots with where
     * {@code index} sits in {@code body}; the first available if none shares a slot.
     */
    String choose(List<String> available, String index, Expr body) {
        Set<String> here = slotsOf(body, index);
        String best = available.get(0);
        int bestScore = 0;
        for (String name : available) {
            Set<String> there = slots.getOrDefault(name, Set.of());
            int score = 0;
            for (String slot : here) {
                if (there.contains(slot)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

    private static void collectSums(Expr e, Map<String, Set<String>> out) {
        if (e instanceof IndexSum s) {
            out.computeIfAbsent(s.index(), k -> new LinkedHashSet<>()).addAll(slotsOf(s.body(), s.index()));
        } else if (e instanceof IndexProduct p) {
            out.computeIfAbsent(p.index(), k -> new LinkedHashSet<>()).addAll(slotsOf(p.body(), p.index()));
        }
        Exprs.children(e).forEach(c -> collectSums(c, out));
    }

    /** Where index {@code k} sits in {@code e}: {@code name#position} for each indexed symbol. */
    static Set<String> slotsOf(Expr e, String k) {
        Set<String> out = new LinkedHashSet<>();
        collectSlots(e, k, out);
        return out;
    }

    private static void collectSlots(Expr e, String k, Set<String> out) {
        switch (e) {
            case Indexed x -> {
                for (int p = 0; p < x.indices().size(); p++) {
                    if (Index.names(x.indices().get(p)).contains(k)) {
                        out.add(x.name() + "#" + p);
                    }
                }
            }
            case IndexSum s when s.index().equals(k) -> {
                // an inner Σ_k binds another k
            }
            case IndexProduct p when p.index().equals(k) -> {
            }
            default -> Exprs.children(e).forEach(c -> collectSlots(c, k, out));
        }
    }
}
