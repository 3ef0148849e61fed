package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prose says that the checker may assume (SPEC §8), as the directive it stands for: of a vector whose
 * entries sum to one ({@link SumToOneStatements}: "with one-hot $y$", "Assume the labels $y_k$ sum to 1") and of a
 * symmetric matrix ("Let $A$ be a symmetric matrix", "symmetric edge weights $w_{ij} = w_{ji}$") and of a matrix with a zero
 * diagonal ("no self-coupling, $w_{ii} = 0$"). A negated statement assumes nothing. An assumption holds from
 * the paragraph that states it to the end of the document, as a directive there would; stated before the first
 * formula, it is the setting of the whole document.
 */
final class ProseAssumptions {
    private ProseAssumptions() {
    }

    /** The assumptions {@code prose} states, in symgrad's ASCII ({@code y one-hot}), in the order written. */
    static List<String> find(String prose) {
        return find(prose, name -> false);
    }

    /**
     * The assumptions {@code prose} states, leaving out what it says of a vector the document defines ({@code defined}):
     * "the probabilities $p$ sum to 1" of p = softmax(z) is the author's claim about a definition, for the check to
     * decide, not a fact to assume.
     */
    static List<String> find(String prose, Predicate<String> defined) {
        List<String> out = new ArrayList<>(SumToOneStatements.find(prose, defined));
        out.addAll(symmetric(prose).stream().filter(a -> !out.contains(a)).toList());
        out.addAll(hollow(prose).stream().filter(a -> !out.contains(a)).toList());
        out.addAll(diagonal(prose).stream().filter(a -> !out.contains(a)).toList());
        return out;
    }

    /** An entry at one index twice set to zero in inline math: "no self-coupling, $w_{ii} = 0$" (group 1 the matrix). */
    private static final Pattern ZERO_DIAGONAL = Pattern.compile("\\$\\s*(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?([A-Za-z])\\s*\\}?"
            + "\\s*_\\s*\\{\\s*([a-z])\\s*,?\\s*\\2\\s*\\}\\s*=\\s*0\\s*[.,;]?\\s*\\$");

    /**
     * The matrices the prose gives a zero diagonal ("with no self-coupling, $w_{ii} = 0$", "$A_{ii} = 0$"), as {@code w hollow}:
     * the check then draws w with zeros on its diagonal and proves under w_kk = 0, so ∂²E/∂s_k² = 0 of a Hopfield energy holds
     * (it was false, −w_kk). A negated or restricted statement assumes nothing.
     */
    static List<String> hollow(String prose) {
        List<String> out = new ArrayList<>();
        Matcher m = ZERO_DIAGONAL.matcher(prose);
        while (m.find()) {
            String a = m.group(1) + " hollow";
            if (!restricted(prose, m.start()) && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** A declaration after a name in its inline math: {@code $W \\in \\mathbb{R}^{n \\times n}$ be diagonal}. */
    private static final String DECLARED = "(?:(?:\\\\in|∈)[^$]{1,60})?";
    /** "$C$ is diagonal", "Let $C$ and $D$ be diagonal matrices" (group 1), "a diagonal matrix $C$", "the diagonal weight matrix $C$" (group 2). */
    private static final String DIAGONAL_NAMES = "((?:\\$\\s*[A-Z]\\s*" + DECLARED + "\\$\\s*(?:,\\s*|\\s+and\\s+)?)+)";
    private static final Pattern DIAGONAL = Pattern.compile("(?:" + DIAGONAL_NAMES + "\\s*(?:is|are|be)\\s+(?:(?:a|an|the|real|positive|square"
            + "|\\$[^$]{1,24}\\$),?\\s+)*diagonal\\b|\\bdiagonal\\s+(?:(?!(?:of|in|on|from|with|and|to|entries|elements|part)\\b)[a-z]+\\s+){0,2}?"
            + "(?:matri(?:x|ces)\\s+)?" + DIAGONAL_NAMES + ")");
    /** "$D = \\operatorname{diag}(d)$", "$W = \\mathrm{diag}(w_1, \\dots, w_n)$": a capital defined in inline math as a diagonal matrix (group 1). */
    private static final Pattern DIAGONAL_DEFINITION = Pattern.compile("\\$\\s*([A-Z])\\s*=\\s*\\\\(?:operatorname|mathrm|text)\\s*\\{\\s*diag\\s*\\}");
    private static final Pattern ONE_NAME = Pattern.compile("\\$\\s*([A-Z])\\s*" + DECLARED + "\\$");

    /**
     * The matrices the prose says are diagonal ("Let $C$ be a diagonal matrix of positive weights", "$C$ and $D$ are diagonal",
     * "the diagonal weight matrix $C$", or a definition in inline math, "$C = \\operatorname{diag}(c)$"), as {@code C diagonal}: the check draws C zero off its diagonal and proves under
     * C_ij = δ_ij C_ii, so weighted least squares' Xᵀ C (Xw − y) is right where the text says so. A negated or restricted
     * statement assumes nothing; "the diagonal of $A$" says nothing of A.
     */
    static List<String> diagonal(String prose) {
        List<String> out = new ArrayList<>();
        Matcher defined = DIAGONAL_DEFINITION.matcher(prose);
        while (defined.find()) {
            if (!out.contains(defined.group(1) + " diagonal")) {
                out.add(defined.group(1) + " diagonal");
            }
        }
        Matcher m = DIAGONAL.matcher(prose);
        while (m.find()) {
            if (restricted(prose, m.start())) {
                continue;
            }
            Matcher each = ONE_NAME.matcher(m.group(1) != null ? m.group(1) : m.group(2));
            while (each.find()) {
                if (!out.contains(each.group(1) + " diagonal")) {
                    out.add(each.group(1) + " diagonal");
                }
            }
        }
        return out;
    }

    /**
     * A matrix name in inline math, possibly bold, possibly labelled by a subscript: $A$, $\mathbf{A}$, $S_B$, $S_{W}$,
     * $\Sigma_0$ (group 1, {@link #named} names it as the checks do: S^(B)), perhaps declared there: $S \in \mathbb{R}^{d \times d}$.
     */
    private static final String MATRIX = "\\$\\s*(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb)\\s*\\{?\\s*)?((?:[A-Z]|\\\\(?:Sigma|Lambda|Omega)(?![a-zA-Z]))"
            + "(?:\\s*\\}?\\s*_\\s*(?:\\{\\s*[A-Za-z0-9]{1,3}\\s*\\}|[A-Za-z0-9]))?)\\s*\\}?\\s*(?:(?:\\\\in|∈)[^$]{1,60})?\\$";
    /**
     * "the covariance $\\Sigma$", "a covariance matrix $S$", "$\\Sigma$ is the covariance": a covariance is symmetric (group 1 or 2);
     * a cross-covariance ("the cross-covariance $\\Sigma_{xy}$") is not.
     */
    private static final Pattern COVARIANCE = Pattern.compile("(?i:(?<!-)\\bcovariance)\\s+(?:matri(?:x|ces)\\s+)?" + MATRIX + "|" + MATRIX
            + "\\s+(?:is|be)\\s+(?:the|a|its|their)\\s+(?:\\(?\\w+\\)?\\s+){0,2}?covariance\\b");
    /**
     * "a positive definite $P$", "symmetric positive definite matrices $X$", "the positive definite precision matrix $\\Lambda$",
     * "$A$ is positive definite", "Let $P$ be the symmetric positive definite posterior precision", "$\\Sigma \\succ 0$".
     */
    private static final Pattern POSITIVE_DEFINITE = Pattern.compile("(?i:\\bpositive[\\s-]+definite)\\s+(?:(?!(?:of|in|on|from|with|and|to|part)\\b)"
            + "[a-z]+\\s+){0,2}?" + MATRIX + "|" + MATRIX + "\\s+(?:is|be|are)\\s+(?:(?:a|an|the|real|square|symmetric),?\\s+)*"
            + "(?i:positive[\\s-]+definite)\\b|\\$\\s*([A-Z]|\\\\(?:Sigma|Lambda|Omega))\\s*\\\\succ\\s*0\\s*\\$");

    /** "$\\Sigma$ a symmetric positive definite covariance", "with $P$ a positive definite matrix": in apposition. */
    private static final Pattern APPOSED_POSITIVE_DEFINITE = Pattern.compile(MATRIX + "\\s*,?\\s+(?:a|an)\\s+(?:(?:real|square|symmetric"
            + "|\\$[^$]{1,24}\\$),?\\s+)*(?i:positive[\\s-]+definite)\\b");

    /**
     * The matrices the prose says are positive definite, or calls a covariance ({@link #COVARIANCE}: a covariance one inverts or
     * takes the log-determinant of is positive definite), as {@code Sigma positive-definite}: the check draws them as L Lᵀ + I/2, so
     * log|Σ| and Σ⁻¹ are defined at every point drawn, and a point drawn is one the text allows. "positive semi-definite" says
     * nothing of the kind; a negated or restricted statement assumes nothing.
     */
    static List<String> positiveDefinite(String prose) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(POSITIVE_DEFINITE, COVARIANCE, APPOSED_POSITIVE_DEFINITE, APPOSED_COVARIANCE, PARENTHESISED, IN_DEFINITE_SET)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                if (restricted(prose, m.start()) || p == PARENTHESISED && m.group(4) == null && m.group(5) == null && m.group(6) == null) {
                    continue;
                }
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        String a = named(m.group(g).strip()) + " positive-definite";
                        if (!out.contains(a)) {
                            out.add(a);
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Words that may stand between "is" and "symmetric": "is a real symmetric", "be an $n \\times n$ symmetric". */
    private static final String QUALIFIERS = "(?:(?:a|an|the|real|square|positive|negative|semi-?definite|definite|invertible"
            + "|nonsingular|\\$[^$]{1,24}\\$|[a-z]-by-[a-z]|[a-z]\\s*(?:x|×)\\s*[a-z]),?\\s+)*";
    /**
     * The word "symmetric", not the end of "skew-symmetric", "skew symmetric" or "anti-symmetric"; or a word that says so by
     * convention: of a real matrix "Hermitian", "self-adjoint"; "SPD" (a matrix called positive definite the check draws symmetric
     * already); a correlation matrix; a Hessian (of a twice differentiable function). Not "positive semidefinite", which
     * PositiveDefiniteMatricesTest keeps saying nothing of symmetry.
     */
    private static final String SYMMETRIC = "(?<!(?i:skew|anti)[\\s-]?)(?:symmetric|Hermitian|self-adjoint"
            + "|SPD|s\\.p\\.d(?=\\.)|correlation(?=\\s+matri(?:x|ces))|Hessian)";
    /** "antisymmetric", "anti-symmetric", "skew-symmetric", "skew symmetric": W_ij = −W_ji. */
    private static final String ANTISYMMETRIC = "(?i:anti-?|skew[\\s-]?)symmetric";
    /** "$A$ is symmetric", "Let $\\mathbf{A}$ be a real symmetric matrix", "$A$ and $B$ are symmetric", "A is symmetric". */
    private static final Pattern IS_SYMMETRIC = isSaid(SYMMETRIC);
    private static final Pattern IS_ANTISYMMETRIC = isSaid(ANTISYMMETRIC);

    private static Pattern isSaid(String word) {
        return Pattern.compile("((?:(?:" + MATRIX + "|\\b[A-Z](?=\\s+(?:is|be)\\b))\\s*(?:,|and)?\\s*)+)"
                + "(?:is|be|are)\\s+" + QUALIFIERS + "\\(?" + word + "\\b");
    }

    /** "both $P$ and $R$ symmetric", "with $A$ symmetric": matrices and the word, no verb between (group 1 the matrices). */
    private static final Pattern BOTH_SYMMETRIC = bothSaid(SYMMETRIC);
    private static final Pattern BOTH_ANTISYMMETRIC = bothSaid(ANTISYMMETRIC);

    private static Pattern bothSaid(String word) {
        return Pattern.compile("\\b(?:both|with)\\s+((?:" + MATRIX + "\\s*(?:,|and)?\\s*)+)" + word + "\\b");
    }
    /**
     * "the between-class scatter $S_B$ and the within-class scatter $S_W$, both symmetric", "… $\\mathbf{S}_W$ (both symmetric)":
     * matrices with words between them, then "both" or "each" and the word (group 1 the stretch that names them).
     */
    private static final Pattern NAMED_THEN_BOTH = Pattern.compile("(" + MATRIX + "(?:[^$.;:()]{1,40}?" + MATRIX + ")+)\\s*,?\\s*\\(?\\s*(?:(?:are|being)\\s+)?"
            + "(?:both|each)\\s+symmetric\\b");
    /**
     * "the covariance blocks $\\Sigma_{xx}$, $\\Sigma_{yy}$ (symmetric)": matrices listed, then the word in brackets right after
     * them, said of every matrix of the list (group 1 the matrices).
     */
    private static final Pattern LISTED_SYMMETRIC = Pattern.compile("((?:" + MATRIX + "\\s*(?:,|and)?\\s*)+)\\(\\s*(?:(?:both|each|all)\\s+)?"
            + "symmetric(?:\\s*,?\\s*(?:and\\s+)?(?:positive|negative)[\\s-]+(?:semi-?)?definite)?\\s*\\)");
    /** A capital letter, perhaps a Greek one that names a matrix: {@code A}, {@code \\Sigma}. */
    private static final String LETTER = "(?:[A-Z]|\\\\(?:Sigma|Lambda|Omega)(?![a-zA-Z]))";
    /** A short label below a capital, perhaps none: {@code _1}, {@code _{hh}}. */
    private static final String BELOW = "(?:\\s*_\\s*(?:\\{\\s*[A-Za-z0-9]{1,3}\\s*\\}|[A-Za-z0-9]))?";
    /** A capital letter, plain or bold, perhaps Greek or labelled: {@code A}, {@code \\mathbf{A}}, {@code \\Sigma_1}, {@code W_{hh}}. */
    private static final String CAPITAL = "(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?" + LETTER + "\\s*\\}?" + BELOW;
    /**
     * A matrix named alone in inline math ({@code $S$}, group 1) or declared there ({@code $S \\in \\mathbb{R}^{d \\times d}$},
     * {@code $A, B \\in …$}, group 2 the capitals).
     */
    private static final String SUBJECT = "(?:" + MATRIX + "|\\$\\s*((?:" + CAPITAL + "\\s*,\\s*)*" + CAPITAL
            + ")\\s*(?:\\\\in|∈)[^$]{1,60}\\$)";
    /**
     * "$S \\in \\mathbb{R}^{d \\times d}$ the sample covariance", "with $\\Sigma$, the noise covariance matrix": a matrix, then in
     * apposition an article, at most two words and "covariance" (a covariance is symmetric); "the cross covariance", "the
     * covariance between $x$ and $y$" and "the covariance of $x$ and $y$" name no symmetric matrix.
     */
    private static final Pattern APPOSED_COVARIANCE = Pattern.compile(SUBJECT + "\\s*,?\\s+(?:a|an|the|its|their)\\s+(?:(?!cross\\b)"
            + "[a-z]+\\s+){0,2}?covariance\\b(?!\\s+(?:matri(?:x|ces)\\s+)?between\\b)(?!\\s+(?:matri(?:x|ces)\\s+)?of\\s+\\$[^$]{1,40}\\$\\s*(?:and|with)\\b)");
    /**
     * "$S \\in \\mathbb{R}^{d \\times d}$ the sample covariance (symmetric)", "$K$ the kernel matrix (symmetric positive
     * definite)", "$A$ (SPD)": a matrix, a few words of it (none joining another thing: "and", "its", "with"), then the word in
     * brackets (group 3 "symmetric", group 4 the positive definiteness, group 5 "SPD", group 6 positive definite alone).
     */
    private static final Pattern PARENTHESISED = Pattern.compile(SUBJECT + "\\s*,?(?:\\s+(?!(?:and|its|their|with|but|whose|or|times|not)\\b)"
            + "[A-Za-z-]+){0,6}\\s*\\(\\s*(?:(symmetric)(\\s*,?\\s*(?:and\\s+)?positive[\\s-]+definite)?|(SPD|s\\.p\\.d\\.)"
            + "|(positive[\\s-]+definite))\\s*\\)");
    /**
     * "the Gram matrix $K$", "the Gram matrix $K \\in \\mathbb{R}^{n \\times n}$", "the Gram matrix $K_{ij} = k(x_i, x_j)$" (group 1,
     * 2 or 3 the matrix), "$K$ is the Gram matrix" (group 1 or 2): a Gram matrix, of inner products or of a kernel's values at
     * pairs of points, is symmetric. (A "kernel matrix" may be a convolution's filter, which is not.)
     */
    private static final Pattern GRAM = Pattern.compile("(?i:\\bgram\\s+matri(?:x|ces))\\s*(?:" + SUBJECT
            + "|\\$\\s*([A-Z])\\s*_\\s*\\{?\\s*[a-z]\\s*,?\\s*[a-z]\\s*\\}?\\s*=)|" + SUBJECT
            + "\\s*,?\\s+(?:is\\s+)?(?:the|a|its|their)\\s+(?i:gram)\\s+matrix\\b");
    /**
     * "With $A, B \\in \\mathbb{R}^{d \\times d}$ symmetric and positive definite", "$\\mathbf{A} \\in \\mathbb{R}^{n \\times n}$,
     * symmetric", "Let $A \\in \\mathbb{R}^{n \\times n}$ be symmetric": capitals declared in one inline formula, then the
     * word after it (group 1 the capitals).
     */
    private static final Pattern DECLARED_SYMMETRIC = declaredSaid(SYMMETRIC);

    /**
     * "Let $A$ be the adjacency matrix of an undirected graph", "the weighted adjacency matrix $W$ of an undirected graph": an
     * undirected graph's adjacency matrix is symmetric (group 1 or 2).
     */
    private static final Pattern UNDIRECTED_ADJACENCY = Pattern.compile("(?:" + SUBJECT + "\\s+(?:is|be)\\s+(?:the|an?|its)\\s+(?:[a-z]+\\s+){0,2}?"
            + "adjacency\\s+matrix|(?i:adjacency)\\s+matrix\\s+" + SUBJECT + ")\\s+of\\s+(?:an?|the|this|our)\\s+(?:[a-z]+\\s+){0,2}?undirected\\b");
    /** The set of symmetric matrices after a name's {@code \\in}: {@code \\mathbb{S}^n}, {@code \\mathbf{S}^n_{++}} (Boyd and Vandenberghe). */
    private static final String SYMMETRIC_SET = "(?:\\\\in|∈)\\s*\\\\(?:mathbb|mathbf|mathcal)\\s*\\{?\\s*S\\s*\\}?\\s*(?=[_^])";
    /** "$A \\in \\mathbb{S}^n$", "$X, Y \\in \\mathbb{S}^{n}_{+}$": symmetric by the set they are in (group 1 the matrices). */
    private static final Pattern IN_SYMMETRIC_SET = Pattern.compile("\\$\\s*((?:" + CAPITAL + "\\s*,\\s*)*" + CAPITAL + ")\\s*" + SYMMETRIC_SET);
    /** "$A \\in \\mathbb{S}^n_{++}$", "$\\Sigma \\in \\mathbb{S}_{++}^d$": the positive definite matrices among them (group 1). */
    private static final Pattern IN_DEFINITE_SET = Pattern.compile("\\$\\s*((?:" + CAPITAL + "\\s*,\\s*)*" + CAPITAL + ")\\s*" + SYMMETRIC_SET
            + "(?:\\^\\s*(?:\\{[^{}$]*\\}|\\w))?\\s*_\\s*\\{\\s*\\+\\s*\\+\\s*\\}");
    private static final Pattern DECLARED_ANTISYMMETRIC = declaredSaid(ANTISYMMETRIC);

    private static Pattern declaredSaid(String word) {
        return Pattern.compile("\\$\\s*((?:" + CAPITAL + "\\s*,\\s*)*" + CAPITAL
                + ")\\s*(?:\\\\in|∈)[^$]{1,60}\\$\\s*,?\\s*\\(?\\s*(?:(?:are|being|both|each|all|real|is|be|a|an)\\s+){0,3}" + word + "\\b");
    }
    /**
     * "Let …, $\\Sigma$ a symmetric positive definite covariance", "with $A$ a real symmetric matrix", "with $\\mathbf{S}$ the
     * symmetric covariance": a matrix, then in apposition an article and the word (group 1 the matrix).
     */
    private static final Pattern APPOSED_SYMMETRIC = apposedSaid(SYMMETRIC);
    private static final Pattern APPOSED_ANTISYMMETRIC = apposedSaid(ANTISYMMETRIC);

    private static Pattern apposedSaid(String word) {
        return Pattern.compile("(" + MATRIX + ")\\s*,?\\s+(?:a|an|the)\\s+(?:(?:real|square|\\$[^$]{1,24}\\$),?\\s+)*" + word + "\\b");
    }

    /** "a symmetric matrix $A$", "the symmetric positive definite $\\mathbf{A}$", "the symmetric scatter matrix $S$". */
    private static final Pattern SYMMETRIC_MATRIX = wordThenMatrix(SYMMETRIC);
    /** "an antisymmetric matrix $W$", "the skew-symmetric coupling matrix $\\mathbf{W}$". */
    private static final Pattern ANTISYMMETRIC_MATRIX = wordThenMatrix(ANTISYMMETRIC);

    private static Pattern wordThenMatrix(String word) {
        return Pattern.compile("\\b" + word + "\\s+(?:(?:positive|negative|semi-?definite|definite|real"
                + "|square|\\$[^$]{1,24}\\$)\\s+)*(?:(?:(?!(?:of|in|on|from|with|and|to|part)\\b)[a-z]+\\s+){0,2}?(?:matrix|matrices)\\s+(?:of\\s+[a-z]+\\s+)?)?" + MATRIX);
    }
    /**
     * Inline math that states the symmetry and nothing else, perhaps with a declaration after it: {@code $A = A^\\top$}, {@code $A^T = A$},
     * {@code $A = A^\\top \\in \\mathbb{R}^{n \\times n}$},
     * {@code $\\mathbf{A}^\\intercal = \\mathbf{A}$} (groups 1 and 2, or 3 and 4, the same letter).
     */
    private static final String BOLD_LETTER = "(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb)\\s*\\{\\s*)?([A-Z])\\s*\\}?";
    private static final String TRANSPOSE = "\\s*\\^\\s*\\{?\\s*(?:T|\\\\top|\\\\intercal|\\\\mathsf\\s*\\{\\s*T\\s*\\}|\\\\mathrm\\s*\\{\\s*T\\s*\\})\\s*\\}?";
    private static final Pattern EQUALS_TRANSPOSE = equalsTranspose("");
    /** {@code $W^\\top = -W$}, {@code $W = -W^T$}: an antisymmetry, as {@link #EQUALS_TRANSPOSE} with a minus sign. */
    private static final Pattern EQUALS_MINUS_TRANSPOSE = equalsTranspose("-\\s*");

    private static Pattern equalsTranspose(String sign) {
        return Pattern.compile("\\$\\s*(?:" + BOLD_LETTER + "\\s*=\\s*" + sign + BOLD_LETTER + TRANSPOSE
                + "|" + BOLD_LETTER + TRANSPOSE + "\\s*=\\s*" + sign + BOLD_LETTER + ")\\s*(?:(?:\\\\in|∈)[^$]{1,60})?[.,;]?\\s*\\$");
    }
    /**
     * Inline math that states the symmetry entry by entry and nothing else: {@code $w_{ij} = w_{ji}$}, {@code $A_{ij} = A_{ji}$},
     * {@code $K_{i,j} = K_{j,i}$} (group 1 the letter, groups 2 and 3 the two index letters, swapped on the right).
     */
    private static final Pattern EQUALS_SWAPPED = equalsSwapped("");
    /** {@code $W_{ij} = -W_{ji}$}: an antisymmetry entry by entry, as {@link #EQUALS_SWAPPED} with a minus sign. */
    private static final Pattern EQUALS_MINUS_SWAPPED = equalsSwapped("-\\s*");

    private static Pattern equalsSwapped(String sign) {
        return Pattern.compile("\\$\\s*(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?([A-Za-z])\\s*\\}?"
                + "\\s*_\\s*\\{\\s*([a-z])\\s*,?\\s*([a-z])\\s*\\}\\s*=\\s*" + sign + "(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?\\1\\s*\\}?"
                + "\\s*_\\s*\\{\\s*\\3\\s*,?\\s*\\2\\s*\\}\\s*[.,;]?\\s*\\$");
    }
    private static final Pattern ONE_MATRIX = Pattern.compile(MATRIX + "|\\b([A-Z])\\b|(?<![A-Za-z\\\\])(" + LETTER + BELOW + ")");
    /** "right only for a symmetric $B$", "not necessarily symmetric", "unless $A$ is symmetric": no declaration. */
    private static final Pattern RESTRICTED = Pattern.compile("(?i)(?:\\bonly|\\bnot|\\bnever|\\bunless|\\bnon|\\bwhether)"
            + "[\\s-]*(?:[a-z]+\\s+){0,3}$");

    /**
     * The matrices the prose says are symmetric, as {@code A symmetric} (the directive {@code assume A symmetric}): the
     * check then draws A symmetric and proves under A_ij = A_ji, so {@code \\nabla_{\\mathbf x} \\mathbf x^\\top A \\mathbf x = 2A\\mathbf x}
     * holds only where the document says so. A negated or restricted statement ("$A$ is not symmetric", "right only for a
     * symmetric $B$", "unless $A$ is symmetric") assumes nothing.
     */
    private static List<String> symmetric(String prose) {
        return symmetries(prose).stream().map(Symmetry::assumption).distinct().toList();
    }

    /**
     * A matrix the prose says is symmetric or antisymmetric ({@code property}), and whether it says so as a condition ("if $A$ is
     * symmetric", "for a symmetric $A$").
     */
    record Symmetry(String name, boolean conditional, String property) {
        String assumption() {
            return name + " " + property;
        }
    }

    private static final String SYMMETRIC_WORD = "symmetric";
    private static final String ANTISYMMETRIC_WORD = "antisymmetric";

    /**
     * The matrices {@code prose} says are symmetric ({@link #symmetric}), then those it says are antisymmetric ("Let $W$ be
     * skew-symmetric", "an antisymmetric matrix $W$", "$W^\\top = -W$", "$W_{ij} = -W_{ji}$", as {@code W antisymmetric}: the check
     * draws W = −Wᵀ and proves under W_ji = −W_ij, so ∂/∂s_k of Σ_ij W_ij s_i s_j, which is 0, is 0), in the order found, each once.
     */
    static List<Symmetry> symmetries(String prose) {
        List<Symmetry> out = new ArrayList<>();
        said(prose, List.of(IS_SYMMETRIC, BOTH_SYMMETRIC, NAMED_THEN_BOTH, LISTED_SYMMETRIC, DECLARED_SYMMETRIC, COVARIANCE,
                SYMMETRIC_MATRIX, APPOSED_SYMMETRIC, APPOSED_COVARIANCE, PARENTHESISED, GRAM, IN_SYMMETRIC_SET,
                UNDIRECTED_ADJACENCY), SYMMETRIC_WORD, out);
        equalsItsTranspose(prose, EQUALS_TRANSPOSE, EQUALS_SWAPPED, SYMMETRIC_WORD, out);
        // the precision $\Lambda = \Sigma^{-1}$ of a symmetric Σ: the inverse of a symmetric matrix is symmetric
        Matcher m = INVERSE_OF.matcher(prose);
        while (m.find()) {
            String of = named(m.group(2));
            Optional<Symmetry> inverted = out.stream().filter(x -> x.name().equals(of)).findFirst();
            if (inverted.isPresent()) {
                add(out, m.group(1), inverted.get().conditional(), SYMMETRIC_WORD);
            }
        }
        said(prose, List.of(IS_ANTISYMMETRIC, BOTH_ANTISYMMETRIC, DECLARED_ANTISYMMETRIC, ANTISYMMETRIC_MATRIX, APPOSED_ANTISYMMETRIC),
                ANTISYMMETRIC_WORD, out);
        equalsItsTranspose(prose, EQUALS_MINUS_TRANSPOSE, EQUALS_MINUS_SWAPPED, ANTISYMMETRIC_WORD, out);
        return out;
    }

    /** The matrices each of {@code patterns} names (its first group that matched) as having {@code property}, added to {@code out}. */
    private static void said(String prose, List<Pattern> patterns, String property, List<Symmetry> out) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                // "(positive definite)" alone says no symmetry; "(symmetric)" and "(SPD)" do
                if (restricted(prose, m.start()) || p == PARENTHESISED && m.group(3) == null && m.group(5) == null) {
                    continue;
                }
                // group 1 lists the matrices ("$A$ and $B$") or is one ("\\Sigma"); COVARIANCE's second form names it in group 2
                String named = java.util.stream.IntStream.rangeClosed(1, m.groupCount()).mapToObj(m::group)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                if (named == null) {
                    continue;
                }
                Matcher each = ONE_MATRIX.matcher(named);
                boolean listed = false;
                while (each.find()) {
                    // a capital in math ($A$), one in words (A is), or one listed in a declaration (\Sigma_1, \Sigma_2 \in …)
                    add(out, each.group(1) != null ? each.group(1) : each.group(2) != null ? each.group(2) : each.group(3),
                            conditional(prose, m.start()), property);
                    listed = true;
                }
                if (!listed) {
                    add(out, named.strip(), conditional(prose, m.start()), property);
                }
            }
        }
    }

    /** The matrices inline math says equal their transposes ({@code transpose}) or are so entry by entry ({@code swapped}). */
    private static void equalsItsTranspose(String prose, Pattern transpose, Pattern swapped, String property, List<Symmetry> out) {
        Matcher m = transpose.matcher(prose);
        while (m.find()) {
            if (restricted(prose, m.start())) {
                continue;
            }
            if (m.group(1) != null && m.group(1).equals(m.group(2))) {
                add(out, m.group(1), conditional(prose, m.start()), property);
            } else if (m.group(3) != null && m.group(3).equals(m.group(4))) {
                add(out, m.group(3), conditional(prose, m.start()), property);
            }
        }
        m = swapped.matcher(prose);
        while (m.find()) {
            if (!m.group(2).equals(m.group(3)) && !restricted(prose, m.start())) {
                add(out, m.group(1), conditional(prose, m.start()), property);
            }
        }
    }

    private static final String BOLD_CAPITAL = "(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?([A-Z]|\\\\(?:Sigma|Lambda|Omega))\\s*\\}?";
    /** Inline math that names the inverse of a matrix, {@code $\Lambda = \Sigma^{-1}$}: the name (group 1) and the inverted (group 2). */
    private static final Pattern INVERSE_OF = Pattern.compile("\\$\\s*" + BOLD_CAPITAL + "\\s*=\\s*" + BOLD_CAPITAL
            + "\\s*\\^\\s*\\{\\s*-\\s*1\\s*\\}\\s*[.,;]?\\s*\\$");

    private static void add(List<Symmetry> out, String written, boolean conditional, String property) {
        String name = named(written);
        if (out.stream().noneMatch(s -> s.name().equals(name) && s.property().equals(property))) {
            out.add(new Symmetry(name, conditional, property));
        }
    }

    /** A capital labelled by a subscript ({@code S_{B}}, {@code \\Sigma_0}): the capital (group 1) and the label (group 2). */
    private static final Pattern LABELLED = Pattern.compile("(\\\\?[A-Za-z]+)\\s*\\}?\\s*_\\s*\\{?\\s*([A-Za-z0-9]+)\\s*\\}?");

    /**
     * A matrix's name as written ({@code A}, {@code \\Sigma}, {@code S_B}) as the checks name it ({@code A}, {@code Sigma}, a
     * labelled capital with its label, {@code S^(B)}).
     */
    private static String named(String written) {
        Matcher l = LABELLED.matcher(written.strip());
        if (l.matches()) {
            return org.symgrad.expr.Names.withLabel(named(l.group(1)), l.group(2));
        }
        return written.startsWith("\\") ? written.substring(1) : written;
    }

    /** "If ", "when ", "for a ", "assuming the " right before: a condition of the steps it introduces, no setting. */
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\b(?:if|when|whenever|for|assuming|provided(?:\\s+that)?|in\\s+case)"
            + "\\s+(?:(?:a|an|the|any|every|all|real|square)\\s+)*$");

    private static boolean conditional(String prose, int at) {
        return CONDITIONAL.matcher(prose.substring(Math.max(0, at - 40), at)).find();
    }

    /** "a general $A$", "an arbitrary square matrix $\\mathbf{A}$", "a non-symmetric $A$" (group 1). */
    private static final Pattern GENERAL_MATRIX = Pattern.compile("(?i)\\b(?:general|arbitrary|non-?symmetric|asymmetric|unsymmetric)\\s+"
            + "(?:(?:square|real|invertible)\\s+)*(?:matrix\\s+|matrices\\s+)?" + MATRIX);
    /** "$A$ is not symmetric", "$A$ is not necessarily symmetric", "$A$ is non-symmetric" (group 1). */
    private static final Pattern NOT_SYMMETRIC = Pattern.compile(MATRIX + "\\s+(?:is|be)\\s+(?:not\\s+(?:necessarily\\s+)?symmetric"
            + "|non-?symmetric|asymmetric|general|arbitrary)");
    /** "Otherwise", "in the general case", "without symmetry": of every matrix. */
    private static final Pattern IN_GENERAL = Pattern.compile("(?i)\\b(?:otherwise|(?:in|for)\\s+the\\s+general\\s+case"
            + "|(?:for|of)\\s+a\\s+general\\s+matri(?:x|ces)|without\\s+(?:assuming\\s+)?symmetry|(?:non-?|a)symmetric\\s+case)\\b");

    /**
     * The matrices {@code prose} says are not (or not assumed) symmetric: "for a general $A$", "$A$ is not symmetric",
     * "a non-symmetric $A$"; {@code *} for every matrix ("Otherwise", "in the general case", "without symmetry").
     */
    static List<String> saidGeneral(String prose) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(GENERAL_MATRIX, NOT_SYMMETRIC)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                if (!out.contains(named(m.group(1)))) {
                    out.add(named(m.group(1)));
                }
            }
        }
        if (IN_GENERAL.matcher(prose).find()) {
            out.add("*");
        }
        return out;
    }

    private static boolean restricted(String prose, int at) {
        return RESTRICTED.matcher(prose.substring(Math.max(0, at - 30), at)).find();
    }
}
