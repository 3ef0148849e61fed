package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.diff.Differentiator;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads a function written as a command or word ({@code \log}, {@code \exp}, {@code \tanh},
 * {@code \operatorname{softmax}}, {@code \max}) with its scripts ({@code \log_2}, {@code \tanh^2},
 * {@code \sigma'}, {@code \sin^{-1}}) and its argument, in parentheses or bare ({@code \sin t}): the registry's
 * function, its power or derivative, softmax's component, max and min of two arguments.
 */
final class FunctionFactors {
    private final LatexBuilder builder;

    FunctionFactors(LatexBuilder builder) {
        this.builder = builder;
    }

    /**
     * The index and the value {@code \max_{j \neq y}}'s subscript leaves out ({@code [j, y]}): one letter unequal to
     * another; else empty.
     */
    private static Optional<List<String>> leftOut(LatexParser.ScriptBodyContext body) {
        if (body.scriptItem().size() != 1 || body.scriptCondition() != null) {
            return Optional.empty();
        }
        LatexParser.ScriptItemContext item = body.scriptItem().get(0);
        if (item.relation().size() != 1 || item.relation().get(0).getStart().getType() != LatexLexer.NEQ) {
            return Optional.empty();
        }
        String index = item.expr(0).getText();
        String left = item.expr(1).getText();
        return index.matches("[a-z]") && left.matches("[a-z]") && !index.equals(left) ? Optional.of(List.of(index, left))
                : Optional.empty();
    }

    Expr function(LatexParser.FunctionFactorContext ctx) {
        Token head = ctx.FUNC().getSymbol();
        String word = functionWord(head);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String unsupported = LatexNames.UNSUPPORTED_FUNCTIONS.get(lower);
        if (unsupported != null) {
            throw builder.error(unsupported, ctx);
        }
        // scripts on the function word: \log_2, \tanh^2, \sigma'
        Expr base = null;
        Expr power = null;
        LatexParser.ScriptArgContext inverse = null;
        // \max_k: the index the max runs over
        LatexParser.ScriptArgContext over = null;
        int primes = 0;
        LatexParser.FnScriptsContext scripts = ctx.fnScripts();
        for (int i = 0; i < scripts.getChildCount(); i++) {
            ParseTree c = scripts.getChild(i);
            Token t = ((TerminalNode) c).getSymbol();
            if (t.getType() == LatexLexer.PRIME) {
                primes++;
                continue;
            }
            LatexParser.ScriptArgContext arg = (LatexParser.ScriptArgContext) scripts.getChild(++i);
            if (t.getType() == LatexLexer.UNDERSCORE) {
                if (lower.equals("max") || lower.equals("min")) {
                    over = arg;
                    continue;
                }
                if (!lower.equals("log")) {
                    throw builder.error("a subscript on " + word + " is not understood", arg);
                }
                Expr b = builder.scripts.scriptValue(arg);
                if (builder.context.ownLogarithms() && !(b instanceof org.symgrad.expr.Num) && !(b instanceof Sym s0 && s0.name().equals("e"))) {
                    throw builder.error("\\log with a letter subscript is the document's own function here (it defines \\log_t(x) "
                            + "= …, as a tempered logarithm is), not a logarithm in that base", arg);
                }
                base = b instanceof Sym s && s.name().equals("e") ? null : b;
            } else if (arg instanceof LatexParser.PrimeScriptContext) {
                primes++;
            } else {
                power = builder.scripts.scriptValue(arg);
                if (Exprs.isNum(power, -1)) {
                    inverse = arg;
                    power = null;
                }
            }
        }
        switch (lower) {
            case "softmax" -> {
                return softmax(ctx, word, power);
            }
            case "logsumexp" -> {
                Expr v = vectorArgument(ctx, word);
                String k = "k";
                return pow(Exprs.log(Exprs.sum(k, Exprs.exp(new Indexed(((Sym) v).name(), List.of(k))))), power);
            }
            case "max", "min" -> {
                if (over == null) {
                    return maxMin(ctx, lower, power);
                }
            }
            case "lg" -> base = Exprs.num(10);
            default -> {
            }
        }
        String extremumIndex = null;
        String extremumLabel = null;
        String extremumLeftOut = null;
        if (over != null) {
            // \max_k z_k where the document says which entry is the max (k^* = \arg\max_k z_k): that entry
            List<String> index = over instanceof LatexParser.LetterScriptContext l ? List.of(l.getText())
                    : over instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                            && b.scriptBody().scriptItem().get(0).relation().isEmpty()
                            ? builder.scripts.indexList(b.scriptBody().scriptItem().get(0).expr(0)) : List.of();
            // \max_{j \neq y} s_j: the max over j with y left out
            Optional<List<String>> leaving = over instanceof LatexParser.BracedScriptContext b ? leftOut(b.scriptBody())
                    : Optional.empty();
            if (leaving.isPresent()) {
                index = List.of(leaving.get().get(0));
            }
            String left = leaving.map(l -> l.get(1)).orElse(null);
            Optional<String> label = index.size() == 1 ? ArgExtrema.of(builder.context.argExtrema(), lower,
                    index.get(0) + (left != null ? ArgExtrema.EXCLUDED + left : "")) : Optional.empty();
            if (label.isEmpty()) {
                String k = index.size() == 1 ? index.get(0) : "k";
                throw builder.error("a " + lower + " over an index (" + builder.text(ctx) + ") is read only where the document says which "
                        + "entry it is: its derivative is the indicator of that entry; write, e.g., " + k + "^* = \\arg\\"
                        + lower + "_" + k + " …, and \\" + lower + "_" + k + " is read as that entry, its derivative "
                        + "\\mathbb{1}[j = " + k + "^*]; symgrad also reads \\" + lower + "(a, b) of two values", ctx);
            }
            extremumIndex = index.get(0);
            extremumLabel = label.get();
            extremumLeftOut = left;
        }
        String name = extremumLabel != null ? lower
                : LatexNames.function(lower).orElseThrow(() -> builder.error("unknown function " + word, ctx));
        if (inverse != null) {
            name = inverseFunction(word, name, inverse);
        }
        Expr arg;
        List<LatexParser.PostOpContext> after = List.of();
        switch (ctx.fnArgument()) {
            case LatexParser.ParenArgumentContext p -> {
                List<LatexParser.ExprContext> args = p.callArgs().expr();
                if (args.size() != 1) {
                    throw builder.error(word + " takes one argument, here it has " + args.size(), p.callArgs());
                }
                arg = builder.expr(args.get(0));
                after = p.postOp();
                if (name.equals("log") && !after.isEmpty() && after.get(0) instanceof LatexParser.SuperscriptOpContext sup
                        && !(sup.scriptArg() instanceof LatexParser.PrimeScriptContext)) {
                    // \log (2 - a)^2: some authors mean the logarithm of the square; say which reading is checked
                    String command = ctx.getStart().getText();
                    String bracket = builder.shown(p.callArgs());
                    builder.note(builder.text(ctx) + " read as (" + command + " " + bracket + ")^" + builder.text(sup.scriptArg())
                            + ", a power of the logarithm; write " + command + "\\left(" + bracket + "^"
                            + builder.text(sup.scriptArg()) + "\\right) for the logarithm of the power", ctx);
                }
            }
            case LatexParser.FactorArgumentContext f -> {
                List<LatexParser.FactorContext> run = builder.argumentRun;
                builder.argumentRun = null;
                builder.functionArgument = run == null && f.factor() instanceof LatexParser.PostfixFactorContext;
                try {
                    arg = builder.value(builder.factor(f.factor()), f);
                    if (run != null) {
                        // \cos m\theta, \sin 2x, \log 2\pi: the juxtaposed atoms are the argument (ArgumentRuns)
                        for (LatexParser.FactorContext next : run) {
                            builder.functionArgument = ArgumentRuns.multipliedAtom(next);
                            arg = Exprs.mul(arg, builder.value(builder.factor(next), next));
                        }
                        Token end = ArgumentRuns.atomEnd(run.get(run.size() - 1));
                        builder.note(builder.text(ctx.getStart(), end) + " read as " + word + "(" + builder.text(f.factor().getStart(), end) + ")"
                                + (builder.multipliesArgument != null ? ", times what follows" : ""), ctx);
                    }
                } finally {
                    builder.functionArgument = false;
                }
                if (builder.multipliesArgument != null) {
                    after = builder.multipliesArgument;
                    builder.multipliesArgument = null;
                    if (run == null) {
                        builder.note(builder.text(ctx) + " read as " + word + " of " + builder.text(f.factor().getStart(), after.get(0))
                                + ", times what follows", ctx);
                    }
                }
            }
            default -> throw new IllegalStateException("unexpected parse-tree node " + ctx.fnArgument().getClass());
        }
        Expr value;
        if (extremumLabel != null) {
            if (primes > 0 || inverse != null) {
                throw builder.error("a prime or an inverse on \\" + lower + "_" + extremumIndex + " is not understood", ctx);
            }
            if (!Indices.free(arg).contains(extremumIndex)) {
                throw builder.error("the " + lower + " over " + extremumIndex + " (" + builder.text(ctx) + ") of a value that does not use "
                        + extremumIndex + " is not understood", ctx);
            }
            value = Indices.rename(arg, extremumIndex, extremumLabel);
            if (extremumLeftOut != null) {
                builder.note(builder.text(ctx) + " read as its " + lower + " entry, at " + extremumIndex + " = " + extremumLabel
                        + ", the arg " + lower + " over " + extremumIndex + " ≠ " + extremumLeftOut + " (" + extremumLabel + " ≠ "
                        + extremumLeftOut + "; the derivative holds where that entry is the only " + lower + ")", ctx);
            } else {
                builder.note(builder.text(ctx) + " read as its " + lower + " entry, at " + extremumIndex + " = " + extremumLabel
                        + ", the arg " + lower + " the document names (the derivative holds where that entry is the only "
                        + lower + ")", ctx);
            }
        } else {
            value = primes > 0 ? derivativeOfKnown(name, arg, primes) : Exprs.fn(name, arg);
        }
        if (base != null) {
            value = Exprs.div(value, Exprs.log(base));
        }
        value = pow(value, power);
        return builder.applyPostOps(value, after, 0, new ArrayList<>());
    }

    /**
     * The function {@code word^{-1}} names: the registry's inverse of the function ({@code \sin^{-1}} is asin,
     * {@code \sigma^{-1}} the logit), said in a note since {@code ^{-1}} also spells a reciprocal.
     */
    String inverseFunction(String word, String name, ParserRuleContext where) {
        String inverse = FunctionRegistry.inverseOf(name).orElseThrow(() -> builder.error(word + "^{-1} reads as an inverse "
                + "function, which symgrad knows only where the inverse is a known function (\\sin^{-1} is \\arcsin, "
                + "\\sigma^{-1} the logit); write 1/" + word + "(…) for the reciprocal", where));
        builder.note(word + "^{-1} read as the inverse function " + inverse + ", not the reciprocal 1/" + word, where);
        return inverse;
    }

    /** The word of a function token: {@code \log}, {@code softmax}, {@code \operatorname{softmax}}. */
    static String functionWord(Token head) {
        String t = head.getText();
        if (!t.startsWith("\\")) {
            return t;
        }
        return t.indexOf('{') >= 0 || t.chars().anyMatch(Character::isWhitespace) ? LatexTokens.textWord(head)
                : t.substring(1);
    }

    static Expr pow(Expr value, Expr power) {
        return power == null ? value : Exprs.pow(value, power);
    }

    /** {@code f^{(k)}(arg)} for a known function f: its k-th derivative at the argument. */
    static Expr derivativeOfKnown(String name, Expr arg, int order) {
        Sym p = new Sym("u");
        Expr d = Differentiator.diff(Exprs.fn(name, p), p, order);
        return Exprs.replace(d, p, arg);
    }

    private Expr softmax(LatexParser.FunctionFactorContext ctx, String word, Expr power) {
        if (!(ctx.fnArgument() instanceof LatexParser.ParenArgumentContext p)) {
            throw builder.error(word + " needs its argument in parentheses and a component, as in softmax(z)_i", ctx);
        }
        List<LatexParser.ExprContext> args = p.callArgs().expr();
        if (args.size() != 1) {
            throw builder.error(word + " takes one vector", p.callArgs());
        }
        Expr arg = builder.calls.withVectors(() -> builder.expr(args.get(0)));
        List<LatexParser.PostOpContext> after = p.postOp();
        String vector;
        String component;
        int next = 0;
        if (arg instanceof Indexed x && x.indices().size() == 1 && Index.isSymbolic(x.indices().get(0))) {
            vector = x.name();
            component = x.indices().get(0);
            builder.note(builder.text(ctx) + " read as the component " + component + " of softmax(" + vector + ")", ctx);
        } else if (arg instanceof Sym s) {
            vector = s.name();
            if (after.isEmpty() || !(after.get(0) instanceof LatexParser.SubscriptOpContext sub)) {
                Optional<String> offered = builder.takeComponent();
                if (offered.isEmpty()) {
                    throw builder.error(word + "(" + builder.text(args.get(0)) + ") is a vector: write its component, as in "
                            + word + "(" + builder.text(args.get(0)) + ")_i", ctx);
                }
                component = offered.get();
            } else {
                List<String> idx = builder.scripts.indexList(sub.scriptArg());
                if (idx.size() != 1 || !Index.isSymbolic(idx.get(0))) {
                    throw builder.error("a component of softmax is one index, as in softmax(z)_i", sub);
                }
                component = idx.get(0);
                next = 1;
            }
        } else if (ElementwiseArgument.component(arg, "k", vectorsOf(arg, ctx), Set.of()).isPresent()
                && (!after.isEmpty() && after.get(0) instanceof LatexParser.SubscriptOpContext sub
                && builder.scripts.indexList(sub.scriptArg()).size() == 1 && Index.isSymbolic(builder.scripts.indexList(sub.scriptArg()).get(0))
                || after.isEmpty() && builder.componentOffered())) {
            // softmax(z - m)_j, softmax(Wx + b) as a vector's value: a vector expression, read component by component
            component = after.isEmpty() ? builder.takeComponent().orElseThrow()
                    : builder.scripts.indexList(((LatexParser.SubscriptOpContext) after.get(0)).scriptArg()).get(0);
            Set<String> taken = new java.util.HashSet<>(Indices.all(arg));
            taken.add(component);
            String k = Indices.fresh(taken);
            ArgumentNames vectors = vectorsOf(arg, ctx);
            Expr value = Exprs.div(Exprs.exp(ElementwiseArgument.component(arg, component, vectors, Set.of()).get()),
                    Exprs.sum(k, Exprs.exp(ElementwiseArgument.component(arg, k, vectors, Set.of(component)).get())));
            builder.note(builder.text(ctx) + " read as the component " + component + " of softmax of the vector " + builder.text(args.get(0)), ctx);
            return builder.applyPostOps(pow(value, power), after, after.isEmpty() ? 0 : 1, new ArrayList<>());
        } else {
            throw builder.error("the argument of " + word + " must be the name of a vector, such as \\mathbf{z}; "
                    + "name " + builder.text(args.get(0)) + " first", args.get(0));
        }
        String k = Indices.fresh(Set.of(component));
        Expr value = Exprs.div(Exprs.exp(new Indexed(vector, List.of(component))),
                entrySum(vector, k, Exprs.exp(new Indexed(vector, List.of(k)))));
        return builder.applyPostOps(pow(value, power), after, next, new ArrayList<>());
    }

    /**
     * The sum of {@code body} over the entries k of {@code vector}: to the length the document declares it ({@code \mathbf{b}
     * \in \mathbb{R}^m}) where that is a range size of its own, beside others ({@link LatexContext#sizesApart}); else over the
     * range size n.
     */
    private Expr entrySum(String vector, String k, Expr body) {
        if (builder.context.sizesApart().isEmpty()) {
            return Exprs.sum(k, body); // one range size: no scan of the document's declarations
        }
        Dimensions.Declared d = Dimensions.in(builder.document).get(vector);
        if (d != null && (d.columns() == null || d.columns().equals("1")) && d.rows().matches("[A-Za-z]")) {
            Expr size = new Sym(d.rows());
            if (builder.context.sizesApart().contains(size)) {
                return new org.symgrad.expr.IndexSum(k, Exprs.ONE, size, body);
            }
        }
        return Exprs.sum(k, body);
    }

    /** The vectors and matrices of the argument {@code arg} of a vector function at {@code ctx} ({@link VectorEvidence#ofVectorFunction}). */
    private ArgumentNames vectorsOf(Expr arg, ParserRuleContext ctx) {
        return VectorEvidence.ofVectorFunction(arg, builder.calls.vectorsAround(ctx), builder.document);
    }

    private Expr vectorArgument(LatexParser.FunctionFactorContext ctx, String word) {
        if (ctx.fnArgument() instanceof LatexParser.ParenArgumentContext p && p.callArgs().expr().size() == 1) {
            Expr arg = builder.calls.withVectors(() -> builder.expr(p.callArgs().expr(0)));
            if (arg instanceof Sym) {
                return arg;
            }
        }
        throw builder.error(word + " takes the name of a vector, as in " + word + "(z)", ctx);
    }

    /**
     * {@code \\max(a, b)} and {@code \\min(a, b)}, the functions of two values; {@code \\max(0, x)}
     * is read as the ReLU, the name textbooks give it.
     */
    private Expr maxMin(LatexParser.FunctionFactorContext ctx, String which, Expr power) {
        if (!(ctx.fnArgument() instanceof LatexParser.ParenArgumentContext p) || p.callArgs().expr().size() != 2) {
            throw builder.error("\\" + which + " is read with two arguments in parentheses, as in \\" + which
                    + "(a, b); a " + which + " over an index or a set is not supported", ctx);
        }
        Expr a = builder.expr(p.callArgs().expr(0));
        Expr b = builder.expr(p.callArgs().expr(1));
        Expr other = a.equals(Exprs.ZERO) ? b : b.equals(Exprs.ZERO) ? a : null;
        if (other != null && which.equals("max")) {
            builder.note(builder.text(ctx) + " read as relu(" + builder.text(p.callArgs().expr(a.equals(Exprs.ZERO) ? 1 : 0)) + ")", ctx);
            return builder.applyPostOps(pow(Exprs.fn("relu", other), power), p.postOp(), 0, new ArrayList<>());
        }
        return builder.applyPostOps(pow(Exprs.fn(which, a, b), power), p.postOp(), 0, new ArrayList<>());
    }
}
