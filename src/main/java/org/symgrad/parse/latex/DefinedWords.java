package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of several capitals that a document defines by writing them, unbraced, as the first side of
 * an equation ({@code FL = -(1 - p)^\gamma \log p}, {@code NLL = …}, {@code KL = …}): one word
 * wherever the document writes those letters together ({@code \frac{\partial FL}{\partial p}}), not
 * a product of letters (LATEX-INPUT X3 c). Elsewhere two capitals side by side stay a product.
 */
final class DefinedWords {
    /** A run of two to four capitals that starts a formula or a row and is followed by '=' (or '&='). */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:\\$\\$|\\\\\\[|\\\\\\\\|\\\\begin\\{[a-z*]+\\}|^)[ \\t\\n]*([A-Z]{2,4})[ \\t]*&?[ \\t]*:?=", Pattern.MULTILINE);

    /** {@code \\Delta\\theta_t = …}, {@code \\Delta w_{ij} = …}: an increment, one name Δθ (spelled Deltatheta). */
    private static final Pattern INCREMENT = Pattern.compile(
            "(?:\\$\\$|\\\\\\[|\\\\\\\\|\\\\begin\\{[a-z*]+\\}|^)[ \\t\\n]*\\\\Delta[ \\t]*(\\\\[a-z]+|[a-zA-Z])"
                    + "[ \\t]*(?:_\\{[^{}]*\\}|_[a-zA-Z0-9])?[ \\t]*&?[ \\t]*:?=", Pattern.MULTILINE);

    /**
     * The words of the documents read last, by their text, the most recently read kept (a few): a
     * document's formulas are read in turn with the snippets inside them (an inline definition's right
     * side, a vector's entries), so one remembered document was read again whole after each snippet,
     * its two searches over the whole text a tenth of checking it.
     */
    private static final Map<String, Set<String>> READ = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > 8;
        }
    };

    private DefinedWords() {
    }

    /** The one name {@code \\Delta} and the name written after it make: Deltatheta, Deltaw. */
    static String increment(String name) {
        return "Delta" + (name.startsWith("\\") ? LatexNames.greek(name) : name);
    }

    /** The words {@code document} defines so. */
    static synchronized Set<String> in(String document) {
        Set<String> known = READ.get(document);
        if (known == null) {
            Set<String> words = new LinkedHashSet<>();
            Matcher m = DEFINITION.matcher(document);
            while (m.find()) {
                words.add(m.group(1));
            }
            Matcher increment = INCREMENT.matcher(document);
            while (increment.find()) {
                words.add(increment(increment.group(1)));
            }
            known = Set.copyOf(words);
            READ.put(document, known);
        }
        return known;
    }
}
