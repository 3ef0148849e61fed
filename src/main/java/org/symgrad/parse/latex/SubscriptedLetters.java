package org.symgrad.parse.latex;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a document writes a letter with a subscript of its own ({@code u_i}, {@code u _t}), not as
 * the end of a longer name or of a command ({@code mu_i}, {@code \nu_i}): asked of the whole document
 * for each call such as {@code \mathbf{x}(u)_i}, and remembered for the document read last, as the
 * answer depends on the document's text and the letter alone.
 */
final class SubscriptedLetters {
    private static String document;
    private static final Map<String, Boolean> KNOWN = new HashMap<>();

    private SubscriptedLetters() {
    }

    /** Whether {@code document} writes {@code letter} (one small letter) followed by a subscript. */
    static synchronized boolean in(String document, String letter) {
        if (document != SubscriptedLetters.document) {
            SubscriptedLetters.document = document;
            KNOWN.clear();
        }
        return KNOWN.computeIfAbsent(letter,
                l -> Pattern.compile("(?<![A-Za-z\\\\])" + l + "\\s*_").matcher(document).find());
    }
}
