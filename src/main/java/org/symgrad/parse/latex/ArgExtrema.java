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
 * written {@code \mathbb{1}[j = k^*]}); the label is an index like the one-hot label y.
 */
public final class ArgExtrema {
    private static final String STAR = "\\^\\s*(?:\\*|\\{\\s*\\*\\s*\\}|\\\\star\\b|\\{\\s*\\\\star\\s*\\})";
    private static final Pattern DECLARED = Pattern.compile(
            "(?:(?<![A-Za-z\\\\])([A-Za-z])\\s*(" + STAR + ")?|\\\\hat\\s*\\{?\\s*([A-Za-z])\\s*\\}?)\\s*(?::=|=)\\s*"
                    + "(?:\\\\arg\\s*\\\\(max|min)|\\\\operatorname\\*?\\s*\\{\\s*arg\\s*(?:\\\\[,;:!]\\s*)?(max|min)\\s*\\}"
                    + "|\\\\(?:mathrm|text)\\s*\\{\\s*arg\\s*(?:\\\\[,;:!]\\s*)?(max|min)\\s*\\}|\\\\arg(max|min)\\b)"
                    + "\\s*(?:\\\\limits\\s*)?_\\s*(?:\\{\\s*([a-z])\\s*\\}|([a-z]))");

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
            String index = first(m.group(8), m.group(9));
            if (label.equals(index)) {
                continue;
            }
            String key = which + ":" + index;
            String before = out.putIfAbsent(key, label);
            if (before != null && !before.equals(label)) {
                out.put(key, "");
            }
        }
        out.values().removeIf(String::isEmpty);
        return Map.copyOf(out);
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
