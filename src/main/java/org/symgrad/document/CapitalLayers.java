package org.symgrad.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.document.LabelLayers.Layer;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Names;
import org.symgrad.expr.Sym;

/**
 * A layer named by a capital above, beside the general definitions at the small letter (SPEC §8), as lecture notes on
 * backpropagation write the output layer: {@code a^{(l)}_j = \sigma(z^{(l)}_j)} for every layer l, then the cost
 * {@code C = \frac{1}{2}\sum_j (a^{(L)}_j - y_j)^2} of the last layer L and {@code \delta^{(L)}_j = \partial C/\partial z^{(L)}_j}.
 * a^{(L)} and z^{(L)} are the general a^{(l)} and z^{(l)} at l = L, and a^{(L-1)} the one at l = L − 1; read as names of
 * their own they were undefined, and C depended on nothing the steps differentiate by. The general definition is the
 * name labelled by the small letter ({@code a^l_j}) or indexed by it ({@code a^{(l)}_j}, read as a_{jl} where the document
 * writes {@code a^{(l-1)}}); a vector's ({@code a^{(l)} = \sigma(z^{(l)})}) gives the entries of a function applied to
 * each. Layers are instantiated from the capital down to the lowest layer the step writes only: the layers below are
 * names, as the input is.
 */
final class CapitalLayers {
    /** A capital label, and a layer above or below it: {@code L}, {@code Lminus1}. */
    private static final Pattern CAPITAL = Pattern.compile("([A-Z])(?:(plus|minus)(\\d+))?");
    /** Layers instantiated for one step at most. */
    private static final int MOST = 64;

    private CapitalLayers() {
    }

    /** The layer named by a capital that {@code name} labels: its base, the capital and the layers above it (−1 for L − 1). */
    private static Optional<Layer> layer(String name) {
        return Layer.of(name, CAPITAL);
    }

    /** The small letter of the general layer: l for L. */
    private static String small(Layer n) {
        return n.letter().toLowerCase(Locale.ROOT);
    }

    /**
     * The names the general definitions of the layer {@code name} names by a capital may have: a and a^{(l)} for a^{(L)} (the
     * layer letter an index or a label); none for another name.
     */
    static List<String> generalNames(String name) {
        return layer(name).map(n -> List.of(n.base(), Names.withLabel(n.base(), small(n)))).orElse(List.of());
    }

    /**
     * The definitions with every layer named by a capital that the sides reach defined as the general definition at that
     * layer, and the note that says so; empty where there is none.
     */
    static Optional<LabelLayers.Anchored> of(List<Expr> sides, Definitions definitions) {
        Map<String, Integer> lowest = new HashMap<>();
        for (Expr side : sides) {
            Exprs.any(side, x -> {
                named(x).ifPresent(n -> lowest.merge(n.letter(), Math.min(0, n.offset()), Math::min));
                return false;
            });
        }
        if (lowest.isEmpty()) {
            return Optional.empty();
        }
        Deque<Expr> todo = new ArrayDeque<>(sides);
        ComparedLabels.reached(sides, definitions).forEach(d -> todo.add(d.body()));
        Definitions next = definitions;
        Map<String, String> instantiated = new LinkedHashMap<>();
        while (!todo.isEmpty() && instantiated.size() < MOST) {
            List<Expr> leaves = new ArrayList<>();
            Exprs.any(todo.poll(), x -> {
                if (named(x).isPresent()) {
                    leaves.add(x);
                }
                return false;
            });
            for (Expr leaf : leaves) {
                Layer n = named(leaf).get();
                String name = LabelLayers.nameOf(leaf);
                Integer bottom = lowest.get(n.letter());
                if (bottom == null || n.offset() < bottom || next.of(name).isPresent()) {
                    continue; // a layer below those the step writes, or one the document defines itself
                }
                Optional<Instance> at = instance(leaf, n, definitions);
                if (at.isEmpty()) {
                    continue;
                }
                next = next.with(at.get().definition());
                instantiated.put(name, at.get().general());
                todo.add(at.get().definition().body());
            }
        }
        if (instantiated.isEmpty()) {
            return Optional.empty();
        }
        List<String> shown = instantiated.entrySet().stream().map(e -> {
            Layer n = layer(e.getKey()).get();
            String at = n.offset() == 0 ? n.letter() : n.letter() + (n.offset() > 0 ? " + " : " − ") + Math.abs(n.offset());
            return n.base() + "^{(" + at.replace(" ", "") + ")} as " + e.getValue() + " at " + small(n) + " = " + at;
        }).toList();
        return Optional.of(new LabelLayers.Anchored(next, "read " + String.join(", ", shown) + ": the general layer at the"
                + " layer the document names by a capital"));
    }

    /** A layer's definition, and the general name it was read from, as written ({@code a^{(l)}}). */
    private record Instance(Definition definition, String general) {
    }

    /** The definition of the named layer {@code leaf} from its general definition, labelled or indexed by the small letter. */
    private static Optional<Instance> instance(Expr leaf, Layer n, Definitions definitions) {
        String letter = small(n);
        List<String> indices = leaf instanceof Indexed x ? x.indices() : List.of();
        if (indices.stream().anyMatch(i -> Index.names(i).contains(letter))) {
            return Optional.empty();
        }
        Optional<Definition> labelled = definitions.of(Names.withLabel(n.base(), letter));
        if (labelled.isPresent()) {
            Definition g = labelled.get();
            if (g.indices().size() != indices.size()) {
                return Optional.empty();
            }
            Optional<Expr> body = relabelled(g.body(), letter, n.letter(), n.offset());
            Optional<Expr> target = relabelled(g.target(), letter, n.letter(), n.offset());
            return body.flatMap(b -> target.map(t -> new Instance(new Definition(t, b), n.base() + "^{" + letter + "}")));
        }
        Optional<Definition> indexed = definitions.of(n.base()).filter(g -> g.indices().contains(letter));
        if (indexed.isEmpty()) {
            return Optional.empty();
        }
        Definition g = indexed.get();
        String general = n.base() + "^{(" + letter + ")}";
        Optional<Expr> body = dropped(g.body(), letter, n.letter(), n.offset());
        if (g.indices().size() == indices.size() + 1) {
            Optional<Expr> target = dropped(g.target(), letter, n.letter(), n.offset());
            return body.flatMap(b -> target.map(t -> new Instance(new Definition(t, b), general)));
        }
        // a^{(l)} = σ(z^{(l)}) of vectors: its entry a^{(L)}_j is σ(z^{(L)}_j), a function applied to each entry
        if (g.indices().size() == 1 && !indices.isEmpty() && body.isPresent() && body.get() instanceof Fn f && f.args().size() == 1
                && f.args().get(0) instanceof Sym s && layer(s.name()).isPresent()) {
            Expr entry = new Fn(f.name(), List.of(new Indexed(s.name(), indices)));
            return Optional.of(new Instance(new Definition(leaf, entry), general));
        }
        return Optional.empty();
    }

    /** {@code e} with every name labelled by a layer of {@code letter} (l, lminus1) labelled by the capital's layer. */
    private static Optional<Expr> relabelled(Expr e, String letter, String capital, int offset) {
        Expr out = leaves(e, x -> {
            String name = LabelLayers.nameOf(x);
            Optional<LabelLayers.Layer> l = name == null ? Optional.empty()
                    : Layer.of(name).filter(a -> a.letter().equals(letter));
            if (l.isEmpty()) {
                return x;
            }
            String renamed = Layer.name(l.get().base(), capital, offset + l.get().offset());
            return x instanceof Indexed ix ? new Indexed(renamed, ix.indices()) : new Sym(renamed);
        });
        return mentions(out, letter) ? Optional.empty() : Optional.of(out);
    }

    /** {@code e} with the index {@code letter} (l, l − 1) of every name dropped, the name labelled by the capital's layer. */
    private static Optional<Expr> dropped(Expr e, String letter, String capital, int offset) {
        boolean[] fails = {false};
        Expr out = leaves(e, x -> {
            if (!(x instanceof Indexed ix)) {
                return x;
            }
            List<String> layer = ix.indices().stream().filter(i -> Index.names(i).contains(letter)).toList();
            if (layer.isEmpty()) {
                return x;
            }
            String i = layer.get(0);
            if (layer.size() > 1 || !Index.coefficients(i).equals(Map.of(letter, 1L)) || !Names.label(ix.name()).isEmpty()) {
                fails[0] = true;
                return x;
            }
            String renamed = Layer.name(ix.name(), capital, offset + (int) Index.offset(i));
            List<String> rest = ix.indices().stream().filter(k -> !k.equals(i)).toList();
            return rest.isEmpty() ? new Sym(renamed) : new Indexed(renamed, rest);
        });
        return fails[0] || mentions(out, letter) ? Optional.empty() : Optional.of(out);
    }

    /** {@code e} with {@code f} applied to each of its names. */
    private static Expr leaves(Expr e, java.util.function.UnaryOperator<Expr> f) {
        return e instanceof Indexed || e instanceof Sym ? f.apply(e) : Exprs.mapChildren(e, c -> leaves(c, f));
    }

    /** Whether the small letter is still written in {@code e}: as a number, a summed index or an index of a name. */
    private static boolean mentions(Expr e, String letter) {
        return Exprs.symbolNames(e).contains(letter) || Indices.free(e).contains(letter) || Exprs.any(e, x -> x instanceof Indexed ix
                && ix.indices().stream().anyMatch(i -> Index.names(i).contains(letter)));
    }

    /** The layer named by a capital that {@code x} is a name of, if it is one. */
    private static Optional<Layer> named(Expr x) {
        String name = LabelLayers.nameOf(x);
        return name == null ? Optional.empty() : layer(name);
    }
}
