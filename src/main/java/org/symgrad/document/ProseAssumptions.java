package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prose says of a vector that the checker may assume (SPEC §8): "with one-hot $y$", "the one-hot
 * target $\mathbf{t}$", "$y$ is a one-hot vector" are the directive {@code assume y one-hot}, said in words.
 * A sum to one written in inline math ("because the targets sum to one, $\sum_{k=1}^{K} y_k = 1$") is the
 * directive {@code assume sum_k y_k = 1}, as the same sum in display math is. A negated statement ("unlike
 * one-hot $y$", "$q$ is not one-hot", "non-one-hot", "need not satisfy $\sum_k q_k = 1$") assumes nothing.
 */
final class ProseAssumptions {
    /** Inline math holding one name, possibly bold and with index letters: $y$, $\mathbf{t}$, $y_k$. */
    private static final String NAME = "\\$\\s*(?:\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{\\s*)?([A-Za-z])\\s*\\}?"
            + "\\s*(?:_\\s*\\{?\\s*[a-z]{1,2}\\s*\\}?)?\\s*\\$";
    private static final String ONE_HOT = "one[- ]?hot(?:[- ]encoded)?";
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b" + ONE_HOT
            + "(?:\\s+[a-z]+){0,2}?\\s*,?\\s*" + NAME);
    private static final Pattern AFTER = Pattern.compile("(?i)" + NAME
            + "\\s+(?:is|are|be|being)\\s+(?:(?!not\\b|never\\b)[a-z]+\\s+){0,2}?" + ONE_HOT + "\\b");
    /**
     * Inline math that is one sum to one and nothing else: {@code $\sum_k y_k = 1$}, {@code $\sum_{k=1}^{K} y_{k} = 1$},
     * {@code $\sum_{j} \mathbf{t}_j = 1,$}; group 1 or 2 is the Σ's index, 3 or 4 the vector, 5 its subscript.
     */
    private static final Pattern SUM_TO_ONE = Pattern.compile("\\$\\s*\\\\sum\\s*_\\s*(?:\\{\\s*([a-z])\\s*(?:=[^{}$]*)?\\}|([a-z]))"
            + "\\s*(?:\\^\\s*(?:\\{[^{}$]*\\}|[A-Za-z0-9]))?\\s*"
            + "(?:\\\\(?:mathbf|boldsymbol|bm|vec)\\s*\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))"
            + "\\s*_\\s*(?:\\{\\s*([a-z])\\s*\\}|([a-z]))\\s*=\\s*1\\s*[.,;]?\\s*\\$");
    private static final Pattern NEGATION = Pattern.compile("(?i)(?:\\bnot|\\bnever|\\bno|\\bunlike|\\binstead of"
            + "|\\brather than|\\bnon)[\\s-]*(?:[a-z]+\\s+)?$");

    private ProseAssumptions() {
    }

    /** The assumptions {@code prose} states, in symgrad's ASCII ({@code y one-hot}), in the order written. */
    static List<String> find(String prose) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(BEFORE, AFTER)) {
            Matcher m = p.matcher(prose);
            while (m.find()) {
                String before = prose.substring(Math.max(0, m.start() - 20), m.start());
                String name = m.group(1) + " one-hot";
                if (!NEGATION.matcher(before).find() && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        Matcher m = SUM_TO_ONE.matcher(prose);
        while (m.find()) {
            String index = m.group(1) != null ? m.group(1) : m.group(2);
            String vector = m.group(3) != null ? m.group(3) : m.group(4);
            String subscript = m.group(5) != null ? m.group(5) : m.group(6);
            String before = prose.substring(Math.max(0, m.start() - 20), m.start());
            String sum = "sum_" + index + " " + vector + "_" + index + " = 1";
            if (index.equals(subscript) && !NEGATION.matcher(before).find() && !out.contains(sum)) {
                out.add(sum);
            }
        }
        out.addAll(symmetric(prose).stream().filter(a -> !out.contains(a)).toList());
        return out;
    }

    /** A matrix name in inline math, possibly bold: $A$, $\mathbf{A}$ (group 1). */
    private static final String MATRIX = "\\$\\s*(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb)\\s*\\{\\s*)?([A-Z])\\s*\\}?\\s*\\$";
    /** Words that may stand between "is" and "symmetric": "is a real symmetric", "be an $n \\times n$ symmetric". */
    private static final String QUALIFIERS = "(?:(?:a|an|the|real|square|positive|negative|semi-?definite|definite|invertible"
            + "|nonsingular|\\$[^$]{1,24}\\$|[a-z]-by-[a-z]|[a-z]\\s*(?:x|×)\\s*[a-z]),?\\s+)*";
    /** "$A$ is symmetric", "Let $\\mathbf{A}$ be a real symmetric matrix", "$A$ and $B$ are symmetric", "A is symmetric". */
    private static final Pattern IS_SYMMETRIC = Pattern.compile("((?:(?:" + MATRIX + "|\\b[A-Z](?=\\s+(?:is|be)\\b))\\s*(?:,|and)?\\s*)+)"
            + "(?:is|be|are)\\s+" + QUALIFIERS + "symmetric\\b");
    /** "a symmetric matrix $A$", "the symmetric positive definite $\\mathbf{A}$". */
    private static final Pattern SYMMETRIC_MATRIX = Pattern.compile("\\bsymmetric\\s+(?:(?:positive|negative|semi-?definite|definite|real"
            + "|square|\\$[^$]{1,24}\\$)\\s+)*(?:matrix\\s+|matrices\\s+)?" + MATRIX);
    /**
     * Inline math that states the symmetry and nothing else: {@code $A = A^\\top$}, {@code $A^T = A$},
     * {@code $\\mathbf{A}^\\intercal = \\mathbf{A}$} (groups 1 and 2, or 3 and 4, the same letter).
     */
    private static final String BOLD_LETTER = "(?:\\\\(?:mathbf|boldsymbol|bm|mathbfit|pmb)\\s*\\{\\s*)?([A-Z])\\s*\\}?";
    private static final String TRANSPOSE = "\\s*\\^\\s*\\{?\\s*(?:T|\\\\top|\\\\intercal|\\\\mathsf\\s*\\{\\s*T\\s*\\}|\\\\mathrm\\s*\\{\\s*T\\s*\\})\\s*\\}?";
    private static final Pattern EQUALS_TRANSPOSE = Pattern.compile("\\$\\s*(?:" + BOLD_LETTER + "\\s*=\\s*" + BOLD_LETTER + TRANSPOSE
            + "|" + BOLD_LETTER + TRANSPOSE + "\\s*=\\s*" + BOLD_LETTER + ")\\s*[.,;]?\\s*\\$");
    private static final Pattern ONE_MATRIX = Pattern.compile(MATRIX + "|\\b([A-Z])\\b");
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
        List<String> out = new ArrayList<>();
        Matcher m = IS_SYMMETRIC.matcher(prose);
        while (m.find()) {
            if (restricted(prose, m.start())) {
                continue;
            }
            Matcher each = ONE_MATRIX.matcher(m.group(1));
            while (each.find()) {
                add(out, each.group(1) != null ? each.group(1) : each.group(2));
            }
        }
        m = SYMMETRIC_MATRIX.matcher(prose);
        while (m.find()) {
            if (!restricted(prose, m.start())) {
                add(out, m.group(1));
            }
        }
        m = EQUALS_TRANSPOSE.matcher(prose);
        while (m.find()) {
            if (restricted(prose, m.start())) {
                continue;
            }
            if (m.group(1) != null && m.group(1).equals(m.group(2))) {
                add(out, m.group(1));
            } else if (m.group(3) != null && m.group(3).equals(m.group(4))) {
                add(out, m.group(3));
            }
        }
        return out;
    }

    private static boolean restricted(String prose, int at) {
        return RESTRICTED.matcher(prose.substring(Math.max(0, at - 30), at)).find();
    }

    private static void add(List<String> out, String name) {
        String a = name + " symmetric";
        if (!out.contains(a)) {
            out.add(a);
        }
    }
}
