package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters a document writes in bold and plain as one scalar ({@link VectorEntries}): a bold lowercase name is the vector
 * whose components are the plain name (LATEX-INPUT M5), unless the document never writes the plain name with a subscript
 * (no component c_i anywhere) and adds the plain name to an entry of a vector ({@code x_j + c}, {@code c - x_k}). Such a
 * name is a scalar wherever it is written plain, and written bold it is that scalar in every entry (the vector
 * {@code c\mathbf{1}}): {@code softmax(\mathbf{x}+c) = \frac{e^{\mathbf{x}+\mathbf{c}}}{\sum_j e^{x_j+c}}} adds the one c to
 * each x_j on both sides.
 */
final class BroadcastScalars {
    private static final String BOLD = "\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb|vb|vec)";
    private static final String LETTER = "(?:[a-z]|\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu"
            + "|xi|rho|sigma|tau|phi|varphi|chi|psi|omega)(?![a-zA-Z]))";
    private static final Pattern BOLD_NAME = Pattern.compile(BOLD + "\\s*\\{?\\s*(" + LETTER + ")\\s*\\}?");
    /** A component: a name and its subscript. */
    private static final String ENTRY = "(?:[a-zA-Z]|\\\\[a-zA-Z]+)\\s*\\}?\\s*_\\s*(?:\\{[^{}]*\\}|[a-zA-Z0-9])";
    /** The plain name: not a command's letters, not inside a font's braces, no script of its own. */
    private static final String PLAIN = "(?<![\\\\a-zA-Z{])(" + LETTER + ")(?!\\s*[_^a-zA-Z])";
    private static final Pattern ADDED_AFTER = Pattern.compile(ENTRY + "\\s*[+-]\\s*" + PLAIN);
    private static final Pattern ADDED_BEFORE = Pattern.compile(PLAIN + "\\s*[+-]\\s*" + ENTRY);

    private BroadcastScalars() {
    }

    /** The letters ({@code c}, {@code \lambda}) the document writes bold and also as a scalar added to an entry. */
    static Set<String> in(String document) {
        Set<String> bold = new LinkedHashSet<>();
        Matcher b = BOLD_NAME.matcher(document);
        while (b.find()) {
            bold.add(b.group(1));
        }
        Set<String> out = new LinkedHashSet<>();
        for (Pattern p : new Pattern[] {ADDED_AFTER, ADDED_BEFORE}) {
            Matcher m = p.matcher(document);
            while (m.find()) {
                String letter = m.group(1);
                if (bold.contains(letter) && !SubscriptedNames.writes(document, letter)) {
                    out.add(letter);
                }
            }
        }
        return out;
    }
}
