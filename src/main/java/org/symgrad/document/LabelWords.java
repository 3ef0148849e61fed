package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.parse.latex.LatexContext;

/**
 * Values of a label that the prose names by words, and the case a later sentence states by such a word: "with label $y$ (1
 * similar, 0 dissimilar)" or "$y = 0$ for dissimilar pairs", then "For a dissimilar pair with $d < m$:" is the special case
 * y = 0 ({@link SpecialCases}) of the display below. Only a word bound to a value of one label, and only the case phrase
 * "for/if/when (a, an, the, each, every) WORD" with the word standing alone.
 */
final class LabelWords {
    /** A label's value in the gloss, alone or as an equation of the label: {@code 1}, {@code $0$}, {@code $y = 1$}; group the value. */
    private static final String VALUE = "\\$?\\s*(?:[A-Za-z]\\s*=\\s*)?([01]|-1)\\s*\\$?";
    /**
     * "label $y$ (1 similar, 0 dissimilar)", "(1 = similar, 0 = dissimilar)", "($y = 1$ similar, $y = 0$ dissimilar)": groups
     * name, value, word, value, word.
     */
    private static final Pattern LISTED = Pattern.compile("\\$\\s*([A-Za-z])\\s*\\$\\s*\\(\\s*" + VALUE + "\\s*(?:=|:|for|if|means)?\\s*"
            + "([a-z][a-z-]+)\\s*[,;]\\s*(?:and\\s+)?" + VALUE + "\\s*(?:=|:|for|if|means)?\\s*([a-z][a-z-]+)\\s*\\)");
    /** "$y = 0$ for dissimilar pairs", "$y = 1$ if the pair is similar": groups name, value, word. */
    private static final Pattern SAID = Pattern.compile("\\$\\s*([A-Za-z])\\s*=\\s*([01]|-1)\\s*\\$\\s*(?:for|if|when)\\s+"
            + "(?:(?:a|an|the|each|every)\\s+)?(?:(?:pair|pairs|example|examples|sample|samples)\\s+(?:is|are)\\s+)?([a-z][a-z-]+)");
    /** The case phrase: group 1 the word. */
    private static final Pattern CASE = Pattern.compile("(?i)\\b(?:for|if|when)\\s+(?:(?:a|an|the|each|every|all)\\s+)?([a-z][a-z-]+)\\b");

    private LabelWords() {
    }

    /** The special case the prose {@code document[start, end)} states by a word the document before it binds to a label's value. */
    static List<SpecialCases.Special> before(String document, int start, int end, LatexContext context, int line) {
        Map<String, String> bound = bindings(document.substring(0, start));
        if (bound.isEmpty()) {
            return List.of();
        }
        String prose = document.substring(start, end);
        Matcher m = CASE.matcher(prose);
        String found = null;
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (bound.containsKey(word) && !ProseParameterRanges.negated(prose, m.start())) {
                found = bound.get(word);
            }
        }
        return found == null ? List.of() : SpecialCases.of(found, context, line);
    }

    /** Each word the text binds to a label's value, as the equation it means ({@code y = 0}); a word bound twice is dropped. */
    private static Map<String, String> bindings(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher l = LISTED.matcher(text);
        while (l.find()) {
            bind(out, l.group(3), l.group(1) + " = " + l.group(2));
            bind(out, l.group(5), l.group(1) + " = " + l.group(4));
        }
        Matcher s = SAID.matcher(text);
        while (s.find()) {
            bind(out, s.group(3), s.group(1) + " = " + s.group(2));
        }
        return out;
    }

    private static void bind(Map<String, String> out, String word, String equation) {
        String w = word.toLowerCase(Locale.ROOT);
        out.merge(w, equation, (a, b) -> a.equals(b) ? a : null);
    }
}
