package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.parse.GreekLetters;

/**
 * Plain (not bold) names with a layer label that a document writes as vectors or matrices by its notation alone
 * ({@link VectorEntries}): {@code y^{(1)T}} is the transpose of the layer vector y^{(1)}; the names added at the top of
 * a transposed bracket ({@code (y^{(2)} - t)^T}) or of the argument of diag ({@code \text{diag}(y^{(1)} * (1 - y^{(1)}))})
 * are vectors, as only a vector is transposed into a row or set on a diagonal; a labelled capital multiplied by such a
 * vector, by a bold lowercase vector ({@code W^{(1)} \mathbf{x}}) or by a transposed bracket ({@code W^{(2)} y^{(1)}}, {@code (y^{(2)} - t)^T W^{(2)}}) is a matrix. A labelled name
 * is one quantity throughout a document (the layer's activations), so a mark anywhere makes it a vector everywhere; a
 * name written with a subscript after its label ({@code y^{(2)}_k}) stays that vector's component. The label is a layer's, a
 * number or a capital; {@code x^{(i)\top}} is a sample's vector, read where the sample index is.
 */
final class PlainVectors {
    /** The keys, as {@link VectorEntries} spells a labelled name ({@code y^{(1)}}, {@code W^{(2)}}, {@code \delta^{(2)}}). */
    record Found(Set<String> vectors, Set<String> matrices) {
        boolean contains(String key) {
            return vectors.contains(key) || matrices.contains(key);
        }

        /** These and the {@code more} vectors. */
        Found withVectors(Set<String> more) {
            Set<String> all = new LinkedHashSet<>(vectors);
            all.addAll(more);
            return new Found(all, matrices);
        }
    }

    private static final String NAME = "(?<![\\\\a-zA-Z{])(\\\\[a-zA-Z]+|[a-zA-Z])";
    /** A layer label: a number or a capital ({@code ^{(2)}}, {@code ^{(L)}}); a lowercase letter is a sample's or step's, {@code x^{(i)}}. */
    private static final String LABEL = "\\s*\\^\\s*\\{\\s*\\(\\s*([0-9]+|[A-Z])\\s*\\)";
    private static final String MARK = "\\s*(?:T|\\\\top|\\\\intercal)";
    /** {@code y^{(1)T}}, {@code y^{(1)\top}}. */
    private static final Pattern TRANSPOSED = Pattern.compile(NAME + LABEL + MARK + "\\s*\\}");
    /** {@code y^{(1)}} as a whole name: no subscript after its label. */
    private static final Pattern LABELLED = Pattern.compile(NAME + LABEL + "\\s*\\}(?!\\s*_)");
    /** A bracket closing before a transpose: {@code )^T}, {@code \right)^{\top}}. */
    private static final Pattern CLOSE_TRANSPOSED = Pattern.compile("\\)\\s*\\^\\s*(?:\\{" + MARK + "\\s*\\}|" + MARK + ")");
    /** diag and its opening bracket: {@code \text{diag}(}, {@code \operatorname{diag}\left(}, {@code diag(}. */
    private static final Pattern DIAG = Pattern.compile("(?<![a-zA-Z])diag\\s*\\}?\\s*(?:\\\\left\\s*)?\\(");
    private static final Pattern GREEK_COMMANDS = Pattern.compile("\\\\(?:" + GreekLetters.ALTERNATION + ")");

    private PlainVectors() {
    }

    /** The labelled names the document writes as vectors and as matrices. */
    static Found in(String document) {
        Set<String> marked = new LinkedHashSet<>();
        Matcher t = TRANSPOSED.matcher(document);
        while (t.find()) {
            add(marked, t.group(1), t.group(2));
        }
        Matcher c = CLOSE_TRANSPOSED.matcher(document);
        while (c.find()) {
            int open = opening(document, c.start());
            if (open >= 0) {
                topLevel(document, open + 1, c.start(), marked);
            }
        }
        Matcher d = DIAG.matcher(document);
        while (d.find()) {
            int close = closing(document, d.end() - 1);
            if (close > 0) {
                topLevel(document, d.end(), close, marked);
            }
        }
        Set<String> vectors = new LinkedHashSet<>();
        Set<String> matrices = new LinkedHashSet<>();
        for (String key : marked) {
            (capital(key) ? matrices : vectors).add(key);
        }
        // a labelled capital multiplied by a vector on its right, or by a transposed vector or bracket on its left
        Matcher m = LABELLED.matcher(document);
        while (m.find()) {
            String key = key(m.group(1), m.group(2));
            if (!capital(key) || matrices.contains(key)) {
                continue;
            }
            if (vectorAfter(document, m.end(), vectors) || transposedBefore(document, m.start(), vectors)) {
                matrices.add(key);
            }
        }
        return new Found(vectors, matrices);
    }

    private static void add(Set<String> out, String name, String label) {
        if (name.startsWith("\\") && !GREEK_COMMANDS.matcher(name).matches()) {
            return;
        }
        out.add(key(name, label));
    }

    static String key(String name, String label) {
        return name + "^{(" + label + ")}";
    }

    private static boolean capital(String key) {
        return Character.isUpperCase(key.charAt(key.startsWith("\\") ? 1 : 0));
    }

    /** The labelled names at depth 0 of {@code document[from, to)}. */
    private static void topLevel(String document, int from, int to, Set<String> out) {
        Matcher m = LABELLED.matcher(document).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (depth(document, from, m.start()) == 0) {
                add(out, m.group(1), m.group(2));
            }
        }
    }

    /** The bracket depth at {@code at}, counting from {@code from}: parentheses and braces. */
    private static int depth(String document, int from, int at) {
        int depth = 0;
        for (int k = from; k < at; k++) {
            char ch = document.charAt(k);
            depth += ch == '(' || ch == '{' ? 1 : ch == ')' || ch == '}' ? -1 : 0;
        }
        return depth;
    }

    /** The {@code (} that the {@code )} at {@code close} closes, within one formula and one paragraph, or −1. */
    static int opening(String document, int close) {
        int level = 0;
        for (int k = close; k >= 0 && k > close - 2000; k--) {
            char ch = document.charAt(k);
            if (ch == '$' || ch == '\n' && k + 1 < document.length() && document.charAt(k + 1) == '\n') {
                return -1;
            }
            level += ch == ')' ? 1 : ch == '(' ? -1 : 0;
            if (level == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The {@code )} that closes the {@code (} at {@code open}, or −1. */
    private static int closing(String document, int open) {
        int level = 0;
        for (int k = open; k < document.length() && k < open + 2000; k++) {
            char ch = document.charAt(k);
            if (ch == '$') {
                return -1;
            }
            level += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (level == 0) {
                return k;
            }
        }
        return -1;
    }

    /** A bold lowercase name: {@code \mathbf{x}}, {@code \boldsymbol{x}}, {@code \bm x}. */
    private static final Pattern BOLD_LOWERCASE = Pattern.compile("\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{?\\s*[a-z](?![a-zA-Z])");
    private static final Pattern SEPARATOR = Pattern.compile("\\G(?:\\s|\\*|\\\\cdot|\\\\,|\\\\;|\\\\!)*");

    /** Whether a vector of {@code vectors} is written right after {@code at}, only spaces or a product sign between. */
    private static boolean vectorAfter(String document, int at, Set<String> vectors) {
        Matcher s = SEPARATOR.matcher(document);
        int from = s.find(at) ? s.end() : at;
        if (BOLD_LOWERCASE.matcher(document).region(from, document.length()).lookingAt()) {
            return true;
        }
        Matcher m = LABELLED.matcher(document).region(from, document.length());
        m.useTransparentBounds(true);
        return m.lookingAt() && vectors.contains(key(m.group(1), m.group(2)));
    }

    /** Whether a transposed bracket or a transposed vector of {@code vectors} ends right before {@code at}. */
    private static boolean transposedBefore(String document, int at, Set<String> vectors) {
        String before = document.substring(Math.max(0, at - 200), at).replaceAll("(?:\\s|\\*|\\\\cdot|\\\\,|\\\\;|\\\\!)*$", "");
        Matcher close = Pattern.compile("\\)\\s*\\^\\s*(?:\\{" + MARK + "\\s*\\}|" + MARK + ")$").matcher(before);
        if (close.find()) {
            return true;
        }
        Matcher v = Pattern.compile(NAME + LABEL + MARK + "\\s*\\}$").matcher(before);
        return v.find() && vectors.contains(key(v.group(1), v.group(2)));
    }
}
