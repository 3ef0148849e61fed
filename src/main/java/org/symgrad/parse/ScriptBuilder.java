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
 * what makes a statement meaningful: a defined name's indices are distinct names and cover the
 * body's free indices; both sides of {@code assume} carry the same free indices;
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
                sameFreeIndices(lhs, rhs, a.expr(1));
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
        Optional<String> vector = bareSoftmax(ctx.expr());
        if (vector.isPresent() && target instanceof Sym y) {
            String i = vector.get().equals("i") ? "j" : "i";
            exprs.define(y.name());
            return new LetStatement(new Indexed(y.name(), List.of(i)), ExprBuilder.softmax(vector.get(), i),
                    span, text);
        }
        Set<String> targetIndices = exprs.targetIndices(target, ctx.variable());
        Expr body = checked(ctx.expr());
        Set<String> free = Indices.free(body);
        if (!targetIndices.containsAll(free)) {
            throw new InputException("the right side has free indices " + ExprBuilder.show(free)
                    + " but the defined name has " + ExprBuilder.show(targetIndices), spans.of(ctx.expr()));
        }
        exprs.define(((Variable) target).name());
        return new LetStatement(target, body, span, text);
    }

    /** The vector name {@code z} if {@code ctx} is exactly {@code softmax(z)} with no index. */
    private Optional<String> bareSoftmax(SymgradParser.ExprContext ctx) {
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

    private void sameFreeIndices(Expr first, Expr other, ParserRuleContext where) {
        Set<String> a = Indices.free(first);
        Set<String> b = Indices.free(other);
        if (!a.equals(b)) {
            throw new InputException("the sides have different free indices: " + ExprBuilder.show(a) + " and "
                    + ExprBuilder.show(b), spans.of(where));
        }
    }
}
