package org.symgrad.diff;

import java.util.Optional;

import org.symgrad.expr.Expr;

/**
 * The hook through which definitions ({@code let y_i = …}) take part in differentiation: the
 * derivative of a leaf ({@code Sym} or {@code Indexed}) with respect to a variable, when the
 * leaf is a defined name. When it returns a value, that value is the leaf's derivative (cited as
 * rule {@code "definition"}) instead of 0 or δ. A bare symbol {@code y} that is the argument of an
 * abstract function is asked about as an entry {@code y_m} (a fresh index) too: a value there makes
 * {@code y} a vector and the chain rule sums over its entries.
 */
@FunctionalInterface
public interface DefinedDerivatives {
    /** No definitions: every leaf differentiates to 1, δ or 0. */
    DefinedDerivatives NONE = (leaf, wrt) -> Optional.empty();

    Optional<Expr> derivative(Expr symbolOrIndexed, Expr wrt);
}
