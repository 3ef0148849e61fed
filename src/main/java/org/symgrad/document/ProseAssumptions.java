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
        return out;
    }
}
