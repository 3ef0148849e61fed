package org.symgrad.derive;

import java.util.Objects;
import org.symgrad.expr.Expr;

/**
 * One line of a derivation: {@code = expr   (rule)}, numerically equal to the line before; a brief
 * row cites several rules, joined by {@link #RULES_SEPARATOR}.
 */
public record Step(String rule, Expr expr) {
    /**
     * How a row that stands for several steps ({@link Derivation#brief()}) joins the rules it
     * applied: {@code constant-factor, derivative-of-sum, chain-rule}.
     */
    public static final String RULES_SEPARATOR = ", ";

    public Step {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(expr);
    }

    /**
     * The rules this step cites, in order: {@link #rule} split at {@link #RULES_SEPARATOR} outside
     * braces, so a rule that names a fact ({@code assumption: y in {0, 1}}) stays whole.
     */
    public java.util.List<String> rules() {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && rule.startsWith(RULES_SEPARATOR, i)) {
                out.add(rule.substring(start, i));
                start = i + RULES_SEPARATOR.length();
                i = start - 1;
            }
        }
        out.add(rule.substring(start));
        return out;
    }
}
