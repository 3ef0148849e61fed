package org.symgrad.script;

import java.util.Objects;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/** {@code derive of wrt x}: differentiate {@code of} through the definitions; {@code wrt} is a variable. */
public record DeriveStatement(Expr of, Expr wrt, SourceSpan span, String text) implements Statement {
    public DeriveStatement {
        Objects.requireNonNull(of);
        if (!(wrt instanceof Variable)) {
            throw new IllegalArgumentException("derive is with respect to a variable, not " + wrt);
        }
    }
}
