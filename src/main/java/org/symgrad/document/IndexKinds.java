package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;

/**
 * Two arrays written under one letter (SPEC §8): Koren's and Johnson's biases {@code b_u + b_i}, a user's and an
 * item's, in {@code s_{ui} = Σ_k x_{uk} y_{ik} + β_u + β_i}. Read as one array β, {@code ∂ℓ_u/∂β_u} would pick up
 * the item term where i = u; the author means two. The letters tell: index letters are of one kind where they share
 * a slot of an array (the letters of {@code s_{ui}} and {@code s_{uj}}'s second slot, the two of a δ); u and i are of
 * two kinds where, β aside,
 * <ul>
 *   <li>no array has them in one slot,</li>
 *   <li>each kind has an array of its own that the other never indexes ({@code x} of u, {@code y} of i), and</li>
 *   <li>one array has them in two different slots ({@code r_{ui}}, {@code s_{ui}}), as rows and columns.</li>
 * </ul>
 * Then β_u and β_i are two arrays, β of u's kind and β of i's kind, and a step false as one array is checked so and
 * says it. {@code Σ_i Σ_j A_{ij} a_i a_j} is one array a: no letter has an array of its own. Every β the step
 * reaches must be indexed by a letter of one of the two kinds, or nothing is split.
 */
final class IndexKinds {
    /** The step's sides and definitions with the array split, and the note that says so. */
    record Split(Definitions definitions, Function<Expr, Expr> sides, String note) {
    }

    private IndexKinds() {
    }

    /**
     * The split of an array the sides reach as two, if one array is written under two kinds of letter; never of a vector the
     * document writes whole in bold ({@code \mathbf{x}} in {@code (\mathbf{x} - \mathbf{y})^\top A (\mathbf{x} - \mathbf{b})}):
     * its entries x_i and x_j are of one vector, whatever other arrays their letters index.
     */
    static Optional<Split> of(List<Expr> sides, Definitions definitions, String document) {
        List<Definition> reached = ComparedLabels.reached(sides, definitions);
        List<Expr> all = new ArrayList<>(sides);
        reached.forEach(d -> {
            all.add(d.target());
            all.add(d.body());
        });
        for (Definition d : reached) {
            for (String array : sharedArrays(d.body(), definitions)) {
                if (writtenWhole(document, array)) {
                    continue;
                }
                Optional<Split> s = split(array, all, reached, definitions);
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the document writes the one-letter name bold and whole, without a subscript ({@code \mathbf{x}}, {@code \bm{x}^\top}). */
    private static boolean writtenWhole(String document, String name) {
        return name.matches("[A-Za-z]") && java.util.regex.Pattern.compile("\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*" + name
                + "\\s*\\}(?!\\s*_)").matcher(document).find();
    }

    /** The undefined arrays of one index that {@code body} writes at two different letters ({@code β_u + β_i}). */
    private static Set<String> sharedArrays(Expr body, Definitions definitions) {
        Map<String, Set<String>> letters = new TreeMap<>();
        Exprs.any(body, e -> {
            if (e instanceof Indexed x && x.indices().size() == 1 && Index.isSymbolic(x.indices().get(0))
                    && definitions.of(x.name()).isEmpty()) {
                letters.computeIfAbsent(x.name(), k -> new TreeSet<>()).add(x.indices().get(0));
            }
            return false;
        });
        Set<String> out = new TreeSet<>();
        letters.forEach((name, ls) -> {
            if (ls.size() == 2 && !name.contains("^")) {
                out.add(name);
            }
        });
        return out;
    }

    private static Optional<Split> split(String array, List<Expr> all, List<Definition> reached, Definitions definitions) {
        Map<String, Map<Integer, Set<String>>> slots = new TreeMap<>();
        List<List<String>> entries = new ArrayList<>();
        LetterKinds kinds = LetterKinds.of(all, array, slots, entries);
        if (entries.stream().anyMatch(ix -> ix.size() != 1 || !Index.isSymbolic(ix.get(0)))) {
            return Optional.empty(); // β_1, or β with two indices: not two vectors
        }
        Set<String> letters = new TreeSet<>();
        entries.forEach(ix -> letters.add(ix.get(0)));
        Map<String, List<String>> classes = new LinkedHashMap<>();
        letters.forEach(l -> classes.computeIfAbsent(kinds.of(l), k -> new ArrayList<>()).add(l));
        if (classes.size() != 2) {
            return Optional.empty();
        }
        List<String> roots = new ArrayList<>(classes.keySet());
        String a = roots.get(0);
        String b = roots.get(1);
        Optional<String> ownA = ownArray(slots, kinds, a, b);
        Optional<String> ownB = ownArray(slots, kinds, b, a);
        Optional<String> paired = pairedArray(slots, kinds, a, b);
        if (ownA.isEmpty() || ownB.isEmpty() || paired.isEmpty()) {
            return Optional.empty();
        }
        String letterA = classes.get(a).get(0);
        String letterB = classes.get(b).get(0);
        Map<String, String> names = new HashMap<>();
        classes.get(a).forEach(l -> names.put(l, array + "^(" + letterA + ")"));
        classes.get(b).forEach(l -> names.put(l, array + "^(" + letterB + ")"));
        Function<Expr, Expr> renamed = e -> rename(e, array, names);
        Definitions next = definitions;
        for (Definition d : reached) {
            Expr body = renamed.apply(d.body());
            if (!body.equals(d.body())) {
                next = next.with(new Definition(d.target(), body));
            }
        }
        String note = "read " + array + "_" + letterA + " and " + array + "_" + letterB + " as two arrays, " + array + "^("
                + letterA + ") and " + array + "^(" + letterB + "): " + letterA + " and " + letterB + " index different things ("
                + ownA.get() + " has " + letterA + ", " + ownB.get() + " has " + letterB + ", " + paired.get()
                + " has both, in different places), never the same place of another array";
        return Optional.of(new Split(next, renamed, note));
    }

    /** An array, β aside, indexed by a letter of kind {@code kind} and never by one of kind {@code other}. */
    private static Optional<String> ownArray(Map<String, Map<Integer, Set<String>>> slots, LetterKinds kinds, String kind, String other) {
        for (Map.Entry<String, Map<Integer, Set<String>>> e : slots.entrySet()) {
            Set<String> roots = new LinkedHashSet<>();
            e.getValue().values().forEach(ls -> ls.forEach(l -> roots.add(kinds.of(l))));
            if (roots.contains(kind) && !roots.contains(other)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** An array, β aside, with a letter of one kind in one slot and of the other kind in another ({@code r_{ui}}). */
    private static Optional<String> pairedArray(Map<String, Map<Integer, Set<String>>> slots, LetterKinds kinds, String a, String b) {
        for (Map.Entry<String, Map<Integer, Set<String>>> e : slots.entrySet()) {
            boolean hasA = false;
            boolean hasB = false;
            for (Set<String> ls : e.getValue().values()) {
                String root = kinds.of(ls.iterator().next());
                hasA |= root.equals(a);
                hasB |= root.equals(b);
            }
            if (hasA && hasB) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** {@code e} with each entry {@code array_l} renamed to its kind's array. */
    private static Expr rename(Expr e, String array, Map<String, String> names) {
        if (e instanceof Indexed x && x.name().equals(array) && x.indices().size() == 1 && names.containsKey(x.indices().get(0))) {
            return new Indexed(names.get(x.indices().get(0)), x.indices());
        }
        return Exprs.mapChildren(e, c -> rename(c, array, names));
    }
}
