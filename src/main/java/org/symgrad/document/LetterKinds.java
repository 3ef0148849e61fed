package org.symgrad.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;

/**
 * Index letters joined into kinds (union–find): letters a document writes in one place of one array index one kind
 * of thing ({@link IndexKinds}, {@link LayerWeights}). A letter's kind is named by its root.
 */
final class LetterKinds {
    private final Map<String, String> parent = new HashMap<>();

    /**
     * The kinds of the letters {@code all} writes, {@code array} aside: letters in one place of another array, or in one δ, are
     * of one kind. {@code slots} receives each other array's letters by place, {@code entries} the indices of each entry of
     * {@code array}.
     */
    static LetterKinds of(List<Expr> all, String array, Map<String, Map<Integer, Set<String>>> slots, List<List<String>> entries) {
        LetterKinds kinds = new LetterKinds();
        for (Expr e : all) {
            Exprs.any(e, x -> {
                if (x instanceof Indexed ix && ix.name().equals(array)) {
                    entries.add(ix.indices());
                } else if (x instanceof Indexed ix) {
                    for (int k = 0; k < ix.indices().size(); k++) {
                        if (Index.isSymbolic(ix.indices().get(k))) {
                            slots.computeIfAbsent(ix.name(), n -> new TreeMap<>()).computeIfAbsent(k, n -> new TreeSet<>())
                                    .add(ix.indices().get(k));
                        }
                    }
                } else if (x instanceof Delta dl) {
                    kinds.join(dl.i(), dl.j());
                }
                return false;
            });
        }
        slots.values().forEach(bySlot -> bySlot.values().forEach(ls -> ls.forEach(l -> kinds.join(ls.iterator().next(), l))));
        return kinds;
    }

    String of(String l) {
        String p = parent.getOrDefault(l, l);
        if (p.equals(l)) {
            return l;
        }
        String root = of(p);
        parent.put(l, root);
        return root;
    }

    void join(String x, String y) {
        String rx = of(x);
        String ry = of(y);
        if (!rx.equals(ry)) {
            parent.put(rx.compareTo(ry) < 0 ? ry : rx, rx.compareTo(ry) < 0 ? rx : ry);
        }
    }

    /** Whether an index is one lower-case letter, as the layers' letters are ({@code j}, {@code k}). */
    static boolean letter(String index) {
        return org.symgrad.expr.Index.isSymbolic(index) && index.matches("[a-z]");
    }
}
