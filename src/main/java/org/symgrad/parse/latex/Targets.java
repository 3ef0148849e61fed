package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads the definable shape of a statement's first side (K2): a name ({@code L}, {@code \sigma^2}, a bold
 * {@code \mathbf{w}}) or a call with plain parameters ({@code f(x, y)}, {@code \ell(\mu, \sigma^2)}, {@code g(t)_k},
 * {@code \operatorname{softmax}(z)_i}), as the {@link Target} the document then defines; anything else has none.
 */
final class Targets {
    private final LatexBuilder builder;

    Targets(LatexBuilder builder) {
        this.builder = builder;
    }

    /** The definable shape of a side (K2), if it has one. */
    Optional<Target> target(LatexParser.ExprContext e) {
        Optional<Target> magnitude = builder.magnitudes.target(e);
        if (magnitude.isPresent()) {
            return magnitude;
        }
        if (e.term().size() != 1 || e.term(0).getChildCount() != 1
                || !(e.term(0).signed(0) instanceof LatexParser.PlainSignedContext p)) {
            return Optional.empty();
        }
        if (p.factor() instanceof LatexParser.FunctionFactorContext f) {
            return builtInTarget(f);
        }
        if (!(p.factor() instanceof LatexParser.PostfixFactorContext pf)) {
            return Optional.empty();
        }
        LatexParser.PostfixContext post = pf.postfix();
        List<ReadingNote> saved = new ArrayList<>(builder.notes);
        try {
            Object base = builder.primary(post.primary());
            if (!(base instanceof NameAtom name)) {
                return Optional.empty();
            }
            List<LatexParser.PostOpContext> ops = post.postOp();
            int i = 0;
            while (i < ops.size() && !(ops.get(i) instanceof LatexParser.CallOpContext)) {
                builder.scripts.absorbScript(name, ops.get(i), i + 1 < ops.size() && ops.get(i + 1) instanceof LatexParser.CallOpContext);
                i++;
            }
            // \sigma^2 = \frac{1}{N}\sum_i (x_i - \mu)^2, S^2 = \frac{1}{n}\sum_i (X_i - \overline{X})^2: a variance,
            // named by its square, defines its root (the document checks that the value does not hold the name)
            if (i < ops.size()) {
                builder.names.namePrimedQuantity(name);
            }
            // D^2(\mathbf{x}) = (\mathbf{x} - \boldsymbol{\mu})^\top \Sigma^{-1} (\mathbf{x} - \boldsymbol{\mu}): a squared distance
            // named with its argument, the same as D^2 = …, which steps write \nabla_{\mathbf{x}} D^2
            boolean squareCalled = i + 1 == ops.size() && ops.get(i) instanceof LatexParser.CallOpContext c
                    && !c.callArgs().expr().isEmpty() && c.callArgs().expr().stream().allMatch(builder.calls::isPlainVariable);
            boolean variance = name.power != null && Exprs.isNum(name.power, 2) && (i == ops.size() || squareCalled) && name.primes == 0
                    && !name.base.equals("e") && !name.bold && name.label.isEmpty();
            if (name.primes > 0 && (i < ops.size() || !builder.names.primeNamesQuantity(name)) || name.power != null && !variance
                    || builder.names.partialSubscripts(name).isPresent()) {
                return Optional.empty();
            }
            if (variance) {
                name.power = null;
            }
            if (name.base.equals("e") && name.spelling == NameAtom.Spelling.LETTER && name.indices.isEmpty()) {
                return Optional.empty();
            }
            if (name.kroneckerDelta() && !builder.context.defines("delta")) {
                return Optional.empty();
            }
            boolean vector = name.bold && name.indices.isEmpty();
            Optional<String> time = i + 1 == ops.size() && builder.context.function(name.name()).isEmpty()
                    ? builder.calls.timeIndex(name, ((LatexParser.CallOpContext) ops.get(i)).callArgs()) : Optional.empty();
            if (time.isPresent()) {
                // y(n) = w_0(n) x(n) + …: the signal at the time index n, y_n, defined as an indexed quantity
                name.indices.add(time.get());
                return Optional.of(new Target(name.name(), (Variable) builder.names.resolve(name), List.of(), List.of(), false, false,
                        false));
            }
            Variable variable = builder.calls.withVectors(() -> (Variable) builder.names.resolve(name));
            if (i == ops.size() || variance) {
                return Optional.of(new Target(name.name(), variable, List.of(), List.of(), false, vector, variance));
            }
            LatexParser.CallArgsContext call = ((LatexParser.CallOpContext) ops.get(i)).callArgs();
            if (call.expr().isEmpty() || !call.expr().stream().allMatch(builder.calls::isParameter)) {
                return Optional.empty();
            }
            List<Expr> params = new ArrayList<>();
            for (LatexParser.ExprContext a : call.expr()) {
                params.add(builder.calls.withVectors(() -> builder.expr(a)));
            }
            List<String> component = List.of();
            if (i + 1 < ops.size()) {
                if (i + 2 != ops.size() || !(ops.get(i + 1) instanceof LatexParser.SubscriptOpContext sub)) {
                    return Optional.empty();
                }
                component = builder.scripts.indexList(sub.scriptArg());
            }
            boolean builtIn = name.spelling == NameAtom.Spelling.GREEK && name.base.equals("sigma")
                    && name.indices.isEmpty();
            Optional<DocumentFunction> family = builder.context.function(name.name()).filter(f -> !f.own().isEmpty());
            if (DocumentFunction.namesMember(name.indices) && (family.isPresent()
                    ? name.indices.stream().noneMatch(org.symgrad.expr.Index::isConcrete) : name.indices.stream().allMatch(org.symgrad.expr.Index::isConcrete))) {
                // g_1(\theta) = …, g_2(\theta) = …: each member defined on its own; \pi_J(x) = … beside the family \pi_j(x): the
                // member at the count's letter, which the family's formula does not give (a member at a number restates it)
                String member = DocumentFunction.memberName(name.name(), name.indices);
                return Optional.of(new Target(member, family.isPresent() ? new Sym(member) : variable, params, component, builtIn, false));
            }
            return Optional.of(new Target(name.name(), variable, params, component, builtIn, false));
        } catch (InputException | IllegalArgumentException | ClassCastException notATarget) {
            return Optional.empty();
        } finally {
            builder.notes.clear();
            builder.notes.addAll(saved);
        }
    }

    private Optional<Target> builtInTarget(LatexParser.FunctionFactorContext f) {
        if (!(f.fnArgument() instanceof LatexParser.ParenArgumentContext p) || f.fnScripts().getChildCount() > 0
                || p.callArgs().expr().isEmpty() || !p.callArgs().expr().stream().allMatch(builder.calls::isPlainVariable)) {
            return Optional.empty();
        }
        List<ReadingNote> saved = new ArrayList<>(builder.notes);
        try {
            String word = FunctionFactors.functionWord(f.FUNC().getSymbol());
            String name = LatexNames.function(word).orElse(word.toLowerCase(java.util.Locale.ROOT));
            List<Expr> params = new ArrayList<>();
            for (LatexParser.ExprContext a : p.callArgs().expr()) {
                params.add(builder.calls.withVectors(() -> builder.expr(a)));
            }
            List<String> component = List.of();
            if (!p.postOp().isEmpty()) {
                if (p.postOp().size() != 1 || !(p.postOp(0) instanceof LatexParser.SubscriptOpContext sub)) {
                    return Optional.empty();
                }
                component = builder.scripts.indexList(sub.scriptArg());
            }
            if (!name.matches("[a-z]+")) {
                return Optional.empty();
            }
            return Optional.of(new Target(name, new Sym(name), params, component, true, false));
        } catch (InputException | IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            builder.notes.clear();
            builder.notes.addAll(saved);
        }
    }
}
