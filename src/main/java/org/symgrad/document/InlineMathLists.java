package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline math written as a list after a case word, each piece one condition: "For a dissimilar pair inside the margin
 * ($y = 1$, $d < m$)", "if $\mu = 0$ and $x > 0$", "when $a = 1$; $b < c$". A case reader reads every piece of the
 * list, not only the first.
 */
final class InlineMathLists {
    /** One piece of inline math, {@code $…$}; its body is the group {@code math}. */
    static final String PIECE = "\\$(?<math>[^$]+)\\$";
    /** Inline math ({@link #PIECE}) anywhere. */
    static final Pattern ANY = Pattern.compile(PIECE);
    /** A separator, then the next piece's inline math (its body: {@code math}). */
    private static final Pattern NEXT = Pattern.compile("\\G\\s*(?:,\\s*and|,|;|and)\\s*" + PIECE);

    /** The body of one piece of inline math: {@code [start, end)} of the text. */
    record Piece(int start, int end) {
    }

    /** The pieces of a list, in order, and where the list ends (after its last closing {@code $}). */
    record Listed(List<Piece> pieces, int end) {
    }

    private InlineMathLists() {
    }

    /** The list whose first inline math has its body at {@code [start, end)} of {@code text}, that one first. */
    static Listed from(String text, int start, int end) {
        List<Piece> pieces = new ArrayList<>(List.of(new Piece(start, end)));
        Matcher m = NEXT.matcher(text);
        int at = end + 1;
        while (at <= text.length() && m.find(at)) {
            pieces.add(new Piece(m.start("math"), m.end("math")));
            at = m.end();
        }
        return new Listed(pieces, at);
    }
}
