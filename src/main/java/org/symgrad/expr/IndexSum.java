package org.symgrad.expr;

import java.util.Objects;

/** {@code Σ_{index=lower}^{upper} body}; the index is bound in the body. */
public record IndexSum(String index, Expr lower, Expr upper, Expr body) implements Expr {
    public IndexSum {
        Index.requireSymbolic(index);
        Objects.requireNonNull(lower);
        Objects.requireNonNull(upper);
        Objects.requireNonNull(body);
    }

    @Override
    public String toString() {
        return "Sum[" + index + "=" + lower + ".." + upper + ", " + body + "]";
    }
}
