package org.symgrad.derive;

import java.util.List;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;

/**
 * A worked derivation of {@code ∂of/∂wrt}: the steps from the unevaluated derivative to the
 * result, each citing the rule that produced it, and the inner derivatives of the chain rule
 * through definitions as sub-derivations (shown before the main one, as a textbook does).
 */
public record Derivation(Expr of, Expr wrt, List<Step> steps, List<Derivation> inner, java.util.Set<String> labels) {
    /**
     * @param labels the fixed labels of the definitions in force ({@code o} of {@code let y_w = delta(w, o)},
     *               {@link Definition#labels}): indices that name one fixed class wherever they occur, so no
     *               axis of the result's matrix form
     */
    public Derivation {
        steps = List.copyOf(steps);
        inner = List.copyOf(inner);
        labels = java.util.Set.copyOf(labels);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a derivation has at least its result");
        }
    }

    /** A derivation with no fixed labels in force. */
    public Derivation(Expr of, Expr wrt, List<Step> steps, List<Derivation> inner) {
        this(of, wrt, steps, inner, java.util.Set.of());
    }

    /** This derivation, and its sub-derivations, with the fixed labels {@code labels} in force. */
    public Derivation withLabels(java.util.Set<String> labels) {
        if (labels.equals(this.labels)) {
            return this;
        }
        return new Derivation(of, wrt, steps, inner.stream().map(d -> d.withLabels(labels)).toList(), labels);
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
