package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * A derivative with respect to an expression ({@code \frac{\partial L}{\partial (h w + c)}}, a chain rule's first factor):
 * the derivative with respect to a fresh name u standing for the expression, where the numerator, as the document defines
 * it, is written in that expression and nothing else of it ({@code L = (h w + c)^2} is u², so ∂L/∂(hw + c) = 2(hw + c)).
 * Where the numerator is not written in it, or also in a name of it outside it, the derivative is refused saying so:
 * which function of the expression the numerator is, is then not written.
 */
final class ExpressionDerivatives {
    private ExpressionDerivatives() {
    }

    /** The derivative, when the denominator is one parenthesised expression other than a name; empty otherwise. */
    static Optional<Expr> read(LatexParser.LeibnizContext ctx, Function<LatexParser.ExprContext, Expr> reader, LatexContext context,
                               String document) {
        LatexParser.DerivNumeratorContext num = ctx.derivNumerator();
        if (num.expr() == null || num.scriptArg() != null || num.CARET() != null || ctx.derivDenominator().postfix().size() != 1) {
            return Optional.empty();
        }
        LatexParser.PostfixContext post = ctx.derivDenominator().postfix(0);
        LatexParser.ExprContext inner = !post.postOp().isEmpty() ? null
                : post.primary() instanceof LatexParser.ParensContext p ? p.expr()
                : post.primary() instanceof LatexParser.BracketsContext b ? b.expr() : null;
        if (inner == null) {
            return Optional.empty();
        }
        Expr by = reader.apply(inner);
        if (by instanceof Variable) {
            return Optional.empty();
        }
        Expr of = reader.apply(num.expr());
        Function<Expr, Expr> expand = e -> EvaluationBar.throughDefinitions(e, context::definedValue);
        Expr expandedOf = expand.apply(of);
        Expr expandedBy = expand.apply(by);
        Set<String> names = new LinkedHashSet<>();
        variables(expandedBy, names);
        variables(expandedOf, names);
        String u = "u";
        for (int k = 0; names.contains(u); k++) {
            u = "u" + "'".repeat(k + 1);
        }
        Sym fresh = new Sym(u);
        Expr written = Exprs.replace(expandedOf, expandedBy, fresh);
        String numerator = text(document, num.expr());
        String expression = text(document, inner);
        if (written.equals(expandedOf)) {
            throw new InputException("a derivative with respect to an expression (" + expression + ") is read where " + numerator
                    + " is written in it; " + numerator + (expandedOf.equals(of) && of instanceof Variable ? " is not defined in the document"
                    : ", as the document defines it, is not written in " + expression) + ": name the expression first",
                    LatexSpans.of(document, post));
        }
        Set<String> outside = new LinkedHashSet<>();
        variables(expandedBy, outside);
        Set<String> left = new LinkedHashSet<>();
        variables(written, left);
        outside.retainAll(left);
        if (!outside.isEmpty()) {
            throw new InputException("a derivative with respect to an expression (" + expression + "): " + numerator + " is written in "
                    + String.join(", ", outside) + " outside " + expression + " too, so which function of it " + numerator
                    + " is, is not written: name the expression first", LatexSpans.of(document, post));
        }
        return Optional.of(Exprs.replace(Differentiator.diff(written, fresh), fresh, by));
    }

    private static String text(String document, org.antlr.v4.runtime.ParserRuleContext ctx) {
        return document.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
    }

    private static void variables(Expr e, Set<String> out) {
        if (e instanceof Variable v) {
            out.add(v instanceof Sym s ? s.name() : ((org.symgrad.expr.Indexed) v).name());
        }
        Exprs.children(e).forEach(c -> variables(c, out));
    }
}
