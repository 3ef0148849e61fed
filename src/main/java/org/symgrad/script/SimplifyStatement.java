package org.symgrad.script;

import java.util.Objects;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;

/** {@code simplify expr}, or a bare expression on a line of its own. */
public record SimplifyStatement(Expr expr, SourceSpan span, String text) implements Statement {
    public SimplifyStatement {
        Objects.requireNonNull(expr);
    }
}
