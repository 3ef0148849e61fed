package org.symgrad.diff;

import java.util.Objects;

import org.symgrad.expr.Expr;

/**
 * One application of a named differentiation rule: {@code rule} is the stable kebab-case name a
 * derivation step cites ({@code "product-rule"}), {@code result} is what the rule produced — it
 * may contain further unevaluated {@code Derivative} nodes for the next steps.
 */
public record RuleApplication(String rule, Expr result) {
    public RuleApplication {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(result);
    }
}
