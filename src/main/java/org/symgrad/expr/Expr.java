package org.symgrad.expr;

/**
 * A symbolic expression: an immutable tree with structural equality.
 *
 * <p>Constructors only validate; they never simplify ({@code new Pow(x, ONE)} stays a power).
 * {@link Exprs} holds the factories that flatten and drop neutral literals, and the
 * {@code simplify} package turns an expression into canonical textbook form. Every node computes
 * its hash code once, when it is built, so deep trees are cheap keys of memo tables.
 */
public sealed interface Expr permits Variable, Num, Compound, IndexSum, IndexProduct, Delta, Derivative {
}
