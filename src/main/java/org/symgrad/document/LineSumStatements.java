package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prose says of a matrix whose rows (or columns) are one-hot, sum to one or are probability distributions
 * (SPEC §8), as the directive it stands for — {@link SumToOneStatements} reads the same of a vector:
 * <ul>
 * <li>one-hot: "labels $Y$ whose rows are one-hot", "each row of $Y$ is one-hot", "$Y$ has one-hot rows",
 *     "$Y$ with one-hot columns" — {@code Y one-hot rows} ({@code Y one-hot columns});</li>
 * <li>a sum to one in words: "$A$ whose rows sum to 1", "each column of $A$ sums to one" — {@code sum_k A_{ik} = 1}
 *     ({@code sum_i A_{ik} = 1});</li>
 * <li>a sum to one in inline math: {@code $\sum_{c} Y_{ic} = 1$}, {@code $\sum_{i=1}^{n} A_{i,j} = 1$} — the sum as
 *     written, over the last index (each row) or the first (each column);</li>
 * <li>distributions: "the rows of $Q$ are probability distributions", "$Q$ whose columns lie on the simplex" —
 *     {@code Q simplex rows} ({@code Q simplex columns}).</li>
 * </ul>
 * The matrix is inline math holding one letter, possibly bold, possibly with its space ({@code $Y \in \{0,1\}^{n \times K}$}),
 * or one capital written as a word. A row and a column are kept apart: what is said of the rows assumes nothing of the
 * columns, nor of a vector of the same name. A negated or restricted statement ("whose rows need not sum to one",
 * "unless each row of $Y$ is one-hot") and a statement about a matrix the document defines assume nothing.
 */
final class LineSumStatements {
    /** Inline math holding one letter, possibly bold and with the set it lies in: $Y$, $\mathbf{Y} \in \mathbb{R}^{n \times K}$. */
    private static final String MATH_MATRIX = "\\$\\s*(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb)\\s*\\{\\s*)?(?<math>[A-Za-z])\\s*\\}?"
            + "\\s*(?:\\\\in\\s[^$]{1,60})?\\$";
    /** One capital written as a word, as {@link SumToOneStatements} reads one. */
    private static final String WORD_MATRIX = "(?<![\\p{L}\\\\_^{$'])(?<word>[B-HJ-Z])(?![\\p{L}\\p{N}_^{}('$-])";
    private static final String MATRIX = "(?:" + MATH_MATRIX + "|" + WORD_MATRIX + ")";
    private static final String LINES = "(?<lines>rows?|columns?)";
    private static final String ASSERTING = "(?:a|an|the|also|always|assumed|taken|given|here|all|each|exactly|valid|proper|discrete)";
    /** What is said of a row: one-hot (hot), sums to one (sums), a distribution (otherwise). */
    private static final String SAID = "(?:(?:is|are|be)\\s+(?:" + ASSERTING + "\\s+){0,3}(?:(?<hot>one[- ]?hot)(?:[- ]encoded)?"
            + "|probability\\s+(?:distributions?|vectors?)|distributions?|on\\s+the\\s+(?:probability\\s+)?simplex)"
            + "|(?:(?:all|always|must|each|also|then|now|therefore|thus)\\s+){0,2}(?:(?<sums>(?:sums?|adds?)(?:\\s+up)?\\s+to\\s+"
            + "(?:1(?![\\p{N}]|[.,]\\d)|one\\b|unity\\b|\\$\\s*1\\s*\\$)(?!\\s*[-−+*/^]\\s*[\\p{L}\\p{N}\\\\]))"
            + "|lies?\\s+on\\s+the\\s+(?:probability\\s+)?simplex))";
    /** "$Y$ whose rows are one-hot", "$A$, whose columns sum to 1", "$Y$ such that each row is one-hot". */
    private static final Pattern WHOSE = Pattern.compile("(?i)" + MATRIX + "\\s*,?\\s*(?:whose|where\\s+(?:the|each|every|its)|such\\s+that"
            + "\\s+(?:the|each|every|its)|with\\s+(?:the|each|every|its))\\s+(?:(?:each|every|of\\s+which)\\s+)?" + LINES + "\\s+" + SAID);
    /** "each row of $Y$ is one-hot", "the columns of the matrix $A$ sum to one". */
    private static final Pattern OF = Pattern.compile("(?i)\\b" + LINES + "\\s+of\\s+(?:the\\s+)?(?:(?:label|target|transition"
            + "|probability|stochastic)\\s+)?(?:matrix\\s+)?" + MATRIX + "\\s+" + SAID);
    /**
     * "$Y$ has one-hot rows", "$Y$ with one-hot columns", and in a list of declarations without the verb,
     * "$Y \in \{0,1\}^{N \times K}$ one-hot rows".
     */
    private static final Pattern HAS = Pattern.compile("(?i)" + MATRIX + "\\s*,?\\s+(?:(?:has|have|with)\\s+)?(?<hot>one[- ]?hot)(?:[- ]encoded)?"
            + "\\s+" + LINES + "\\b");
    /**
     * Inline math that is one sum to one over one index of a matrix and nothing else: {@code $\sum_{c} Y_{ic} = 1$},
     * {@code $\sum_{j=1}^{K} \mathbf{A}_{i,j} = 1$}; group 1 or 2 the Σ's index, 3 or 4 the matrix, 5 and 6 its indices.
     */
    private static final Pattern SUM_TO_ONE_MATH = Pattern.compile("\\$\\s*\\\\sum\\s*_\\s*(?:\\{\\s*([a-z])\\s*(?:=[^{}$]*)?\\}|([a-z]))"
            + "\\s*(?:\\^\\s*(?:\\{[^{}$]*\\}|[A-Za-z0-9]))?\\s*"
            + "(?:\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]|" + SumToOneStatements.GREEK + "))"
            + "\\s*_\\s*\\{\\s*([a-z])\\s*,?\\s*([a-z])\\s*\\}\\s*=\\s*1\\s*[.,;]?\\s*\\$");
    /** A negation or restriction right before a statement: it then assumes nothing. */
    private static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|\\bnever|\\bno|\\bunlike|\\binstead of|\\brather than"
            + "|\\bnon|\\bunless|\\bwhether|\\bonly|\\bneed not|\\bneither)[\\s-]*(?:[a-z]+\\s+){0,2}$");

    private LineSumStatements() {
    }

    /** The assumptions {@code prose} states of the rows or columns of matrices, in symgrad's ASCII, in the order of the kinds above. */
    static List<String> find(String prose, Predicate<String> defined) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(WHOSE, OF, HAS)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                String name = m.group("math") != null ? m.group("math") : m.group("word");
                if (name == null || defined.test(name) || negated(prose, m.start())) {
                    continue;
                }
                boolean columns = m.group("lines").toLowerCase(java.util.Locale.ROOT).startsWith("column");
                String lines = columns ? "columns" : "rows";
                if (m.group("hot") != null) {
                    add(out, name + " one-hot " + lines);
                } else if (p != HAS && m.group("sums") != null) {
                    add(out, columns ? "sum_i " + name + "_{ik} = 1" : "sum_k " + name + "_{ik} = 1");
                } else {
                    add(out, name + " simplex " + lines);
                }
            }
        }
        Matcher m = SUM_TO_ONE_MATH.matcher(prose);
        while (m.find()) {
            String index = m.group(1) != null ? m.group(1) : m.group(2);
            String matrix = m.group(3) != null ? m.group(3) : SumToOneStatements.asciiName(m.group(4));
            String first = m.group(5);
            String second = m.group(6);
            if (!first.equals(second) && (index.equals(first) || index.equals(second)) && !negated(prose, m.start())
                    && !defined.test(matrix)) {
                add(out, "sum_" + index + " " + matrix + "_{" + first + second + "} = 1");
            }
        }
        return out;
    }

    private static boolean negated(String prose, int at) {
        return NEGATION.matcher(prose.substring(Math.max(0, at - 24), at)).find();
    }

    private static void add(List<String> out, String a) {
        if (!out.contains(a)) {
            out.add(a);
        }
    }
}
