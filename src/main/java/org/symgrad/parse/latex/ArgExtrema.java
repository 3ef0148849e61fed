package org.symgrad.parse.latex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries a document names as the arg max or arg min over an index ({@code k^* = \arg\max_k z_k},
 * {@code \hat{c} = \operatorname{argmax}_{c} s_c}, {@code y^\star = \operatorname*{arg\,max}_j p_j}), in its
 * display or inline math. Where the document says which entry is the max, {@code \max_k z_k} is that entry,
 * {@code z_{k^*}}: near any point where the arg max is one entry it stays that entry, so the max equals it
 * as a function there, and its derivative is the indicator of it ({@code ∂ max_k z_k / ∂z_j = δ_{j k^*}},
 * written {@code \mathbb{1}[j = k^*]}); the label is an index like the one-hot label y. A max that leaves one value
 * out, {@code \max_{j \neq y} s_j} (Crammer–Singer's multiclass hinge), is read the same way, at the label the document
 * names for it ({@code j^* = \arg\max_{j \neq y} s_j}) or else at {@code j^*}, and the label is never the value left
 * out; not where the document sums over that value ({@code \sum_y}), as the max entry then moves with it.
 */
public final class ArgExtrema {
    /** {@code \neq}, {@code \ne}, {@code ≠}. */
    private static final String NOT_EQUAL = "(?:\\\\neq?(?![A-Za-z])|≠)";
    private static final String STAR = "\\^\\s*(?:\\*|\\{\\s*\\*\\s*\\}|\\\\star\\b|\\{\\s*\\\\star\\s*\\})";
    private static final Pattern DECLARED = Pattern.compile(
            "(?:(?<![A-Za-z\\\\])([A-Za-z])\\s*(" + STAR + ")?|\\\\hat\\s*\\{?\\s*([A-Za-z])\\s*\\}?)\\s*(?::=|=)\\s*"
                    + "(?:\\\\arg\\s*\\\\(max|min)|\\\\operatorname\\*?\\s*\\{\\s*arg\\s*(?:\\\\[,;:!]\\s*)?(max|min)\\s*\\}"
                    + "|\\\\(?:mathrm|text)\\s*\\{\\s*arg\\s*(?:\\\\[,;:!]\\s*)?(max|min)\\s*\\}|\\\\arg(max|min)\\b)"
                    + "\\s*(?:\\\\limits\\s*)?_\\s*(?:\\{\\s*([a-z])\\s*\\}|([a-z])|\\{\\s*([a-z])\\s*" + NOT_EQUAL + "\\s*([a-z])\\s*\\})");
    /** A max or min over an index with one value left out: {@code \max_{j \neq y}} (groups: which, index, the value left out). */
    private static final Pattern EXCLUDING = Pattern.compile("\\\\(max|min)\\s*(?:\\\\limits\\s*)?_\\s*\\{\\s*([a-z])\\s*"
            + NOT_EQUAL + "\\s*([a-z])\\s*\\}");

    private ArgExtrema() {
    }

    /**
     * The labels {@code text} declares, by {@code "max:k"} or {@code "min:k"} (the extremum and the index it runs
     * over), each as symgrad spells the label: {@code kstar} for {@code k^*}, {@code chat} for {@code \hat{c}},
     * the letter for a plain one. An index with two different labels declared has none.
     */
    public static Map<String, String> in(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = DECLARED.matcher(text);
        while (m.find()) {
            String label = m.group(1) != null ? m.group(1) + (m.group(2) != null ? "star" : "") : m.group(3) + "hat";
            String which = first(m.group(4), m.group(5), m.group(6), m.group(7));
            String index = first(m.group(8), m.group(9), m.group(10));
            if (label.equals(index)) {
                continue;
            }
            String key = which + ":" + index + (m.group(11) != null ? EXCLUDED + m.group(11) : "");
            String before = out.putIfAbsent(key, label);
            if (before != null && !before.equals(label)) {
                out.put(key, "");
            }
        }
        out.values().removeIf(String::isEmpty);
        // \max_{j \neq y} s_j with no label named: its max entry at j^*, a label of its own (jstar) unless that is taken
        Matcher u = EXCLUDING.matcher(text);
        while (u.find()) {
            String key = u.group(1) + ":" + u.group(2) + EXCLUDED + u.group(3);
            String label = u.group(2) + "star";
            if (!u.group(2).equals(u.group(3)) && !out.containsKey(key) && !out.containsValue(label) && !summedOver(text, u.group(3))) {
                out.put(key, label);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * Whether {@code text} sums or multiplies over {@code letter} ({@code \sum_{y}}, {@code \sum_{y=1}^K}): then the value a
     * max leaves out varies, and the max entry with it; one label cannot stand for it.
     */
    private static boolean summedOver(String text, String letter) {
        return Pattern.compile("\\\\(?:sum|prod)\\s*(?:\\\\limits\\s*)?_\\s*\\{?\\s*" + letter + "(?![A-Za-z])").matcher(text).find();
    }

    /** How a key writes the value a max leaves out: {@code "max:j!=y"}. */
    static final String EXCLUDED = "!=";

    /**
     * The value each label's max leaves out ({@code jstar → y} of {@code \max_{j \neq y}}): the label is never it, a
     * branch {@code jstar ≠ y} of every step that has both.
     */
    public static Map<String, String> excluded(Map<String, String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        labels.forEach((key, label) -> {
            int at = key.indexOf(EXCLUDED);
            if (at >= 0) {
                out.put(label, key.substring(at + EXCLUDED.length()));
            }
        });
        return out;
    }

    /** The label of {@code which} ("max" or "min") over {@code index} in {@code labels}, if declared. */
    static Optional<String> of(Map<String, String> labels, String which, String index) {
        return Optional.ofNullable(labels.get(which + ":" + index));
    }

    private static String first(String... options) {
        for (String o : options) {
            if (o != null) {
                return o;
            }
        }
        return null;
    }
}
