package org.symgrad.derive;

import java.util.Objects;
import org.symgrad.expr.Expr;

/** One line of a derivation: {@code = expr   (rule)}, numerically equal to the line before. */
public record Step(String rule, Expr expr) {
    public Step {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(expr);
    }
}
