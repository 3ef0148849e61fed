package org.symgrad.rewrite;

import org.symgrad.expr.Expr;

/** The result of a rewriting loop: the expression, why the loop stopped, and how many rules it applied. */
public record Rewritten(Expr result, StopReason reason, int applications) {
}
