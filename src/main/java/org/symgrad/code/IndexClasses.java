package org.symgrad.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;

/**
 * Which indices run over the same range, found by unification: an index at position p of a name
 * runs over that name's axis p ({@code W_uv x_v}: v is W's axis 1 and x's axis 0, so both have
 * one length), {@code δ_ij} joins i and j, a definition's left side joins its indices to its
 * name's axes. Indices are scoped ({@code scope:index}) so that one letter in two statements or
 * two sums can be two ranges; within a scope, bound indices must have names of their own
 * ({@link org.symgrad.matrix.MatrixForm#apart}). Generated code takes each range's length from
 * an array that has it ({@code W.shape[1]}), and the gradient check draws one length per class.
 */
final class IndexClasses {
    /** An axis of a named array: position {@code axis} of {@code name}. */
    record Slot(String name, int axis) {
    }

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();

    private static String slotKey(String name, int axis) {
        return "slot\u0000" + name + "\u0000" + axis;
    }

    private static String indexKey(String scope, String index) {
        return "index\u0000" + scope + "\u0000" + index;
    }

    private String find(String key) {
        parent.putIfAbsent(key, key);
        String root = key;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String k = key;
        while (!parent.get(k).equals(root)) {
            String next = parent.get(k);
            parent.put(k, root);
            k = next;
        }
        return root;
    }

    private void union(String a, String b) {
        String x = find(a);
        String y = find(b);
        if (x.equals(y)) {
            return;
        }
        int rx = ranks.getOrDefault(x, 0);
        int ry = ranks.getOrDefault(y, 0);
        if (rx < ry) {
            parent.put(x, y);
        } else {
            parent.put(y, x);
            if (rx == ry) {
                ranks.put(x, rx + 1);
            }
        }
    }

    /** Records how {@code e}'s indices (in {@code scope}) meet the axes of the names it indexes. */
    void add(String scope, Expr e) {
        switch (e) {
            case Indexed x -> {
                for (int p = 0; p < x.indices().size(); p++) {
                    String i = x.indices().get(p);
                    find(slotKey(x.name(), p));
                    if (Index.isSymbolic(i)) {
                        union(indexKey(scope, i), slotKey(x.name(), p));
                    }
                }
            }
            case Delta d -> {
                if (Index.isSymbolic(d.i()) && Index.isSymbolic(d.j())) {
                    union(indexKey(scope, d.i()), indexKey(scope, d.j()));
                }
            }
            default -> Exprs.children(e).forEach(c -> add(scope, c));
        }
    }

    /** Joins index {@code index} of {@code scope} to axis {@code axis} of {@code name} (a definition's left side). */
    void join(String scope, String index, String name, int axis) {
        union(indexKey(scope, index), slotKey(name, axis));
    }

    /** Joins index {@code a} of one scope to index {@code b} of another. */
    void join(String scopeA, String a, String scopeB, String b) {
        union(indexKey(scopeA, a), indexKey(scopeB, b));
    }

    /** A representative of the range of {@code index} in {@code scope}. */
    String classOf(String scope, String index) {
        return find(indexKey(scope, index));
    }

    /** A representative of the range of axis {@code axis} of {@code name}. */
    String classOf(String name, int axis) {
        return find(slotKey(name, axis));
    }

    /**
     * An axis of an array whose name passes {@code available} that runs over the class
     * {@code representative}, preferring names in the order {@code preferred} gives them.
     */
    Optional<Slot> slot(String representative, List<String> preferred, Predicate<String> available) {
        List<Slot> candidates = new ArrayList<>();
        for (String key : List.copyOf(parent.keySet())) {
            if (key.startsWith("slot\u0000") && find(key).equals(representative)) {
                String[] parts = key.split("\u0000");
                candidates.add(new Slot(parts[1], Integer.parseInt(parts[2])));
            }
        }
        for (String name : preferred) {
            for (Slot s : candidates.stream().sorted(java.util.Comparator.comparingInt(Slot::axis)).toList()) {
                if (s.name().equals(name) && available.test(name)) {
                    return Optional.of(s);
                }
            }
        }
        return candidates.stream().filter(s -> available.test(s.name()))
                .min(java.util.Comparator.comparing(Slot::name).thenComparingInt(Slot::axis));
    }

    /** The distinct classes of the axes of {@code names} (each with its rank), in order of first appearance. */
    List<String> classesOf(Map<String, Integer> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach((name, rank) -> {
            for (int p = 0; p < rank; p++) {
                out.add(classOf(name, p));
            }
        });
        return List.copyOf(out);
    }
}
