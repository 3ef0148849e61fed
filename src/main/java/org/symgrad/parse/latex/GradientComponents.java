package org.symgrad.parse.latex;

import java.util.Optional;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * {@code \left[ \nabla_{\mathbf{w}} J \right]_k}, {@code (\nabla_{\boldsymbol{\beta}} \ell)_m}: a
 * bracket that opens with the gradient by a bold vector and carries one index letter as its
 * subscript is that component of the gradient, {@code ∂J/∂w_k} (the index form CS189 and many
 * problem sets write the gradient in). The whole vector gradient {@code \nabla_{\mathbf{w}} J} stays
 * matrix notation, and its message says how to write a component.
 */
final class GradientComponents {
    private GradientComponents() {
    }

    /** The component index of {@code ctx} when it is such a bracket, else empty. */
    static Optional<String> of(LatexParser.PostfixContext ctx) {
        LatexParser.ExprContext inner = switch (ctx.primary()) {
            case LatexParser.BracketsContext b -> b.expr();
            case LatexParser.ParensContext p -> p.expr();
            default -> null;
        };
        if (inner == null || ctx.postOp().isEmpty() || !(ctx.postOp(0) instanceof LatexParser.SubscriptOpContext sub)
                || inner.getStart().getType() != LatexLexer.NABLA) {
            return Optional.empty();
        }
        String k = sub.scriptArg().getText().replaceAll("[{}]", "");
        return k.matches("[a-z]") ? Optional.of(k) : Optional.empty();
    }
}
