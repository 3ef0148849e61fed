package org.symgrad.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Names;

/**
 * Two layers' weights written under one name (SPEC §8), as PRML §5.3 writes them: {@code a_j = \sum_i w_{ji} x_i}
 * and {@code y_k = \sum_j w_{kj} z_j}. The index letters name the layers — x has i, a and z have j, y and t have k —
 * so w_{ji} and w_{kj} are the first and the second layer's weights; read as one array w, the layers would share
 * their weights and the right {@code ∂E/∂w_{ji} = δ_j x_i} would be false. The letters tell where
 * <ul>
 *   <li>the definitions write the undefined array at two-letter pairs of two different sets of kinds,</li>
 *   <li>each pair joins two kinds (a layer to another), and each kind has an array of its own ({@code x_i}), the
 *       letters' kinds being those of the places of the other arrays they index ({@link LetterKinds}), each written at
 *       one letter throughout (z_j defined and used as z_j; {@code y_i = \sum_j W_{ij} x_j} used as y_l in
 *       {@code z_k = \sum_l W_{kl} y_l} is one W applied twice), and</li>
 *   <li>every entry of the array the step reaches is at a pair of one of those sets (w_{jk} is the second layer's,
 *       transposed).</li>
 * </ul>
 * Tied weights, {@code h_j = \sum_i w_{ji} x_i} and {@code \hat x_i = \sum_j w_{ji} h_j}, are one array: one set.
 */
final class LayerWeights {
    private LayerWeights() {
    }

    /** The split of the first array of the reached definitions written as two layers' weights, if there is one. */
    static Optional<IndexKinds.Split> of(List<Expr> sides, Definitions definitions) {
        List<Definition> reached = ComparedLabels.reached(sides, definitions);
        List<Expr> all = new ArrayList<>(sides);
        reached.forEach(d -> {
            all.add(d.target());
            all.add(d.body());
        });
        for (Map.Entry<String, Set<List<String>>> e : pairs(reached, definitions).entrySet()) {
            Optional<IndexKinds.Split> s = split(e.getKey(), e.getValue(), all, reached, definitions);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** The undefined arrays the definitions' bodies write at two letters, with the letter pairs of each, in order. */
    private static Map<String, Set<List<String>>> pairs(List<Definition> reached, Definitions definitions) {
        Map<String, Set<List<String>>> out = new TreeMap<>();
        for (Definition d : reached) {
            Exprs.any(d.body(), x -> {
                if (x instanceof Indexed ix && ix.indices().size() == 2 && ix.indices().stream().allMatch(LetterKinds::letter)
                        && !ix.name().contains("^") && definitions.of(ix.name()).isEmpty()) {
                    out.computeIfAbsent(ix.name(), n -> new LinkedHashSet<>()).add(ix.indices());
                }
                return false;
            });
        }
        return out;
    }

    private static Optional<IndexKinds.Split> split(String array, Set<List<String>> written, List<Expr> all,
            List<Definition> reached, Definitions definitions) {
        Map<String, Map<Integer, Set<String>>> slots = new TreeMap<>();
        List<List<String>> entries = new ArrayList<>();
        LetterKinds kinds = LetterKinds.of(all, array, slots, entries);
        Map<String, Set<String>> lettersOf = new TreeMap<>();
        slots.values().forEach(bySlot -> bySlot.values().forEach(ls -> ls.forEach(l -> lettersOf.computeIfAbsent(kinds.of(l),
                k -> new TreeSet<>()).add(l))));
        // one name per set of kinds, from the first pair the definitions write of it
        Map<Set<String>, String> layers = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (List<String> pair : written) {
            Set<String> set = kindSet(pair, kinds);
            if (set.size() != 2) {
                return Optional.empty(); // w_{jj}, or a pair of one kind: a square array, not a layer to another
            }
            for (String kind : set) {
                Optional<String> own = ownArray(slots, kinds, kind);
                if (own.isEmpty() || lettersOf.getOrDefault(kind, Set.of()).size() > 1) {
                    // a layer is written at its letter everywhere: y_i defined and used as y_l is one array W applied twice
                    return Optional.empty();
                }
                owners.putIfAbsent(kind, own.get() + " has " + firstLetter(written, kinds, kind));
            }
            layers.putIfAbsent(set, Names.withLabel(array, String.join("", pair)));
        }
        if (layers.size() < 2) {
            return Optional.empty();
        }
        for (List<String> entry : entries) {
            if (entry.size() != 2 || !entry.stream().allMatch(LetterKinds::letter) || !layers.containsKey(kindSet(entry, kinds))) {
                return Optional.empty();
            }
        }
        Function<Expr, Expr> renamed = e -> rename(e, array, kinds, layers);
        Definitions next = definitions;
        for (Definition d : reached) {
            Expr body = renamed.apply(d.body());
            if (!body.equals(d.body())) {
                next = next.with(new Definition(d.target(), body));
            }
        }
        List<String> shown = new ArrayList<>();
        for (List<String> pair : written) {
            String s = array + "_{" + String.join("", pair) + "}";
            if (shown.stream().noneMatch(p -> p.equals(s)) && layers.get(kindSet(pair, kinds)).endsWith("(" + String.join("", pair) + ")")) {
                shown.add(s);
            }
        }
        String note = "read " + listed(shown) + " as the weights of " + layers.size() + " layers, "
                + listed(List.copyOf(layers.values())) + ": the index letters name the layers (" + String.join(", ", owners.values())
                + "), as PRML §5.3 writes them; one array would tie the layers' weights";
        return Optional.of(new IndexKinds.Split(next, renamed, note));
    }

    /** {@code a, b and c}. */
    private static String listed(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static Set<String> kindSet(List<String> pair, LetterKinds kinds) {
        Set<String> out = new TreeSet<>();
        pair.forEach(l -> out.add(kinds.of(l)));
        return out;
    }

    private static String firstLetter(Set<List<String>> written, LetterKinds kinds, String kind) {
        return written.stream().flatMap(List::stream).filter(l -> kinds.of(l).equals(kind)).findFirst().orElse(kind);
    }

    /** An array, the split one aside, indexed only by letters of {@code kind}, in every place. */
    private static Optional<String> ownArray(Map<String, Map<Integer, Set<String>>> slots, LetterKinds kinds, String kind) {
        Optional<String> labelled = Optional.empty();
        for (Map.Entry<String, Map<Integer, Set<String>>> e : slots.entrySet()) {
            boolean only = e.getValue().values().stream().allMatch(ls -> ls.stream().allMatch(l -> kinds.of(l).equals(kind)));
            if (only && !e.getValue().isEmpty()) {
                if (!e.getKey().contains("^(")) {
                    return Optional.of(e.getKey());
                }
                // δ^(k) read at its letter (LetterDefinitions): named only where the document writes no other array there
                labelled = labelled.or(() -> Optional.of(e.getKey()));
            }
        }
        return labelled;
    }

    /** {@code e} with each entry of {@code array} renamed to the weights of its layer. */
    private static Expr rename(Expr e, String array, LetterKinds kinds, Map<Set<String>, String> layers) {
        if (e instanceof Indexed x && x.name().equals(array) && x.indices().size() == 2) {
            String name = layers.get(kindSet(x.indices(), kinds));
            return name == null ? e : new Indexed(name, x.indices());
        }
        return Exprs.mapChildren(e, c -> rename(c, array, kinds, layers));
    }
}
