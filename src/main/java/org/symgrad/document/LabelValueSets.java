package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two values a label takes, stated in inline math (SPEC §8): "labels $y \in \{-1, +1\}$", "$y_i \in \{0, 1\}$",
 * "$y \in \{\pm 1\}$", "with $x \in \mathbb{R}^d, y \in \{-1, 1\}$" are the directive {@code assume y in {-1, 1}} (or
 * {@code y in {0, 1}}): the check draws y at those values and proves with y² = 1 (y^k = y), so the margin loss's
 * Hessian σ(y wᵀx)(1 − σ(y wᵀx)) x xᵀ, which drops y² = 1, is right where the text says so (it was ✗ at y = 0.68).
 * Only the label sets {0, 1} and {−1, 1} of one letter not defined by the document are read, the letter plain or bold,
 * perhaps with an example's subscript or label ({@code y_i}, {@code y^{(i)}}); an index letter (i … n) ranges over
 * values, it is no label. A negated statement ("not $y \in \{0, 1\}$") assumes nothing.
 */
final class LabelValueSets {
    /** One letter, plain or bold, with an example's subscript or label: group 1 the letter. */
    private static final String NAME = "(?:\\\\(?:mathbf|boldsymbol|bm)\\s*\\{\\s*)?([A-Za-z])\\s*\\}?"
            + "\\s*(?:_\\s*(?:\\{\\s*[a-z]\\s*\\}|[a-z]))?\\s*(?:\\^\\s*\\{\\s*\\(\\s*[a-z]\\s*\\)\\s*\\})?";
    private static final String OPEN = "(?:\\\\\\{|\\\\lbrace)";
    private static final String CLOSE = "(?:\\\\\\}|\\\\rbrace)";
    /** The set: {0, 1}, {1, 0} (group 2 a zero), {-1, +1}, {+1, -1}, {\pm 1} (group 2 absent). */
    private static final String SET = OPEN + "\\s*(?:(0)\\s*,\\s*1|1\\s*,\\s*(0)|-\\s*1\\s*,\\s*\\+?\\s*1|\\+?\\s*1\\s*,\\s*-\\s*1"
            + "|\\\\pm\\s*1)\\s*" + CLOSE;
    /**
     * The statement as a whole inline formula or one item of a list in one ({@code x \in \mathbb{R}^d, y \in \{-1, 1\}}); not
     * of a vector of such entries ({@code \{0, 1\}^K}, one-hot labels, whose draw two values per entry would undo).
     */
    private static final Pattern STATED = Pattern.compile("(?:\\$|,)\\s*" + NAME + "\\s*(?:\\\\in(?![a-zA-Z])|∈)\\s*" + SET
            + "\\s*[.,;]?\\s*(?=\\$|,)");
    private static final Pattern IN_MATH = Pattern.compile("\\$[^$]+\\$");

    private LabelValueSets() {
    }

    /**
     * The label sets {@code prose} states in its inline math, in symgrad's ASCII ({@code y in {-1, 1}}), in the order written,
     * leaving out a name the document defines ({@code defined}): a claim about a definition is the check's to decide.
     */
    static List<String> find(String prose, Predicate<String> defined) {
        List<String> out = new ArrayList<>();
        Matcher math = IN_MATH.matcher(prose);
        while (math.find()) {
            if (ProseParameterRanges.negated(prose, math.start())) {
                continue;
            }
            String formula = math.group();
            int from = 0;
            Matcher m = STATED.matcher(formula);
            while (from < formula.length() && m.find(from)) {
                String name = m.group(1);
                boolean zero = m.group(2) != null || m.group(3) != null;
                String a = name + " in {" + (zero ? "0" : "-1") + ", 1}";
                if (!"ijklmn".contains(name) && !defined.test(name) && !out.contains(a)) {
                    out.add(a);
                }
                from = Math.max(m.end(), m.start() + 1);
            }
        }
        return out;
    }
}
