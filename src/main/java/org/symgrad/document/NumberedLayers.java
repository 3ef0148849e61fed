package org.symgrad.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Names;
import org.symgrad.expr.Sym;

/**
 * Layers numbered above beside a general definition at a layer letter (SPEC §8), as a worked example in Nielsen's notation
 * writes them: {@code z^l_j = \sum_k w^l_{jk} a^{l-1}_k + b^l_j} and {@code a^l_j = \sigma(z^l_j)} for every layer l, then
 * {@code C = \frac{1}{2}\sum_j (a^2_j - y_j)^2} of a network of two layers. The document's z^2 and a^1 are the general z^l
 * and a^l at l = 2 and l = 1, so {@code \partial C/\partial b^2_j = \delta^2_j} can be checked; read as names of their own they
 * were undefined, and C depended on nothing the steps differentiate by. A numbered name is read so only where the document
 * defines it nowhere itself, at layers 1 on; a^0, the input, stays a name.
 */
final class NumberedLayers {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** Layers instantiated for one step at most: a network's depth, never a runaway. */
    private static final int MOST = 64;

    private NumberedLayers() {
    }

    /**
     * The definitions with every numbered layer the sides reach defined as its general definition at its number, and every
     * layer named by a capital ({@link CapitalLayers}: a^{(L)} beside a^{(l)}) at that layer, and the note that says so;
     * empty where there is none.
     */
    static Optional<LabelLayers.Anchored> of(List<Expr> sides, Definitions definitions) {
        Optional<LabelLayers.Anchored> numbered = numbered(sides, definitions);
        Optional<LabelLayers.Anchored> named = CapitalLayers.of(sides, numbered.map(LabelLayers.Anchored::definitions).orElse(definitions));
        if (named.isEmpty()) {
            return numbered;
        }
        return Optional.of(numbered.map(n -> new LabelLayers.Anchored(named.get().definitions(), n.note() + "; " + named.get().note()))
                .orElse(named.get()));
    }

    /** The definitions with every numbered layer the sides reach defined as its general definition at its number. */
    private static Optional<LabelLayers.Anchored> numbered(List<Expr> sides, Definitions definitions) {
        // each base's definition at its layer letter itself (z^l, not z^{l+1}), with that letter
        Map<String, LabelLayers.Layer> general = new LinkedHashMap<>();
        Map<String, Definition> definitionOf = new LinkedHashMap<>();
        for (Definition d : definitions.all()) {
            LabelLayers.Layer.of(d.name()).filter(l -> l.offset() == 0 && definitionOf.putIfAbsent(l.base(), d) == null)
                    .ifPresent(l -> general.put(l.base(), l));
        }
        if (general.isEmpty()) {
            return Optional.empty();
        }
        Deque<Expr> todo = new ArrayDeque<>(sides);
        ComparedLabels.reached(sides, definitions).forEach(d -> todo.add(d.body()));
        Definitions next = definitions;
        List<String> instantiated = new ArrayList<>();
        while (!todo.isEmpty() && instantiated.size() < MOST) {
            Set<String> names = new LinkedHashSet<>();
            numbered(todo.poll(), names);
            for (String name : names) {
                Definition g = definitionOf.get(Names.base(name));
                int layer = Integer.parseInt(Names.label(name));
                if (g == null || layer < 1 || next.of(name).isPresent()) {
                    continue; // a^0, the input: a name
                }
                String letter = general.get(Names.base(name)).letter();
                Optional<Expr> target = at(g.target(), letter, layer);
                Optional<Expr> body = at(g.body(), letter, layer);
                if (target.isEmpty() || body.isEmpty()) {
                    continue;
                }
                next = next.with(new Definition(target.get(), body.get()));
                instantiated.add(name);
                todo.add(body.get());
                ComparedLabels.reached(List.of(body.get()), next).forEach(d -> todo.add(d.body()));
            }
        }
        if (instantiated.isEmpty()) {
            return Optional.empty();
        }
        List<String> shown = instantiated.stream().map(n -> {
            String letter = general.get(Names.base(n)).letter();
            return Names.base(n) + "^{" + Names.label(n) + "} as " + Names.base(n) + "^{" + letter + "} at " + letter + " = "
                    + Names.label(n);
        }).toList();
        return Optional.of(new LabelLayers.Anchored(next, "read " + String.join(", ", shown) + ": the layers of the general"
                + " definitions at the numbers the document writes"));
    }

    /** The names labelled by a whole number in {@code e}, added to {@code out}. */
    private static void numbered(Expr e, Set<String> out) {
        Exprs.any(e, x -> {
            String name = x instanceof Indexed ix ? ix.name() : x instanceof Sym s ? s.name() : null;
            if (name != null && NUMBER.matcher(Names.label(name)).matches()) {
                out.add(name);
            }
            return false;
        });
    }

    /** {@code e} with every name labelled by {@code letter} (l, l−1, l+1) labelled by its layer's number at l = {@code layer}. */
    private static Optional<Expr> at(Expr e, String letter, int layer) {
        boolean[] below = {false};
        Expr out = numberedAt(e, letter, layer, below);
        return below[0] ? Optional.empty() : Optional.of(out);
    }

    private static Expr numberedAt(Expr e, String letter, int layer, boolean[] below) {
        String name = e instanceof Indexed ix ? ix.name() : e instanceof Sym s ? s.name() : null;
        if (name == null) {
            return Exprs.mapChildren(e, c -> numberedAt(c, letter, layer, below));
        }
        Optional<LabelLayers.Layer> l = LabelLayers.Layer.of(name).filter(x -> x.letter().equals(letter));
        if (l.isEmpty()) {
            return e;
        }
        int n = layer + l.get().offset();
        below[0] |= n < 0;
        String renamed = Names.withLabel(Names.base(name), Integer.toString(n));
        return e instanceof Indexed ix ? new Indexed(renamed, ix.indices()) : new Sym(renamed);
    }
}
