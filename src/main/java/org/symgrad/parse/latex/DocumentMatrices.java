package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain capitals a document uses as matrices somewhere, for {@link VectorNameScan}: its mathematics writes the capital
 * transposed ({@code C^\top}, {@code X^{-\top}}), under a determinant ({@code \det X}), defined as a diagonal matrix
 * ({@code C = \mathrm{diag}(c_1, \dots, c_n)}) or multiplied with a bold vector
 * ({@code \mathbf{w}^\top P \mathbf{w}}, {@code A\mathbf{x}}) or standing as the matrix of a quadratic form ({@code (x - \mu)^\top \Lambda (x - \mu)}), or its prose calls it a matrix ("Let $C$ be a diagonal matrix",
 * "the symmetric positive definite $P$", "a weight matrix $W$", "$C$ is diagonal"). Such a capital before parentheses that
 * hold a vector expression multiplies them ({@code X^\top C (X\mathbf{w} - \mathbf{y})}, {@code P(\mathbf{w} + \mathbf{m})})
 * where nothing else makes it a function ({@link #calledOnVector}). A capital the document writes only inverted is no
 * evidence: {@code N^{-1}} is as often a number's reciprocal.
 */
final class DocumentMatrices {
    private static final String BOLD = "\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb|vb)";
    private static final String BOLD_LOWER = BOLD + "\\s*\\{\\s*(?:[a-z]|\\\\[a-z]+)\\s*\\}";
    /** A plain Latin capital no letter or command touches (group 1). */
    private static final String CAPITAL = "((?<![a-zA-Z\\\\{])[A-Z]|\\\\(?:Sigma|Lambda|Omega))(?![a-zA-Z_])";
    private static final String TRANSPOSE = "\\s*\\^\\s*(?:\\{\\s*-?\\s*(?:\\\\top|T|\\\\intercal)\\s*\\}|\\\\top|T(?![a-zA-Z])|\\\\intercal)";
    private static final Pattern TRANSPOSED = Pattern.compile(CAPITAL + TRANSPOSE);
    /** {@code GV^\top}, {@code QK^\top}: the last of a run of capitals, transposed (the product's last factor, a matrix; group 1). */
    private static final Pattern TRANSPOSED_AFTER_CAPITALS = Pattern.compile("(?<![a-zA-Z\\\\{])[A-Z]{1,2}([A-Z])" + TRANSPOSE);
    private static final Pattern DETERMINANT = Pattern.compile("\\\\det\\s*\\(?\\s*([A-Z])(?![a-zA-Z_])");
    /** {@code C\mathbf{x}}: a capital right before a bold lower-case vector. */
    private static final Pattern BEFORE_VECTOR = Pattern.compile(CAPITAL + "\\s*(?:\\\\[,;!: ]\\s*)?" + BOLD_LOWER);
    /** {@code \mathbf{x}^\top C}: a transposed bold vector right before a capital. */
    private static final Pattern AFTER_ROW = Pattern.compile(BOLD_LOWER + TRANSPOSE + "\\s*(?:\\\\[,;!: ]\\s*)?" + CAPITAL);
    /**
     * {@code (x - \mu)^\top \Lambda (x - \mu)}, {@code x^\top A x}: a capital after a transposed bracket before a bracket, or after a
     * transposed plain letter, the matrix of a quadratic form or bilinear form.
     */
    private static final Pattern QUADRATIC_FORM = Pattern.compile("(?:\\)|(?<![a-zA-Z\\{_^])[a-z])" + TRANSPOSE
            + "\\s*(?:\\\\[,;!: ]\\s*)?" + CAPITAL + "\\s*(?:\\\\left\\s*)?[(a-z]");
    /** {@code C = \mathrm{diag}(…)}: a capital defined as a diagonal matrix. */
    private static final Pattern DIAGONAL = Pattern.compile(CAPITAL + "\\s*(?:=|:=|\\\\coloneqq|\\\\triangleq)\\s*"
            + "\\\\(?:(?:mathrm|operatorname|text)\\s*\\{\\s*diag\\s*\\}|diag(?![a-zA-Z]))");
    /** Inline math that is one capital, perhaps bold: {@code $C$}, {@code $\mathbf{C}$} (group 1). */
    private static final String NAMED = "\\$\\s*(?:" + BOLD + "\\s*\\{?\\s*)?([A-Z]|\\\\(?:Sigma|Lambda|Omega))\\s*\\}?\\s*\\$";
    /** What makes a capital a matrix in words. */
    private static final String MATRIX_WORD = "(?:matri(?:x|ces)|diagonal|positive\\s+(?:semi-?)?definite|symmetric)(?!\\s+(?:of|to)\\b)";
    /** Words between "is" and what it is: "is a real", "be the symmetric", "be an $n \times n$". */
    private static final String ARTICLES = "(?:(?:a|an|the|real|some|fixed|given|known|\\$[^$]{1,24}\\$)\\s+)*";
    /** One or more such names: {@code $C$}, {@code $C$ and $D$}, {@code $A$, $B$} (group 1). */
    private static final String NAMES = "((?:" + NAMED.replace("([A-Z]|", "(?:[A-Z]|") + "\\s*(?:,\\s*|\\s+and\\s+)?)+)";
    /** "$C$ is diagonal", "Let $P$ be the symmetric positive definite posterior precision", "$C$ and $D$ are diagonal". */
    private static final Pattern SAID_FIRST = Pattern.compile(NAMES + "\\s*(?:is|are|be|denotes?)\\s+" + ARTICLES + MATRIX_WORD + "\\b");
    /** "a diagonal matrix $C$", "the weight matrix $W$", "symmetric positive definite matrices $X$", "a positive definite $P$". */
    private static final Pattern SAID_AFTER = Pattern.compile("(?i:\\b" + MATRIX_WORD + "\\s+(?:(?!(?:of|in|on|from|with|and|to|entries"
            + "|elements|part)\\b)[a-z-]+\\s+){0,3}?)" + NAMES);
    /** Inline or display math in Markdown and LaTeX. */
    private static final Pattern MATH = Pattern.compile("\\$\\$.*?\\$\\$|\\$.*?\\$|\\\\\\[.*?\\\\\\]|\\\\\\(.*?\\\\\\)"
            + "|\\\\begin\\{([a-zA-Z*]+)\\}.*?\\\\end\\{\\1\\}", Pattern.DOTALL);
    /** {@code C(\mathbf{x})}: a capital called on one bold vector alone, a function of it ({@code J(\mathbf{w})}, {@code H(\boldsymbol\theta)}). */
    private static final Pattern ON_VECTOR = Pattern.compile(CAPITAL + "\\s*(?:\\\\left\\s*)?\\(\\s*(?:" + BOLD_LOWER + "|" + BOLD
            + "\\s*\\\\[a-z]+)\\s*(?:\\\\right\\s*)?\\)");

    private DocumentMatrices() {
    }

    /** The capitals the document uses as matrices, in its mathematics or in words. */
    static Set<String> in(String document) {
        Set<String> out = new LinkedHashSet<>();
        Matcher math = MATH.matcher(document);
        while (math.find()) {
            for (Pattern p : new Pattern[] {TRANSPOSED, TRANSPOSED_AFTER_CAPITALS, DETERMINANT, BEFORE_VECTOR, AFTER_ROW, DIAGONAL,
                    QUADRATIC_FORM}) {
                Matcher m = p.matcher(math.group());
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        for (Pattern p : new Pattern[] {SAID_FIRST, SAID_AFTER}) {
            Matcher m = p.matcher(document);
            while (m.find()) {
                Matcher each = Pattern.compile(NAMED).matcher(m.group(1));
                while (each.find()) {
                    out.add(each.group(1));
                }
            }
        }
        return out;
    }

    /**
     * The capitals the document writes called on one bold vector and nothing else ({@code J(\mathbf{w})}): functions of a
     * vector (a Jacobian, a Hessian at a point), whose parentheses never multiply.
     */
    static Set<String> calledOnVector(String document) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ON_VECTOR.matcher(document);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
