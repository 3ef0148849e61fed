package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a search over a whole document found, for the few documents read last (by their text): a
 * document's formulas are read in turn with the snippets inside them (an inline definition's right
 * side, a vector's entries), so a search made again for each formula or snippet would read the
 * whole document again each time. Safe to share between threads.
 *
 * @param <V> what the search finds (immutable)
 */
final class RecentTexts<V> {
    private static final int KEPT = 8;

    private final Function<String, V> search;
    private final Map<String, V> found = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > KEPT;
        }
    };

    RecentTexts(Function<String, V> search) {
        this.search = search;
    }

    /** What the search finds in {@code text}, searched once while the text is among the last read. */
    synchronized V in(String text) {
        V known = found.get(text);
        if (known == null) {
            known = search.apply(text);
            found.put(text, known);
        }
        return known;
    }
}
