package org.symgrad.script;

import java.util.Objects;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;

/** {@code assume lhs = rhs}: an identity the simplifier may use from this statement on. */
public record AssumeStatement(Expr lhs, Expr rhs, SourceSpan span, String text) implements Statement {
    public AssumeStatement {
        Objects.requireNonNull(lhs);
        Objects.requireNonNull(rhs);
    }
}
