package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain capitals a document makes matrices by what it states of them, for {@link VectorNameScan#seeCapitals}: declared with
 * two dimensions ({@code Y \in \mathbb{R}^{n \times K}}) or defined by their entries in inline math
 * ({@code $P_{ik} = \frac{e^{Z_{ik}}}{\sum_c e^{Z_{ic}}}$}) and nowhere as a whole ({@code P = …}). Written plainly, such a
 * capital is a matrix ({@code X^\top(P - Y)}); written with a subscript it is one of its entries, a number.
 */
final class PlainMatrices {
    /** Display math (group 1) and inline math (group 2) in Markdown and LaTeX. */
    private static final Pattern MATH = Pattern.compile("\\$\\$(.*?)\\$\\$|\\\\\\[(.*?)\\\\\\]|\\$(.*?)\\$|\\\\\\((.*?)\\\\\\)", Pattern.DOTALL);
    private static final String DEFINES = "\\s*(?:=|:=|\\\\coloneqq|\\\\triangleq)";
    /** Math that starts by defining a capital's entry at two indices (group 1): {@code P_{ik} = …}, {@code A_{i,j} := …}. */
    private static final Pattern ENTRY_DEFINED = Pattern.compile("^\\s*([A-Z])\\s*_\\s*\\{\\s*[a-z]\\s*,?\\s*[a-z]\\s*\\}" + DEFINES);
    /** Math that starts by defining a capital as a whole (group 1): {@code P = …}, {@code P := …}. */
    private static final Pattern WHOLE_DEFINED = Pattern.compile("^\\s*([A-Z])" + DEFINES);

    /** A capital, perhaps decorated, written at two index letters (group 1): {@code Y_{ik}}, {@code \hat{Y}_{ik}}, {@code P_{i,k}}. */
    private static final Pattern ENTRY = Pattern.compile("(?<![\\\\a-zA-Z])([A-Z])\\s*\\}?\\s*_\\s*\\{\\s*[a-z]\\s*,?\\s*[a-z]\\s*\\}");

    private PlainMatrices() {
    }

    /**
     * The capitals the document writes by their entries at two index letters somewhere ({@code Y_{ik}}, {@code \hat{Y}_{ik}}):
     * matrices, never numbers, wherever they are written whole.
     */
    static Set<String> entryWritten(String document) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ENTRY.matcher(document);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The plain capitals {@code declared} makes matrices, with those {@code document} defines by their entries only. */
    static Set<String> in(String document, Map<String, Dimensions.Declared> declared) {
        Set<String> out = new LinkedHashSet<>();
        for (Dimensions.Declared d : declared.values()) {
            if (!d.bold() && d.matrix() && d.key().matches("[A-Z]")) {
                out.add(d.key());
            }
        }
        Set<String> whole = new LinkedHashSet<>();
        Set<String> entries = new LinkedHashSet<>();
        Matcher math = MATH.matcher(document);
        while (math.find()) {
            boolean inline = math.group(3) != null || math.group(4) != null;
            String text = math.group(1) != null ? math.group(1) : math.group(2) != null ? math.group(2)
                    : math.group(3) != null ? math.group(3) : math.group(4);
            Matcher w = WHOLE_DEFINED.matcher(text);
            if (w.find()) {
                whole.add(w.group(1));
            }
            Matcher e = ENTRY_DEFINED.matcher(text);
            if (inline && e.find()) {
                entries.add(e.group(1));
            }
        }
        entries.removeAll(whole);
        out.addAll(entries);
        return out;
    }
}
