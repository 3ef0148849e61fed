package org.symgrad.expr;

import java.util.Objects;

/**
 * The unevaluated derivative {@code ∂of/∂wrt}. It is what {@code diff(f, x)} parses to, what a
 * derivation step shows before a rule expands it, and what stays when the derivative cannot be
 * expanded (an abstract function: {@code ∂L/∂y_k}). {@code wrt} is a {@link Sym} or {@link Indexed}.
 */
public record Derivative(Expr of, Expr wrt) implements Expr {
    public Derivative {
        Objects.requireNonNull(of);
        if (!(wrt instanceof Sym) && !(wrt instanceof Indexed)) {
            throw new IllegalArgumentException("can only differentiate with respect to a variable, not " + wrt);
        }
    }

    @Override
    public String toString() {
        return "D[" + of + ", " + wrt + "]";
    }
}
