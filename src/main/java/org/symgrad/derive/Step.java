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
}
