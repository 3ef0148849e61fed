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
                if (bold.contains(letter) && !subscripted(document, letter)) {
                    out.add(letter);
                }
            }
        }
        return out;
    }

    /** Whether the document writes the name with a subscript anywhere: {@code c_i}, {@code \mathbf{c}_i}, {@code \mathbf{c_i}}. */
    static boolean subscripted(String document, String letter) {
        if (!NAME.matcher(letter).matches()) {
            return Pattern.compile(BEFORE_NAME + Pattern.quote(letter) + SUBSCRIPT).matcher(document).find();
        }
        return SUBSCRIPTED.in(document).contains(letter);
    }

    /** A letter or a command's name ({@code c}, {@code \lambda}): one search of a document finds every such name it subscripts. */
    private static final Pattern NAME = Pattern.compile("\\\\?[a-zA-Z]+");
    /** Not a command's letters, nor the end of a longer name. */
    private static final String BEFORE_NAME = "(?<![\\\\a-zA-Z])";
    /** The name whole, then its subscript: {@code _}, also after the font's closing brace. */
    private static final String SUBSCRIPT = "(?![a-zA-Z])\\s*\\}?\\s*_";
    /**
     * Every name a document writes with a subscript, each found where it starts (the whole run of letters there, so
     * where {@code subscripted} finds one name, this finds the same name), for the documents read last: the
     * question is asked for each letter of each vector's entries, and searching the whole document for each was a
     * sixteenth of checking a homework.
     */
    private static final Pattern ANY_SUBSCRIPTED = Pattern.compile(BEFORE_NAME + "(" + NAME.pattern() + ")" + SUBSCRIPT);
    private static final RecentTexts<Set<String>> SUBSCRIPTED = new RecentTexts<>(document -> {
        Set<String> names = new java.util.HashSet<>();
        Matcher m = ANY_SUBSCRIPTED.matcher(document);
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    });
}
