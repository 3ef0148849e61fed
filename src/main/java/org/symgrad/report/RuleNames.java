package org.symgrad.report;

import java.util.Map;

/**
 * How a rule's stable kebab-case name reads in a derivation: {@code chain-rule} → "chain rule",
 * {@code derivative-of-sigma} → "derivative of σ" (LaTeX {@code \sigma}).
 */
public final class RuleNames {
    private static final Map<String, String> UNICODE = Map.of(
            "sigma", "σ", "delta", "δ", "index-derivative", "∂x_i/∂x_j = δ_ij");
    private static final Map<String, String> LATEX = Map.of(
            "sigma", "$\\sigma$", "delta", "$\\delta$", "index-derivative",
            "$\\partial x_i/\\partial x_j = \\delta_{ij}$");

    private RuleNames() {
    }

    public static String text(String rule) {
        return AssumptionNames.text(rule).orElseGet(() -> words(rule, UNICODE));
    }

    /** The rule as the argument of {@code \text{…}}. */
    public static String latex(String rule) {
        return AssumptionNames.latex(rule).orElseGet(() -> words(rule, LATEX));
    }

    private static String words(String rule, Map<String, String> special) {
        if (special.containsKey(rule)) {
            return special.get(rule);
        }
        StringBuilder out = new StringBuilder();
        for (String w : rule.split("-")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(special.getOrDefault(w, w));
        }
        return out.toString();
    }
}
