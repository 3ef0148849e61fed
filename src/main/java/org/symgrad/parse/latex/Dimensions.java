package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes a document declares for its vectors and matrices ({@link VectorEntries}): {@code \mathbf{W}_1: D_x \times H},
 * {@code \boldsymbol{b}_1: 1 \times H}, {@code \mathbf{W} \in \mathbb{R}^{m \times n}}, {@code \mathbf{x} \in \mathbb{R}^{d}},
 * in display math or in the text, anywhere in the document (a homework often states them after the steps that use
 * them). A declared shape is a layout fact: the entry-by-entry reading gives the name that shape, a dimension written
 * by one name the same size wherever it is declared, and a vector declared {@code 1 \times n} (or {@code n \times 1})
 * says how the document lays out its vectors: as rows (or as columns).
 */
public final class Dimensions {
    /**
     * A declared shape: the name's key as {@link VectorEntries} spells it ({@code W^{(1)}}, {@code x}), its dimensions as written,
     * and whether the declaration makes the name a vector or matrix wherever it is written: it is written bold in a
     * {@code :} or {@code \in} declaration, or written plain and called a vector or matrix in words ("Let $X$ be an
     * $n \times d$ matrix"); a bold name called so in words is a vector where the document writes it bold, its plain
     * letter staying what the document makes it (a scalar x in one section, {@code {\boldsymbol x}} a 2-dimensional
     * vector in another).
     */
    public record Declared(String key, String written, String rows, String columns, boolean bold) {
        /** A vector declared by one dimension ({@code \mathbb{R}^d}): which way it stands is the document's layout. */
        boolean lengthOnly() {
            return columns == null;
        }

        /** Whether both dimensions are other than one: a matrix. */
        boolean matrix() {
            return !lengthOnly() && !rows.equals("1") && !columns.equals("1");
        }

        /** {@code W_1: D_x × H}. */
        public String describe() {
            return written + ": " + (lengthOnly() ? "a vector of " + rows + " entries" : rows + " × " + columns);
        }
    }

    private static final String FONT = "(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb|vb|vec)\\s*\\{?\\s*)";
    private static final String GREEK = "\\\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|"
            + "pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega)(?![a-zA-Z])";
    private static final String NAME = "(?<![\\\\a-zA-Z])(" + FONT + "?)(" + GREEK + "|[a-zA-Z](?![a-zA-Z]))\\s*\\}?";
    private static final String LABEL = "(?:\\s*_\\s*(?:\\{\\s*([a-zA-Z0-9]+)\\s*\\}|([a-zA-Z0-9]))"
            + "|\\s*\\^\\s*\\{\\s*[(\\[]\\s*([a-zA-Z0-9]+)\\s*[)\\]]\\s*\\})?";
    private static final String DIM = "([0-9]+|\\\\?[a-zA-Z]+(?:\\s*_\\s*(?:\\{\\s*[a-zA-Z0-9]+\\s*\\}|[a-zA-Z0-9]))?)";
    /** {@code \times}, ×, or an x between spaces in words ("an n x n matrix"). */
    private static final String TIMES = "(?:\\s*(?:\\\\times|×)\\s*|\\s+x\\s+)";
    private static final Pattern COLON = Pattern.compile(NAME + LABEL + "\\s*:\\s*" + DIM + TIMES + DIM);
    private static final Pattern MEMBER = Pattern.compile(NAME + LABEL + "\\s*\\\\in\\s*\\\\mathbb\\s*\\{?\\s*R\\s*\\}?\\s*\\^\\s*"
            + "(?:\\{\\s*" + DIM + "(?:" + TIMES + DIM + ")?\\s*\\}|([0-9a-zA-Z]))");
    /**
     * Names listed before a {@link #MEMBER} declaration, {@code \Sigma_1, \Sigma_2 \in \mathbb{R}^{d \times d}}, {@code A, B \in …}:
     * each a name and a comma, right before the declared name, the list opening the formula; each is declared the same shape.
     */
    private static final Pattern LISTED = Pattern.compile("(?<=[$(\\[]\\s{0,3})(?:" + NAME + LABEL + "\\s*,\\s*)+$");
    private static final Pattern LISTED_ONE = Pattern.compile(NAME + LABEL + "\\s*,");
    /** Before the shape in words: "$x$ is a", "Let $X$ be an", "where $\mathbf{W}$ is the". */
    private static final String CALLED = "\\s*\\$?\\s*(?:is|be)\\s+(?:an?|the)\\s+\\$?\\s*";
    /** "x is a $d$-dimensional vector", "$\mathbf{h}$ is a $d$-dimensional row vector". */
    private static final Pattern VECTOR_WORDS = Pattern.compile(NAME + LABEL + CALLED + DIM + "\\s*\\$?\\s*(?:-|\\s)\\s*dimensional\\s+"
            + "(?:(row|column)\\s+)?vector");
    /** "Let $X$ be an $n \times d$ matrix", "$W$ is a $d \times k$ weight matrix". */
    private static final Pattern MATRIX_WORDS = Pattern.compile(NAME + LABEL + CALLED + DIM + "\\s*\\$?" + TIMES + "\\$?\\s*" + DIM
            + "\\s*\\$?\\s+(?:[a-z]+\\s+)?matrix");
    /** {@code \mathbf{y} \in \{0,1\}^K}: a vector of K zeros and ones (a one-hot label). */
    private static final Pattern BINARY = Pattern.compile(NAME + LABEL + "\\s*\\\\in\\s*\\\\\\{\\s*0\\s*,\\s*1\\s*\\\\\\}\\s*\\^\\s*"
            + "(?:\\{\\s*" + DIM + "\\s*\\}|([0-9a-zA-Z]))");
    /** {@code Y \in \{0,1\}^{n \times K}}: a matrix of zeros and ones (one-hot labels, one row per example). */
    private static final Pattern BINARY_MATRIX = Pattern.compile(NAME + LABEL + "\\s*\\\\in\\s*\\\\\\{\\s*0\\s*,\\s*1\\s*\\\\\\}\\s*\\^\\s*"
            + "\\{\\s*" + DIM + TIMES + DIM + "\\s*\\}");
    /** A statement that is only declarations: {@code \mathbf{W}_1: D_x \times H}, several separated by commas or spacing. */
    private static final Pattern SPACING = Pattern.compile("\\\\[,;:!]|\\\\q?quad|\\\\text\\s*\\{\\s*(?:and)?\\s*\\}|[,.;]|\\s+");

    private Dimensions() {
    }

    /** The keys of every name the document declares a shape of, also of those it declares twice with different shapes. */
    public static java.util.Set<String> keys(String document) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        all(document).forEach(d -> out.add(d.key()));
        return out;
    }

    /**
     * The names the document declares with more than one entry, vectors and matrices ({@code x, b \in \mathbb{R}^n},
     * {@code A \in \mathbb{R}^{n \times n}}), each as a scalar reading names it ({@code x}, {@code theta}); none of them is one number.
     */
    public static java.util.Set<String> shaped(String document) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Declared d : all(document)) {
            if (!d.rows().equals("1") || d.columns() != null && !d.columns().equals("1")) {
                out.add(d.key().startsWith("\\") ? d.key().substring(1) : d.key());
            }
        }
        return out;
    }

    /** The shapes the document declares, by key; a name declared twice with different shapes keeps neither. */
    public static Map<String, Declared> in(String document) {
        Map<String, Declared> out = new LinkedHashMap<>();
        List<String> conflicting = new ArrayList<>();
        for (Declared d : all(document)) {
            Declared before = out.putIfAbsent(d.key(), d);
            if (before != null && !(before.rows().equals(d.rows()) && java.util.Objects.equals(before.columns(), d.columns()))) {
                conflicting.add(d.key());
            }
        }
        conflicting.forEach(out::remove);
        return out;
    }

    /**
     * The plain lower-case names (a letter or a Greek letter) the document declares vectors by {@code \in}, alone or listed:
     * one dimension other than one, {@code \theta \in \mathbb{R}^n}, {@code b, x \in \mathbb{R}^n}, {@code y \in \mathbb{R}^{m \times 1}}. Such a name is a vector wherever
     * it is written whole, as a bold one is; a name called a vector in words is {@link Declared#bold} already.
     */
    public static java.util.Set<String> plainVectors(String document) {
        return plainOneWay(document, false);
    }

    /**
     * The plain lower-case names with a layer label, a number or a capital ({@code b^{(1)}}, {@code b_1}), the document
     * declares vectors by {@code \in}, alone or listed ({@code b^{(1)} \in \mathbb{R}^H}), keyed as {@link VectorEntries} keys
     * them ({@code b^{(1)}}): the layer's vector wherever it is written whole, as a bold one is.
     */
    static java.util.Set<String> plainLabelledVectors(String document) {
        return plainOneWay(document, true);
    }

    private static java.util.Set<String> plainOneWay(String document, boolean labelled) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher member = MEMBER.matcher(document);
        while (member.find()) {
            String rows = rows(member);
            String columns = columns(member);
            boolean oneWay = columns == null ? !rows.equals("1") : rows.equals("1") != columns.equals("1");
            for (java.util.regex.MatchResult n : declaredBy(document, member)) {
                String letter = n.group(2).startsWith("\\") ? n.group(2).substring(1) : n.group(2);
                String label = label(n);
                if (n.group(1).isEmpty() && Character.isLowerCase(letter.charAt(0)) && oneWay && (labelled
                        ? label != null && label.matches("[0-9]+|[A-Z]") : label == null)) {
                    out.add(key(n.group(2), label));
                }
            }
        }
        return out;
    }

    /** {@code declared} with the shapes of {@code inferred} whose names it does not declare. */
    public static Map<String, Declared> with(Map<String, Declared> declared, Map<String, Declared> inferred) {
        if (inferred.isEmpty()) {
            return declared;
        }
        Map<String, Declared> out = new LinkedHashMap<>(declared);
        inferred.forEach(out::putIfAbsent);
        return out;
    }

    /**
     * The one size the document declares its vectors and matrices by, where it declares them by one name only
     * ({@code \mathbf{x} \in \mathbb{R}^d}, {@code \Sigma \in \mathbb{R}^{d \times d}}): the number of entries a sum over theirs
     * runs to, the n of det(cΣ) = cⁿ det Σ. Empty where it declares none, or more than one ({@code X \in \mathbb{R}^{n \times d}}:
     * rows and columns of sizes apart).
     */
    public static Optional<String> onlySize(String document) {
        java.util.Set<String> sizes = new java.util.LinkedHashSet<>();
        for (Declared d : all(document)) {
            sizes.add(d.rows());
            if (d.columns() != null) {
                sizes.add(d.columns());
            }
        }
        sizes.remove("1");
        return sizes.size() == 1 && sizes.iterator().next().matches("[a-zA-Z]") ? Optional.of(sizes.iterator().next()) : Optional.empty();
    }

    /**
     * The sizes the document declares its vectors and matrices by, each a letter ({@code \\mathbf{x} \\in \\mathbb{R}^{D}},
     * {@code X: N \\times D}), in the order written: the numbers of entries the sums over theirs run to.
     */
    public static java.util.Set<String> sizes(String document) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Declared d : all(document)) {
            for (String written : java.util.Arrays.asList(d.rows(), d.columns())) {
                if (written != null && written.matches("[a-zA-Z]")) {
                    out.add(written);
                }
            }
        }
        return out;
    }

    /**
     * Whether the document lays out its vectors as rows (true) or columns (false), by the vectors it declares
     * {@code 1 \times n} or {@code n \times 1}; empty when it declares none, or both.
     */
    public static Optional<Boolean> rowLayout(Map<String, Declared> declared) {
        boolean rows = false;
        boolean columns = false;
        for (Declared d : declared.values()) {
            if (!d.lengthOnly() && d.rows().equals("1") && !d.columns().equals("1")) {
                rows = true;
            } else if (!d.lengthOnly() && d.columns().equals("1") && !d.rows().equals("1")) {
                columns = true;
            }
        }
        return rows == columns ? Optional.empty() : Optional.of(rows);
    }

    /**
     * The declarations a statement writes when it writes nothing else ({@code \mathbf{W}_1: D_x \times H}); empty when it
     * writes anything more, as an equation does.
     */
    public static List<Declared> statement(String text) {
        Matcher m = COLON.matcher(text);
        List<Declared> out = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (m.find()) {
            rest.append(text, at, m.start());
            at = m.end();
            out.add(colon(m));
        }
        rest.append(text.substring(at));
        if (out.isEmpty() || !SPACING.matcher(rest).replaceAll("").isEmpty()) {
            return List.of();
        }
        return out;
    }

    private static List<Declared> all(String document) {
        List<Declared> out = new ArrayList<>();
        Matcher colon = COLON.matcher(document);
        while (colon.find()) {
            out.add(colon(colon));
        }
        Matcher member = MEMBER.matcher(document);
        while (member.find()) {
            for (java.util.regex.MatchResult named : declaredBy(document, member)) {
                out.add(new Declared(key(named.group(2), label(named)), written(named.group(1), named.group(2), label(named)), rows(member),
                        columns(member), !named.group(1).isEmpty()));
            }
        }
        Matcher vector = VECTOR_WORDS.matcher(document);
        while (vector.find()) {
            String label = label(vector);
            String d = dim(vector.group(6));
            String side = vector.group(7);
            out.add(new Declared(key(vector.group(2), label), written(vector.group(1), vector.group(2), label),
                    side == null ? d : side.equals("row") ? "1" : d, side == null ? null : side.equals("row") ? d : "1",
                    vector.group(1).isEmpty()));
        }
        Matcher matrix = MATRIX_WORDS.matcher(document);
        while (matrix.find()) {
            String label = label(matrix);
            out.add(new Declared(key(matrix.group(2), label), written(matrix.group(1), matrix.group(2), label), dim(matrix.group(6)),
                    dim(matrix.group(7)), matrix.group(1).isEmpty()));
        }
        Matcher binaryMatrix = BINARY_MATRIX.matcher(document);
        while (binaryMatrix.find()) {
            String label = label(binaryMatrix);
            out.add(new Declared(key(binaryMatrix.group(2), label), written(binaryMatrix.group(1), binaryMatrix.group(2), label),
                    dim(binaryMatrix.group(6)), dim(binaryMatrix.group(7)), binaryMatrix.group(1).isEmpty()));
        }
        Matcher binary = BINARY.matcher(document);
        while (binary.find()) {
            String label = label(binary);
            out.add(new Declared(key(binary.group(2), label), written(binary.group(1), binary.group(2), label),
                    binary.group(6) != null ? dim(binary.group(6)) : binary.group(7), null, binary.group(1).isEmpty()));
        }
        return out;
    }

    /** The rows a {@link #MEMBER} declaration gives, or its one dimension ({@code \mathbb{R}^d}). */
    private static String rows(Matcher member) {
        return member.group(8) != null ? member.group(8) : dim(member.group(6));
    }

    /** The columns a {@link #MEMBER} declaration gives; null where it gives one dimension. */
    private static String columns(Matcher member) {
        return member.group(8) != null || member.group(7) == null ? null : dim(member.group(7));
    }

    /** The names a {@link #MEMBER} declaration declares: those listed before it ({@link #listedBefore}), then its own. */
    private static List<java.util.regex.MatchResult> declaredBy(String document, Matcher member) {
        List<java.util.regex.MatchResult> out = new ArrayList<>(listedBefore(document, member.start()));
        out.add(member.toMatchResult());
        return out;
    }

    /** The names listed right before {@code at} ({@link #LISTED}), each a match of {@link #LISTED_ONE}, in the order written. */
    private static List<java.util.regex.MatchResult> listedBefore(String document, int at) {
        Matcher list = LISTED.matcher(document).region(Math.max(0, at - 160), at).useTransparentBounds(true);
        List<java.util.regex.MatchResult> out = new ArrayList<>();
        if (!list.find()) {
            return out;
        }
        Matcher one = LISTED_ONE.matcher(document).region(list.start(), at).useTransparentBounds(true);
        while (one.find()) {
            out.add(one.toMatchResult());
        }
        return out;
    }

    private static Declared colon(Matcher m) {
        String label = label(m);
        return new Declared(key(m.group(2), label), written(m.group(1), m.group(2), label), dim(m.group(6)), dim(m.group(7)),
                !m.group(1).isEmpty());
    }

    private static String label(java.util.regex.MatchResult m) {
        return m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
    }

    /** The name as {@link VectorEntries} keys it: {@code W}, {@code W^{(1)}} for a labelled name, {@code \theta}. */
    private static String key(String base, String label) {
        return label == null ? base : base + "^{(" + label + ")}";
    }

    private static String written(String font, String base, String label) {
        return base + (label == null ? "" : "_" + label);
    }

    /** A dimension without spacing: {@code D_{x}} is {@code D_x}. */
    private static String dim(String d) {
        return d.replaceAll("\\s+", "").replaceAll("_\\{([a-zA-Z0-9])\\}", "_$1");
    }
}
