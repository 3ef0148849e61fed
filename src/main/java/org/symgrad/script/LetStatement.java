package org.symgrad.script;

import java.util.Objects;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;

/**
 * {@code let y_i = body}: defines the name {@code target} (a {@link Sym}, or an {@link Indexed} with
 * distinct index names) from this statement on; a later {@code let} of the same name replaces it.
 * The body's free indices are among the target's.
 */
public record LetStatement(Expr target, Expr body, SourceSpan span, String text) implements Statement {
    public LetStatement {
        Objects.requireNonNull(body);
        if (!(target instanceof Variable)) {
            throw new IllegalArgumentException("let defines a name, not " + target);
        }
    }
}
