package org.symgrad.script;

import java.util.List;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;

/** {@code check a = b = c …}: verify that each side equals the next; at least two sides. */
public record CheckStatement(List<Expr> sides, SourceSpan span, String text) implements Statement {
    public CheckStatement {
        sides = List.copyOf(sides);
        if (sides.size() < 2) {
            throw new IllegalArgumentException("check needs at least two sides");
        }
    }
}
