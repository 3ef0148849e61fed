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

    /**
     * A derivation whose steps were not recorded: its one step is the result (computed by
     * {@link Deriver#derivative(Expr, Expr)}, which is several times faster than recording).
     */
    public static Derivation resultOnly(Expr of, Expr wrt, Expr result) {
        return new Derivation(of, wrt, List.of(new Step("result", result)), List.of());
    }

    /** The unevaluated derivative this derivation starts from. */
    public Derivative start() {
        return new Derivative(of, wrt);
    }

    /**
     * This derivation as a textbook prints it ({@code --detail brief}): the definition written
     * out, the line where the differentiation is done, the key rules' lines and the result; each
     * row cites every rule applied since the row before it, joined by {@code ", "}.
     */
    public Derivation brief() {
        return Brief.of(this);
    }

    public Expr result() {
        return steps.get(steps.size() - 1).expr();
    }
}
