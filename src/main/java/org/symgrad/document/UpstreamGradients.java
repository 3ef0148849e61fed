package org.symgrad.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;

/**
 * The upstream gradient of backpropagation notes (CS231n, d2l): "given {@code g_i = ∂L/∂y_i}" names the
 * gradient of a loss L the document never writes out, and the steps after it differentiate L by what y
 * depends on: {@code ∂L/∂γ = Σ_i g_i x̂_i}. By the chain rule every first derivative of L through y is
 * {@code Σ_i g_i ∂y_i/∂v}, which is the first derivative of {@code L := Σ_i g_i y_i} with g a given array;
 * so L is defined that way and g stays a leaf. Not so for anything else about L (its value, a second
 * derivative, a derivative of an expression holding L): {@link #misuse} finds those, and they are not checked.
 */
final class UpstreamGradients {
    private UpstreamGradients() {
    }

    /**
     * The definition of L that {@code target = value} states, when {@code value} is {@code ∂L/∂y} or
     * {@code ∂L/∂y_i} with L a name the document does not define and the target named otherwise
     * ({@code g}, {@code g_i}, {@code δ_i}) with the same indices as the variable; else empty.
     */
    static Optional<Definition> loss(Expr target, Expr value, Definitions definitions, Set<String> functions) {
        if (!(value instanceof Derivative d) || !(d.of() instanceof Sym loss) || Constants.isConstant(loss)
                || definitions.of(loss.name()).isPresent() || functions.contains(loss.name())) {
            return Optional.empty();
        }
        String name = target instanceof Sym s ? s.name() : target instanceof Indexed x ? x.name() : null;
        if (name == null || name.equals(loss.name()) || name.equals(d.wrt().name())) {
            return Optional.empty();
        }
        List<String> indices = target instanceof Indexed x ? x.indices() : List.of();
        List<String> wrtIndices = d.wrt() instanceof Indexed y ? y.indices() : List.of();
        if (!indices.equals(wrtIndices)) {
            return Optional.empty();
        }
        // L = Σ_i g_i y_i: the target's indices, bound
        Expr body = Exprs.mul(target, d.wrt());
        for (int k = indices.size() - 1; k >= 0; k--) {
            body = Exprs.sum(indices.get(k), body);
        }
        return Optional.of(new Definition(loss, body));
    }

    /**
     * Where {@code e}, its definitions expanded, uses {@code loss} other than as the whole of a first derivative ({@code ∂L/∂v},
     * not inside another derivative): words that say why such a step is not checked; else empty.
     */
    static Optional<String> misuse(Expr e, Definitions definitions, String loss, String gradient) {
        if (!uses(definitions.expandKeeping(e, Set.of(loss)), loss, false)) {
            return Optional.empty();
        }
        return Optional.of(loss + " is known only through its gradient " + gradient + " (its first derivatives), so "
                + "a step that uses its value or a second derivative cannot be checked; define " + loss);
    }

    /** Whether {@code e} uses the name {@code loss} other than as a first derivative's whole operand. */
    private static boolean uses(Expr e, String loss, boolean inDerivative) {
        if (e instanceof Sym s) {
            return s.name().equals(loss);
        }
        if (e instanceof Derivative d) {
            if (!inDerivative && d.of() instanceof Sym s && s.name().equals(loss)) {
                return false;
            }
            return uses(d.of(), loss, true);
        }
        return Exprs.children(e).stream().anyMatch(c -> uses(c, loss, inDerivative));
    }
}
