package org.symgrad.derive;

import java.util.List;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;

/**
 * A worked derivation of {@code ∂of/∂wrt}: the steps from the unevaluated derivative to the
 * result, each citing the rule that produced it, and the inner derivatives of the chain rule
 * through definitions as sub-derivations (shown before the main one, as a textbook does).
 */
public record Derivation(Expr of, Expr wrt, List<Step> steps, List<Derivation> inner) {
    public Derivation {
        steps = List.copyOf(steps);
        inner = List.copyOf(inner);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a derivation has at least its result");
        }
    }

    /** The unevaluated derivative this derivation starts from. */
    public Derivative start() {
        return new Derivative(of, wrt);
    }

    public Expr result() {
        return steps.get(steps.size() - 1).expr();
    }
}
