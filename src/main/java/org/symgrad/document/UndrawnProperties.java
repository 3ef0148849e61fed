package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text states of a matrix that the check cannot draw: idempotent ("$P^2 = P$", "a projection matrix $P$", "$P$ is
 * idempotent"), orthogonal ("an orthogonal matrix $Q$", "$Q^\top Q = I$", "a rotation matrix $R$") or triangular ("$L$ is lower
 * triangular", "the Cholesky factor $L$": log det(LLᵀ) = 2 Σ log L_ii holds only so). A step false at points
 * where the matrix is not so may hold where it is (∇‖Px‖² = 2Px of a symmetric idempotent P), so such a step is undecided,
 * saying why, never false. A negated or restricted statement ("not orthogonal", "unless $P$ is idempotent") states nothing.
 */
final class UndrawnProperties {
    private UndrawnProperties() {
    }

    /** A capital in inline math, plain or bold (group 1). */
    private static final String CAPITAL = "(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?([A-Z])\\s*\\}?";
    private static final String MATH_CAPITAL = "\\$\\s*" + CAPITAL + "\\s*\\$";
    /** A capital alone in inline math, or declared there ({@code $Q \\in \\mathbb{R}^{n \\times n}$}) (group 1). */
    private static final String SUBJECT = "\\$\\s*" + CAPITAL + "\\s*(?:(?:\\\\in|∈)[^$]{1,60})?\\$";
    private static final String TRANSPOSE = "\\s*\\^\\s*\\{?\\s*(?:T|\\\\top|\\\\intercal|\\\\mathsf\\s*\\{\\s*T\\s*\\}|\\\\mathrm\\s*\\{\\s*T\\s*\\})\\s*\\}?";
    private static final String IDENTITY = "\\s*(?:I|\\\\mathbf\\s*\\{\\s*I\\s*\\}|\\\\mathbb\\s*\\{\\s*I\\s*\\}|I_\\s*\\{?\\s*\\w+\\s*\\}?)";

    /**
     * Where a statement's side starts in math: right after the {@code $}, or after an earlier statement's separator or
     * relation ({@code $A^2 = A, \quad P^2 = P$}); not inside a product ({@code (A^\top A)^{-1} A^\top A = I} states nothing of A).
     */
    private static final String SIDE_START = "\\$(?:[^$]*?(?:,|;|=|\\\\quad|\\\\qquad|\\\\text\\s*\\{[^}$]*\\}))?\\s*";

    /** What a triangular matrix is: its entries on one side of the diagonal are 0, which the check does not draw. */
    static final String TRIANGULAR = "triangular (its entries on one side of the diagonal 0)";

    private record Property(Pattern pattern, String words) {
    }

    private static final java.util.List<Property> PROPERTIES = java.util.List.of(
            // $P^2 = P$, $PP = P$
            new Property(Pattern.compile(SIDE_START + CAPITAL + "\\s*(?:\\^\\s*\\{?\\s*2\\s*\\}?|(?:\\\\mathbf\\s*\\{\\s*)?\\1\\s*\\}?)"
                    + "\\s*=\\s*(?:\\\\mathbf\\s*\\{\\s*)?\\1(?![A-Za-z^_])"), "idempotent (P² = P)"),
            new Property(Pattern.compile("(?i:idempotent|projection)\\s+(?:(?:matrix|matrices|operator)\\s+)?" + MATH_CAPITAL), "idempotent (P² = P)"),
            new Property(Pattern.compile(SUBJECT + "\\s+(?:is|be)\\s+(?:an?\\s+|the\\s+)?(?:(?:orthogonal|symmetric)\\s+)?(?i:idempotent|projection)\\b"),
                    "idempotent (P² = P)"),
            // $Q^\top Q = I$, $QQ^\top = I$
            new Property(Pattern.compile(SIDE_START + CAPITAL + "(?:" + TRANSPOSE + "\\s*(?:\\\\mathbf\\s*\\{\\s*)?\\1\\s*\\}?|\\s*(?:\\\\mathbf\\s*\\{\\s*)?\\1\\s*\\}?"
                    + TRANSPOSE + ")\\s*=" + IDENTITY), "orthogonal (QᵀQ = I)"),
            new Property(Pattern.compile("(?i:orthogonal|orthonormal|rotation|unitary|permutation)\\s+(?:matrix|matrices)\\s+" + MATH_CAPITAL),
                    "orthogonal (QᵀQ = I)"),
            new Property(Pattern.compile(SUBJECT + "\\s+(?:is|be)\\s+(?:an?\\s+)?(?i:orthogonal|orthonormal|unitary|a\\s+rotation|a\\s+permutation)\\b"
                    + "(?!\\s+(?:to|projection|of))"), "orthogonal (QᵀQ = I)"),
            new Property(Pattern.compile(SUBJECT + "\\s+(?:has|with)\\s+orthonormal\\s+columns"), "with orthonormal columns (QᵀQ = I)"),
            // "a lower triangular matrix $L$", "$L$ is upper triangular", "the Cholesky factor $L$"
            new Property(Pattern.compile("(?i:triangular)\\s+(?:matrix|matrices|factor)\\s+" + MATH_CAPITAL), TRIANGULAR),
            new Property(Pattern.compile(SUBJECT + "\\s+(?:is|be)\\s+(?:an?\\s+)?(?i:(?:lower|upper)[\\s-]*)?(?i:triangular)\\b"), TRIANGULAR),
            new Property(Pattern.compile("(?i:cholesky)\\s+(?:factor|decomposition|factorization|factorisation)\\s+" + MATH_CAPITAL), TRIANGULAR));


    /** "not orthogonal", "unless", "only for": a restricted statement. */
    private static final Pattern RESTRICTED = Pattern.compile("(?i)(?:\\bonly|\\bnot|\\bnever|\\bunless|\\bnon|\\bwhether)[\\s-]*(?:[a-z$]+\\s+){0,3}$");

    /** The matrices {@code document} states so, each with the words of what it states. */
    static Map<String, String> in(String document) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Property p : PROPERTIES) {
            Matcher m = p.pattern().matcher(document);
            while (m.find()) {
                if (!RESTRICTED.matcher(document.substring(Math.max(0, m.start() - 30), m.start())).find()
                        && !document.substring(m.start(), m.end()).matches("(?s).*\\bnot\\b.*")) {
                    out.putIfAbsent(m.group(1), p.words());
                }
            }
        }
        return out;
    }
}
