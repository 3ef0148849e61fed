package org.symgrad.expr;

/**
 * A symbolic expression: an immutable tree of records with structural equality.
 *
 * <p>Constructors only validate; they never simplify ({@code new Pow(x, ONE)} stays a power).
 * {@link Exprs} holds the factories that flatten and drop neutral literals, and the
 * {@code simplify} package turns an expression into canonical textbook form.
 */
public sealed interface Expr
        permits Num, Sym, Indexed, Add, Mul, Pow, Fn, IndexSum, Delta, Derivative {
}
