package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.symgrad.derive.Definition;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Names;

/**
 * Names a document writes one letter per layer, as PRML §5.3 does: {@code a_j = \sum_i w_{ji} z_i} and
 * {@code z_j = h(a_j)} are the hidden layer's a and z in terms of the layer below's z_i, and
 * {@code \delta_j = h'(a_j) \sum_k w_{kj} \delta_k} the hidden layer's δ in terms of the next layer's δ_k.
 * Read as one name, each is a recursive definition (z → a → z, δ → δ). Where a definition would be
 * recursive only through the same letter at another index, the name at its own index letters is the
 * name of that layer, {@code z^(j)} (written back as z_j): defined from here on wherever the document
 * writes {@code z_j}, while {@code z_i} stays the layer below's (an input) and {@code \delta_k} keeps the
 * meaning it had (the output layer's y_k − t_k).
 */
final class LayerDefinitions {
    private final Map<Indexed, Indexed> layers = new LinkedHashMap<>();

    /**
     * The layer's own name for the target {@code x} ({@code z_j} → {@code z^(j)_j}), for a definition
     * that is recursive as written; empty where {@code x} is not at distinct index letters, or where
     * {@code value} writes the name at those very letters ({@code \delta_j = … \delta_j}: no layer apart).
     */
    static Optional<Indexed> layerOf(Indexed x, Expr value) {
        if (x.indices().stream().anyMatch(i -> !Index.isSymbolic(i) || !i.matches("[a-z]"))
                || Exprs.contains(value, x)) {
            return Optional.empty();
        }
        return Optional.of(new Indexed(Names.withLabel(x.name(), String.join("", x.indices())), x.indices()));
    }

    /**
     * Whether {@code value} writes the name of {@code x} at other index letters only, as a layer's
     * recursion does ({@code \delta_j = h'(a_j) \sum_k w_{kj} \delta_k}).
     */
    static boolean writesAtOtherLetters(Expr value, Indexed x) {
        return !Exprs.contains(value, x) && Exprs.any(value, e -> e instanceof Indexed y && y.name().equals(x.name()));
    }

    /**
     * Whether {@code x} is an entry at numbers ({@code h_2}) of a name whose definition {@code old} is at index letters
     * ({@code h_t = \\tanh(w h_{t-1} + x_t)}): the definition gives that entry, so a right side in other entries of the name
     * ({@code h_2 = \\tanh(h_1 + x_2)}) is a claim about it, not a layer's recursion.
     */
    static boolean entryOfARecurrence(Indexed x, Optional<Definition> old) {
        return x.indices().stream().allMatch(Index::isConcrete) && old.isPresent() && old.get().target() instanceof Indexed d
                && d.name().equals(x.name()) && d.indices().size() == x.indices().size() && d.indices().stream().allMatch(Index::isSymbolic);
    }

    /** Whether {@code target} as written is a layer's own name here. */
    boolean defines(Expr target) {
        return target instanceof Indexed x && layers.containsKey(x);
    }

    /** From here on, {@code x} as written is the layer's name {@code layer}. */
    void define(Indexed x, Indexed layer) {
        layers.put(x, layer);
    }

    /** A copy of this table with {@code x} as the layer's name {@code layer}, to try it. */
    LayerDefinitions with(Indexed x, Indexed layer) {
        LayerDefinitions out = new LayerDefinitions();
        out.layers.putAll(layers);
        out.layers.put(x, layer);
        return out;
    }

    /** {@code e} with every name written at a layer's index letters as that layer's name. */
    Expr apply(Expr e) {
        if (layers.isEmpty()) {
            return e;
        }
        return e instanceof Indexed x && layers.containsKey(x) ? layers.get(x) : Exprs.mapChildren(e, this::apply);
    }
}
