package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;

/**
 * A loss known through its upstream gradient by a vector ({@link UpstreamGradients}: "Given $g_i = \partial L/\partial y_i$",
 * L read as Σ_i g_i y_i) in a document that writes range sizes of their own ({@code W \in \mathbb{R}^{m \times n}} beside
 * {@code \sum_{i=1}^m}): the sum runs over y's entries, whose number the reading does not know (it runs to n), so a step
 * through it is undecided, saying why. Read with the sum to n, the right {@code \partial L/\partial x_j = \sum_{i=1}^m W_{ij} g_i}
 * was false ("holds only where m … is the size its other sums run to") and the slip {@code \sum_{i=1}^n W_{ij} g_i} proven.
 */
final class UpstreamSums {
    private UpstreamSums() {
    }

    /**
     * Why {@code d} is not checked, where it differentiates such a loss in a document with range sizes of their own;
     * {@code definedAt}: the lines of the names the document gives, the gradient's among them.
     */
    static Optional<String> in(Derivative d, Definitions definitions, Sampling sampling, java.util.Map<String, Integer> definedAt) {
        if (sampling.sizes().isEmpty() || !(d.of() instanceof Sym loss)) {
            return Optional.empty();
        }
        Optional<Definition> def = definitions.of(loss.name()).filter(x -> x.target() instanceof Sym);
        if (def.isEmpty()) {
            return Optional.empty();
        }
        Expr body = def.get().body();
        List<String> indices = new ArrayList<>();
        while (body instanceof IndexSum s && s.upper().equals(Exprs.N) && Exprs.isNum(s.lower(), 1)) {
            indices.add(s.index());
            body = s.body();
        }
        if (indices.isEmpty() || !(body instanceof Mul m) || m.factors().size() != 2) {
            return Optional.empty();
        }
        Optional<String> gradient = Optional.empty();
        Optional<String> through = Optional.empty();
        for (Expr f : m.factors()) {
            if (!(f instanceof Indexed x) || !x.indices().equals(indices)) {
                return Optional.empty();
            }
            if (definitions.of(x.name()).isPresent()) {
                through = Optional.of(x.name());
            } else {
                gradient = Optional.of(x.name());
            }
        }
        // the gradient a name the document gives as ∂L/∂y (defined at a line, a leaf of the definitions), not a leaf an
        // author's sum writes (o = Σ_i α_i v_i)
        if (gradient.isEmpty() || through.isEmpty() || !definedAt.containsKey(gradient.get())) {
            return Optional.empty();
        }
        return Optional.of(loss.name() + " is known through its gradient " + gradient.get() + " by " + through.get() + ", read as "
                + Printer.unicode(def.get().body()) + ": a sum over " + through.get() + "'s entries, whose number the document does "
                + "not give beside its range sizes of their own (" + String.join(", ", sampling.sizes()) + "), so the step is not "
                + "checked: define " + loss.name() + " to check it");
    }
}
