package org.symgrad.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.gen.SymgradParser;
import org.symgrad.script.AssumeStatement;
import org.symgrad.script.CheckStatement;
import org.symgrad.script.DeriveStatement;
import org.symgrad.script.LetStatement;
import org.symgrad.script.Script;
import org.symgrad.script.SimplifyStatement;
import org.symgrad.script.Statement;

/**
 * Builds a {@link Script} from a parse tree. Besides building each statement's expressions it checks
 * what makes a statement meaningful: a defined name's indices are distinct names (free indices of
 * the body that the name lacks are fixed labels: {@code let y_w = delta(w, o)} is the one-hot vector
 * of a fixed class {@code o}); the right side of {@code assume} has no free index its left side lacks (it holds for every
 * value of the left side's: {@code assume sum_k T_rk = 1});
 * {@code derive … wrt} names a variable. The sides of {@code check} may carry different free
 * indices: each side is broadcast over the indices it lacks, and the check holds for every value
 * of their union ({@code check (x_i − x_j)^2 = x_i^2 − 2 x_i x_j + x_j^2}). {@code let y = softmax(z)} defines the vector
 * {@code y_i = softmax(z)_i}.
 */
final class ScriptBuilder {
    private final Spans spans;
    private final ExprBuilder exprs;

    ScriptBuilder(Spans spans) {
        this.spans = spans;
        this.exprs = new ExprBuilder(spans);
    }

    Script script(SymgradParser.ScriptInputContext ctx) {
        List<Statement> out = new ArrayList<>();
        for (SymgradParser.StatementContext s : ctx.statement()) {
            out.add(statement(s));
        }
        return new Script(out);
    }

    private Statement statement(SymgradParser.StatementContext ctx) {
        SourceSpan span = spans.of(ctx);
        String text = spans.text(ctx);
        return switch (ctx) {
            case SymgradParser.LetStatementContext let -> let(let, span, text);
            case SymgradParser.AssumeStatementContext a -> {
                Expr lhs = checked(a.expr(0));
                Expr rhs = checked(a.expr(1));
                rightSideIndicesOnTheLeft(lhs, rhs, a.expr(1));
                yield new AssumeStatement(lhs, rhs, span, text);
            }
            case SymgradParser.DeriveStatementContext d -> {
                Expr of = checked(d.expr(0));
                Expr wrt = checked(d.expr(1));
                if (!(wrt instanceof Variable)) {
                    throw new InputException("derive … wrt needs a variable such as x or z_j",
                            spans.of(d.expr(1)));
                }
                yield new DeriveStatement(of, wrt, span, text);
            }
            case SymgradParser.SimplifyStatementContext s -> new SimplifyStatement(checked(s.expr()), span, text);
            case SymgradParser.BareStatementContext b -> new SimplifyStatement(checked(b.expr()), span, text);
            case SymgradParser.CheckStatementContext c -> {
                List<Expr> sides = new ArrayList<>();
                for (SymgradParser.ExprContext side : c.expr()) {
                    sides.add(checked(side));
                }
                yield new CheckStatement(sides, span, text);
            }
            default -> throw new IllegalStateException("unexpected statement " + ctx.getClass());
        };
    }

    private Expr checked(SymgradParser.ExprContext ctx) {
        return Parser.requireDepth(exprs.topLevel(ctx));
    }

    private Statement let(SymgradParser.LetStatementContext ctx, SourceSpan span, String text) {
        Expr target = exprs.variable(ctx.variable());
        Optional<VectorArgument> vector = bareSoftmax(ctx.expr());
        if (vector.isPresent() && target instanceof Sym y) {
            String i = vector.get().vector().equals("i") ? "j" : "i";
            exprs.define(y.name());
            return new LetStatement(new Indexed(y.name(), List.of(i)), ExprBuilder.softmax(vector.get(), i),
                    span, text);
        }
        exprs.targetIndices(target, ctx.variable());
        // free indices of the body that the name lacks are fixed labels (SPEC §9): y_w = delta(w, o)
        Expr body = checked(ctx.expr());
        exprs.define(((Variable) target).name());
        return new LetStatement(target, body, span, text);
    }

    /** The argument {@code z} if {@code ctx} is exactly {@code softmax(z)} (or {@code softmax(z/T)}) with no index. */
    private Optional<VectorArgument> bareSoftmax(SymgradParser.ExprContext ctx) {
        if (ctx.term().size() == 1 && ctx.term(0).getChildCount() == 1
                && ctx.term(0).signed(0) instanceof SymgradParser.SignedPowerContext p
                && p.power().exponent() == null
                && p.power().primary() instanceof SymgradParser.CallContext call
                && call.subscript() == null
                && call.CALLNAME().getText().equals("softmax(")) {
            return Optional.of(exprs.vectorArgument(call, call.expr()));
        }
        return Optional.empty();
    }

    /**
     * An assumption holds for every value of its left side's free indices ({@code assume sum_k T_rk = 1}
     * for every row r); an index only its right side has would be bound to nothing.
     */
    private void rightSideIndicesOnTheLeft(Expr lhs, Expr rhs, ParserRuleContext where) {
        Set<String> extra = Indices.free(rhs);
        extra.removeAll(Indices.free(lhs));
        if (!extra.isEmpty()) {
            throw new InputException("the right side has free indices " + ExprBuilder.show(extra)
                    + " that the left side lacks: an assumption holds for every value of its left side's indices",
                    spans.of(where));
        }
    }
}
