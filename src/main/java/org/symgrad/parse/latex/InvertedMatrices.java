package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.symgrad.expr.MatrixFunctionNames;

/**
 * Matrices a document writes only inverted ({@code \Sigma^{-1}} of a covariance in a Gaussian's exponent,
 * {@code \mathbf{A}^{-1}}), for {@link VectorEntries}: the inverse of such a matrix is read as a matrix of its own, its
 * entries those of a name of their own ({@link #name}: Σ⁻¹ is {@code Sigmainv}). Nothing the document writes relates the
 * inverse to the matrix (the matrix itself is written nowhere: not multiplied, not differentiated by, not defined, not in a
 * determinant), so a step that uses only the inverse holds for every matrix it can be iff it holds for the inverse read as a
 * matrix of its own: the mean's gradient {@code \nabla_{\boldsymbol\mu}(\mathbf{x}-\boldsymbol\mu)^\top\Sigma^{-1}(\mathbf{x}-\boldsymbol\mu)}
 * is checked, while a document that also writes Σ (log|Σ|, ∂/∂Σ, Σ = …) leaves every inverse of it unread. The inverse of a
 * matrix the prose states symmetric is symmetric ({@link #symmetricInverse}).
 */
public final class InvertedMatrices {
    private static final String GREEK_CAPITALS = "Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega";
    /**
     * A capital, Latin or Greek, perhaps bold (group 1 the capital), where no letter of a longer name or command touches it; a
     * command may follow another right away ({@code \Sigma\Sigma^{-1}}).
     */
    private static final Pattern CAPITAL = Pattern.compile("(?:(?<![a-zA-Z\\\\])|(?=\\\\))(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb|vb)\\s*(?:\\{\\s*)?)?"
            + "((?<![a-zA-Z\\\\])[A-Z]|(?<!\\\\)\\\\(?:var)?(?:" + GREEK_CAPITALS + "))(?![a-zA-Z])(\\s*\\})?");
    /** The exponent right after a name that inverts it: {@code ^{-1}}, {@code ^-1}, {@code ^{-\top}}, {@code ^{-T}}. */
    private static final Pattern INVERSE = Pattern.compile("\\s*\\^\\s*(?:\\{\\s*-\\s*(?:1|\\\\top|T|\\\\intercal|\\\\mathsf\\{T\\})\\s*\\}|-\\s*1(?![0-9]))");
    /** Math in Markdown: displays, inline math, LaTeX's brackets and environments. */
    private static final Pattern MATH = Pattern.compile("\\$\\$.*?\\$\\$|\\$.*?\\$|\\\\\\[.*?\\\\\\]|\\\\\\(.*?\\\\\\)"
            + "|\\\\begin\\{([a-zA-Z*]+)\\}.*?\\\\end\\{\\1\\}", Pattern.DOTALL);
    /** A relation: what makes math a statement, a definition or an update rather than a mention. */
    private static final Pattern RELATION = Pattern.compile("=|\u2254|\u225C|\u2261|\\\\(?:coloneqq|triangleq|equiv|doteq|defeq|eqqcolon|"
            + "leftarrow|gets|propto|approx|simeq|cong)(?![a-zA-Z])");
    /** Greek capitals that name a matrix by convention, where the document writes them inverted: a covariance (Σ, Ω of GLS), a precision. */
    static final Set<String> GREEK_MATRICES = Set.of("\\Sigma", "\\Lambda", "\\Omega");
    /**
     * Greek capitals a document may use as a matrix as it uses a Latin capital (Γ of Tikhonov's ‖Γw‖², Φ of a design matrix of
     * basis functions): transposed, next to a vector or in a trace, one is a matrix. Not Δ (Δx is a change in x) nor Π (a product).
     */
    static final Set<String> GREEK_MATRIX_NAMES = Set.of("\\Sigma", "\\Lambda", "\\Omega", "\\Gamma", "\\Phi", "\\Psi", "\\Theta",
            "\\Xi", "\\Upsilon");
    /** The suffix of an inverse's name. */
    private static final String INVERSE_SUFFIX = "inv";

    private InvertedMatrices() {
    }

    /**
     * The capitals (as written without a font: {@code A}, {@code \Sigma}) the document's mathematics writes inverted and
     * nowhere else; a mention that relates nothing ("the covariance $\Sigma$", "$\Sigma \succ 0$") writes no statement
     * and does not count. Where the document has no math delimiters, all of it is read as one statement.
     */
    static Set<String> in(String document) {
        Set<String> inverted = new LinkedHashSet<>();
        Set<String> plain = new LinkedHashSet<>();
        for (String math : mathOf(document)) {
            boolean statement = RELATION.matcher(math).find();
            Matcher m = CAPITAL.matcher(math);
            while (m.find()) {
                String capital = m.group(1).replace("\\var", "\\");
                Matcher e = INVERSE.matcher(math);
                e.region(m.end(), math.length());
                if (e.lookingAt()) {
                    inverted.add(capital);
                } else if (statement) {
                    plain.add(capital);
                }
            }
        }
        inverted.removeAll(plain);
        return inverted;
    }

    /**
     * The Greek capitals that name a matrix by convention ({@link #GREEK_MATRICES}) which the document's mathematics writes
     * inverted somewhere: matrices wherever they are written ({@code \log|\Sigma|} is no logarithm of a number's size).
     */
    static Set<String> greekMatrices(String document) {
        Set<String> out = new LinkedHashSet<>();
        for (String math : mathOf(document)) {
            Matcher m = CAPITAL.matcher(math);
            while (m.find()) {
                String capital = m.group(1).replace("\\var", "\\");
                Matcher e = INVERSE.matcher(math);
                e.region(m.end(), math.length());
                if (GREEK_MATRICES.contains(capital) && e.lookingAt()) {
                    out.add(capital);
                }
            }
        }
        return out;
    }

    private static List<String> mathOf(String document) {
        Matcher m = MATH.matcher(document);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out.isEmpty() ? List.of(document) : out;
    }

    /**
     * The symmetries a document's notation implies without stating them: the inverse of a Greek capital that names a matrix by
     * convention (a covariance Σ, a precision Λ), read as a matrix of its own ({@code Sigmainv symmetric}); such a capital the
     * document writes itself too, and the inverse computed from it ({@code Sigma symmetric}, {@code zzinvSigma symmetric}).
     */
    public static List<String> conventionallySymmetric(String document) {
        List<String> out = new ArrayList<>(in(document).stream().filter(GREEK_MATRICES::contains).map(c -> name(c) + " symmetric").toList());
        // Σ written itself too (log|Σ|, ∂/∂Σ): the covariance is symmetric, and so is its inverse (MatrixFunctionNames)
        for (String c : greekMatrices(document)) {
            if (!in(document).contains(c)) {
                String plain = c.substring(1);
                out.add(plain + " symmetric");
                out.add(MatrixFunctionNames.inverse(plain) + " symmetric");
            }
        }
        return out;
    }

    /** A label below a capital that is one letter twice: {@code _{xx}}, {@code _{yy}} (an auto-covariance block). */
    private static final Pattern AUTO_LABEL = Pattern.compile("\\s*_\\s*\\{\\s*(?<letter>[A-Za-z])\\s*\\k<letter>\\s*}");

    /**
     * The symmetry a document's notation implies of Σ, a covariance by convention, written as a matrix of its own with no
     * label below it and never inverted ({@link #conventionallySymmetric} has that): {@code Sigma symmetric}; and of an
     * auto-covariance block, Σ labelled by one letter twice ({@code \\Sigma_{xx}}: {@code Sigma^(xx) symmetric}). Not Σ_xy, a
     * cross-covariance; not Λ or Ω, which name multipliers or eigenvalues as often as a precision.
     */
    public static List<String> conventionallySymmetricThemselves(String document) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> inverted = greekMatrices(document);
        for (String math : mathOf(document)) {
            Matcher m = CAPITAL.matcher(math);
            while (m.find()) {
                String capital = m.group(1).replace("\\var", "\\");
                boolean labelled = math.substring(m.end()).stripLeading().startsWith("_");
                if (capital.equals("\\Sigma") && !labelled && !inverted.contains(capital)) {
                    out.add(capital.substring(1) + " symmetric");
                }
                // an auto-covariance block, its label one letter twice (Σ_xx, Σ_{yy}), as the plain Σ; not a cross-covariance Σ_xy
                Matcher auto = AUTO_LABEL.matcher(math.substring(m.end()));
                if (capital.equals("\\Sigma") && auto.lookingAt()) {
                    out.add(org.symgrad.expr.Names.withLabel(capital.substring(1), auto.group("letter").repeat(2)) + " symmetric");
                }
            }
        }
        return List.copyOf(out);
    }

    /** The name the entries of the capital's inverse stand by in index notation ({@code \Sigma}: {@code Sigmainv}). */
    public static String name(String capital) {
        return (capital.startsWith("\\") ? capital.substring(1) : capital) + INVERSE_SUFFIX;
    }

    /** The capital's inverse as the index-notation reader reads a name ({@code \mathrm{Sigmainv}}). */
    static String written(String capital) {
        return "\\mathrm{" + name(capital) + "}";
    }

    /**
     * The symmetries of the inverse that the assumption {@code a} implies: {@code Sigma symmetric} gives
     * {@code Sigmainv symmetric} and {@code zzinvSigma symmetric}; empty for any other assumption.
     */
    public static List<String> symmetricInverse(String a) {
        String suffix = " symmetric";
        if (!a.endsWith(suffix) || a.substring(0, a.length() - suffix.length()).endsWith(INVERSE_SUFFIX)) {
            return List.of();
        }
        String m = a.substring(0, a.length() - suffix.length());
        // the inverse read as a matrix of its own, and the inverse computed from the matrix (MatrixFunctionNames)
        if (m.matches("(?:[A-Z]|" + GREEK_CAPITALS + ")\\^\\([A-Za-z0-9]+\\)")) {
            // Sigma^(1) symmetric, \Sigma_1 said so: its inverse computed from it is (it is never read as a matrix of its own)
            return List.of(MatrixFunctionNames.inverse(m) + suffix);
        }
        return m.matches("[A-Z]|" + GREEK_CAPITALS) ? List.of(m + INVERSE_SUFFIX + suffix, MatrixFunctionNames.inverse(m) + suffix)
                : List.of();
    }
}
