package org.symgrad.document;

import java.util.Optional;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.rewrite.Negation;
import org.symgrad.rewrite.StepLaws;

/**
 * The indicator of a ramp's sign, read by the strictness its comparison was written with: {@code \mathbb{1}[h_j > 0]} beside
 * a ReLU layer {@code h_j = \max(0, a_j)} is {@code 1[a_j > 0]}, and {@code 1[h_j \ge 0]} is 1. The reader writes each
 * comparison by steps {@code heaviside(p)} that stand for the strict {@code 1[p > 0]} ({@code Indicators.holds}); the
 * registry's heaviside(0) = 1/2 is right at the single point p = 0 of most quantities, but a ramp is 0 on a whole region,
 * where heaviside(h) was 1/2 and the textbook backpropagation step ∂L/∂b_j = 1[h_j > 0] Σ_k W_jk δ_k was false. A step of a
 * quantity that, its definitions expanded, is a ramp of u ({@code max(0, u)}, {@code relu(u)}) is the step of u; a step of
 * its negation is 0.
 */
final class RampIndicators {
    private RampIndicators() {
    }

    /** {@code e} with each step of a ramp read as the step of its argument, or 0 for a step of the ramp's negation. */
    static Expr read(Expr e, Definitions definitions) {
        if (e == null) {
            return null;
        }
        if (e instanceof Fn f && f.name().equals(StepLaws.HEAVISIDE) && f.args().size() == 1) {
            Expr p = definitions.expand(f.arg());
            Optional<Expr> u = StepLaws.zeroBelow(p);
            if (u.isPresent()) {
                return Exprs.fn(StepLaws.HEAVISIDE, u.get());
            }
            if (Negation.PLAIN.positive(p).flatMap(StepLaws::zeroBelow).isPresent()) {
                return Exprs.ZERO;
            }
            return e;
        }
        return Exprs.mapChangedChildren(e, c -> read(c, definitions));
    }
}
