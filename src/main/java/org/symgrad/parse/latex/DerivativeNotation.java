package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.expr.Num;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexParser;
import org.symgrad.parse.latex.LatexBuilder.Operator;
import org.symgrad.parse.latex.LatexBuilder.By;

/**
 * Reads a derivative in Leibniz notation and the variables derivatives are taken by: {@code \frac{d f}{d x}},
 * {@code \frac{\partial^2 f}{\partial x \partial y}}, an operator without operand ({@code \frac{\partial}{\partial x}}),
 * the variable of {@code \partial_{x}} and {@code \nabla_{\mathbf{w}}}, a derivative by a power
 * ({@code \partial \sigma^2}), and {@code \frac{\partial \sigma}{\partial w}} where the document applies σ to one
 * argument only.
 */
final class DerivativeNotation {
    private final LatexBuilder builder;

    DerivativeNotation(LatexBuilder builder) {
        this.builder = builder;
    }

    /** The variable of a derivative's denominator or of {@code \partial_{x}}. */
    Variable variableOf(LatexParser.PostfixContext post, ParserRuleContext whole) {
        return variableOfOps(post, post.postOp(), whole);
    }

    Variable operatorVariable(LatexParser.ScriptArgContext arg, ParserRuleContext whole) {
        if (arg instanceof LatexParser.LetterScriptContext l && "ijklmn".contains(l.getText())) {
            throw builder.error(builder.text(whole) + ": with respect to which variable? " + l.getText() + " looks like an index; "
                    + "write \\frac{\\partial}{\\partial \\theta_" + l.getText() + "}", whole);
        }
        NameAtom name = switch (arg) {
            case LatexParser.LetterScriptContext l -> new NameAtom(NameAtom.Spelling.LETTER, l.getText(), l);
            case LatexParser.GreekScriptContext g -> new NameAtom(NameAtom.Spelling.GREEK, LatexNames.greek(g.getText()), g);
            case LatexParser.StyledScriptContext s -> builder.styledNames.styledName(s.getStart(), s.scriptArg(), s);
            case LatexParser.BracedScriptContext b -> builder.styledNames.bracedName("{}", b, whole);
            default -> throw builder.error(builder.text(whole) + ": the variable is not understood", whole);
        };
        if (name.bold && name.indices.isEmpty() && builder.pendingGradientComponent != null && builder.pendingGradientComponent[0] != null) {
            // [\nabla_{\mathbf{w}} J]_k: the k-th component of the gradient is ∂J/∂w_k
            String k = builder.pendingGradientComponent[0];
            builder.note("[" + builder.text(whole) + " …]_" + k + " read as the component " + k + " of the gradient, \\partial / \\partial "
                    + name.base + "_" + k, whole);
            name.indices.add(k);
            builder.pendingGradientComponent[0] = null;
        }
        builder.outerProducts.readAsMatrixEntry(name, whole);
        if (name.bold && name.indices.isEmpty()) {
            throw builder.error(builder.text(whole) + " is a vector gradient, which is matrix notation, not supported yet: write one "
                    + "component, \\frac{\\partial f}{\\partial " + name.base + "_a}, or the gradient's component "
                    + "\\left[ " + builder.text(whole) + " f \\right]_a", whole);
        }
        Expr e = builder.names.resolve(name);
        if (!(e instanceof Variable v)) {
            throw builder.error("the variable of " + builder.text(whole) + " is not a name", whole);
        }
        return v;
    }

    Object leibniz(LatexParser.LeibnizContext ctx) {
        LatexParser.DerivNumeratorContext num = ctx.derivNumerator();
        Optional<Expr> byExpression = ExpressionDerivatives.read(ctx, builder::expr, builder.context, builder.document);
        if (byExpression.isPresent()) {
            return byExpression.get();
        }
        By by = denominator(ctx.derivDenominator(), num.scriptArg() == null, ctx);
        List<Variable> wrt = by.wrt();
        if (num.scriptArg() != null) {
            Expr order = builder.scripts.scriptValue(num.scriptArg());
            if (!(order instanceof Num n) || !n.value().isInteger() || n.value().signum() <= 0
                    || n.value().toBigInteger().intValue() != wrt.size()) {
                throw builder.error("the order in the numerator (" + builder.text(num.scriptArg()) + ") does not match the "
                        + "denominator", ctx);
            }
        }
        if (num.expr() == null) {
            return new Operator(by, false, null, LatexSpans.of(builder.document, ctx));
        }
        // in an outer product's factor, ∂L/∂y is the vector of ∂L/∂y_i: the entry index is the variable's, never L's
        String savedComponent = builder.outerComponent;
        builder.outerComponent = null;
        Expr of;
        try {
            of = builder.expr(num.expr());
        } finally {
            builder.outerComponent = savedComponent;
        }
        boolean sigmaQuantity = of instanceof Sym q && q.name().equals(FunctionRegistry.SIGMA) && builder.context.sigmaIsQuantity();
        if (of instanceof Sym s && s.name().equals(FunctionRegistry.SIGMA) && !sigmaQuantity
                && !builder.context.sigmaArgument().isEmpty() && !builder.context.defines(s.name()) && builder.context.function(s.name()).isEmpty()) {
            // \frac{\partial \sigma}{\partial w_j} where the document applies σ to one argument z only: σ(z)
            List<Token> arg = builder.context.sigmaArgument();
            Expr argument = LatexReader.build(arg, builder.document, builder);
            // d\sigma/da beside \sigma(a_n): the variable is the argument's own name, σ of it as before
            boolean ofTheVariable = argument instanceof Variable v && wrt.stream().allMatch(w -> w.name().equals(v.name()));
            // d\sigma/da = \sigma(1 - \sigma) beside y_n = \sigma(w^T \phi_n) (PRML 4.88): an argument that does not
            // involve a, even through the document's definitions, is not the σ meant; σ(a) is, as below
            Expr expanded = EvaluationBar.throughDefinitions(argument, builder.context::definedValue);
            boolean involvesTheVariable = wrt.stream().anyMatch(w -> mentions(expanded, w.name()));
            if (!ofTheVariable && involvesTheVariable) {
                builder.note(builder.text(num.expr()) + " read as " + s.name() + "(" + LatexSpans.text(builder.document, arg)
                        + "), the one argument the document applies it to", num.expr());
                return by.of(Exprs.fn(s.name(), argument));
            }
        }
        if (of instanceof Sym s && FunctionRegistry.isKnown(s.name()) && !builder.context.defines(s.name()) && !sigmaQuantity
                && builder.context.function(s.name()).isEmpty() && wrt.size() >= 1 && wrt.stream().distinct().count() == 1) {
            // \frac{d\sigma}{dx}: the function of the variable it is differentiated by
            builder.note(builder.text(num.expr()) + " read as " + s.name() + "(" + wrt.get(0) + ")", num.expr());
            of = Exprs.fn(s.name(), wrt.get(0));
        }
        return by.of(of);
    }

    /** Whether {@code e} has a variable (a symbol or any entry of an array) called {@code name}. */
    private static boolean mentions(Expr e, String name) {
        return e instanceof Variable v ? v.name().equals(name) : Exprs.children(e).stream().anyMatch(c -> mentions(c, name));
    }

    /**
     * The variables of {@code \partial x \partial y} or {@code dx^2}, each as often as its order; under a first-order
     * numerator one power, {@code \partial \sigma^2}, is what the derivative is by (the variance), not an order.
     */
    By denominator(LatexParser.DerivDenominatorContext den, boolean firstOrder, ParserRuleContext whole) {
        List<Variable> out = new ArrayList<>();
        for (LatexParser.PostfixContext post : den.postfix()) {
            int order = 1;
            List<LatexParser.PostOpContext> ops = post.postOp();
            LatexParser.PostOpContext last = ops.isEmpty() ? null : ops.get(ops.size() - 1);
            if (last instanceof LatexParser.SuperscriptOpContext sup && sup.scriptArg() instanceof LatexParser.DigitScriptContext d) {
                order = Integer.parseInt(d.getText());
                ops = ops.subList(0, ops.size() - 1);
            }
            Variable v = variableOfOps(post, ops, whole);
            if (firstOrder && order > 1 && den.postfix().size() == 1) {
                builder.note("\\partial " + builder.text(post) + " read as the derivative by " + builder.text(post) + " itself (the numerator is "
                        + "first order): (\\partial / \\partial " + builder.text(post.primary()) + ") / (" + order + " "
                        + builder.text(post.primary()) + (order == 2 ? "" : "^" + (order - 1)) + ")", post);
                return new By(List.of(v), Exprs.pow(v, order));
            }
            for (int k = 0; k < order; k++) {
                out.add(v);
            }
        }
        return new By(out, null);
    }

    private Variable variableOfOps(LatexParser.PostfixContext post, List<LatexParser.PostOpContext> ops,
                                   ParserRuleContext whole) {
        Object base = builder.primary(post.primary());
        if (base instanceof Expr e && ops.isEmpty() && e instanceof Variable v) {
            return v;
        }
        if (!(base instanceof NameAtom name)) {
            throw builder.error("a derivative with respect to an expression (" + builder.text(post) + ") is not supported; "
                    + "name it first, or differentiate by a variable", post);
        }
        for (LatexParser.PostOpContext op : ops) {
            Optional<String> time = op instanceof LatexParser.CallOpContext c && op == ops.get(ops.size() - 1)
                    ? builder.calls.timeIndex(name, c.callArgs()) : Optional.empty();
            if (time.isPresent()) {
                name.indices.add(time.get()); // \partial w_0(n): the tap weight at the time index, w_{0,n}
                continue;
            }
            if (op instanceof LatexParser.CallOpContext) {
                throw builder.error("a derivative with respect to " + builder.text(post) + ", a function value, is not supported; "
                        + "differentiate by a variable and use the chain rule", post);
            }
            builder.scripts.absorbScript(name, op, false);
        }
        if (name.power != null) {
            throw builder.error("the variable of a derivative is a name, not " + builder.text(post), post);
        }
        builder.outerProducts.readAsMatrixEntry(name, whole);
        // \frac{\partial L}{\partial \mathbf{y}} \mathbf{x}^\top: the gradient's entry ∂L/∂y_i, which resolve gives
        boolean entryOfAVector = builder.outerComponent != null && Character.isLowerCase(name.base.charAt(0));
        if (name.bold && name.indices.isEmpty() && !entryOfAVector) {
            throw builder.error("a derivative with respect to the vector " + builder.text(post) + " is matrix notation, which is "
                    + "not supported yet: write one component, as in \\frac{\\partial L}{\\partial "
                    + name.base + "_j}", whole);
        }
        Expr e = builder.names.resolve(name);
        if (!(e instanceof Variable v)) {
            throw builder.error("the variable of a derivative is a name such as x or W_{ij}, not " + builder.text(post), post);
        }
        return v;
    }
}
