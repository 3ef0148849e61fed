package org.symgrad.document;

import java.util.HashMap;
import java.util.Map;

/**
 * Index letters joined into kinds (union–find): letters a document writes in one place of one array index one kind
 * of thing ({@link IndexKinds}, {@link LayerWeights}). A letter's kind is named by its root.
 */
final class LetterKinds {
    private final Map<String, String> parent = new HashMap<>();

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
}
