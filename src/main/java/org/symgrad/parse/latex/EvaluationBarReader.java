package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads an evaluation bar after an expression: {@code E \Big|_{x=a}}, {@code \left. E \right|_{x=a, y=b}} is E at
 * the point, its derivatives taken first ({@link EvaluationBar}); {@code E \Big|_{a}^{b}} is E(b) − E(a); a bar
 * without a name ({@code f'(x)|_{0}}) is at the one variable E has.
 */
final class EvaluationBarReader {
    private final LatexBuilder builder;

    EvaluationBarReader(LatexBuilder builder) {
        this.builder = builder;
    }

    /** One point of an evaluation bar: its variable (null where the bar names none, {@code |_{0}}) and its value. */
    private record BarPoint(Variable variable, Expr value) {
    }

    /**
     * {@code E \Big|_{x=a}}, {@code \left. E \right|_{x=a, y=b}}: E at the point, its derivatives in x
     * taken first ({@link EvaluationBar}); {@code E \Big|_{a}^{b}} (or {@code _{x=a}^{b}}) is E(b) − E(a).
     * A bar without a name ({@code f'(x)|_{0}}) is at the one variable E differentiates in or has.
     */
    Expr evaluated(Expr e, LatexParser.EvalBarContext bar, ParserRuleContext whole) {
        LatexParser.ScriptArgContext lower = null;
        LatexParser.ScriptArgContext upper = null;
        for (int c = 1; c + 1 < bar.getChildCount(); c += 2) {
            if (bar.getChild(c + 1) instanceof LatexParser.ScriptArgContext arg) {
                if (bar.getChild(c) instanceof TerminalNode t && t.getSymbol().getType() == LatexLexer.UNDERSCORE) {
                    lower = arg;
                } else {
                    upper = arg;
                }
            }
        }
        List<BarPoint> points = new ArrayList<>();
        if (lower instanceof LatexParser.BracedScriptContext b) {
            builder.bigOperators.noCondition(b);
            for (LatexParser.ScriptItemContext item : b.scriptBody().scriptItem()) {
                if (item.relation().isEmpty()) {
                    points.add(new BarPoint(null, builder.expr(item.expr(0))));
                } else if (item.relation().size() == 1 && item.relation(0).EQ() != null
                        && builder.expr(item.expr(0)) instanceof Variable v) {
                    points.add(new BarPoint(v, builder.expr(item.expr(1))));
                } else {
                    throw builder.error("an evaluation bar names a variable and its value, as in |_{x=2}, not " + builder.text(item),
                            item);
                }
            }
        } else {
            points.add(new BarPoint(null, builder.scripts.scriptValue(lower)));
        }
        if (points.isEmpty() || upper != null && points.size() != 1) {
            throw builder.error("an evaluation bar |_{x=a}^{b} evaluates at one variable", bar);
        }
        // the bar's variables and the variables derivatives are taken in stay themselves, whatever the
        // document defines them to be (n = w x + b, then \\frac{d}{dn} \\tanh(n) \\Big|_{n=0})
        Set<Variable> keep = new LinkedHashSet<>();
        points.stream().map(BarPoint::variable).filter(v -> v != null).forEach(keep::add);
        keep.addAll(EvaluationBar.derivativeVariables(e));
        Set<String> kept = new LinkedHashSet<>();
        keep.forEach(v -> kept.add(v.name()));
        e = FunctionNameDerivatives.called(e, builder.context);
        Expr expanded = EvaluationBar.throughDefinitions(e,
                leaf -> keep.contains(leaf) ? Optional.empty() : builder.context.definedValue(leaf));
        Expr at = expanded;
        List<String> said = new ArrayList<>();
        Variable first = null;
        for (BarPoint p : points) {
            Variable x = p.variable() != null ? p.variable() : EvaluationBar.soleVariable(e).orElseThrow(() -> builder.error(
                    "name the variable of the evaluation bar, as in |_{x=2}: " + builder.shown(whole)
                            + " has no single variable", bar));
            first = first == null ? x : first;
            Variable point = x;
            if (!Exprs.contains(at, x) && Exprs.any(at, n -> n instanceof Sym s && !s.equals(point)
                    && builder.context.definesFunction(s.name()))) {
                // \left. \frac{\partial g}{\partial I} \right|_{S = N} of g(S, I): the bare name hides the S the bar sets
                throw builder.error("the evaluation bar of " + builder.shown(whole) + " cannot be read: it sets " + x + ", which "
                        + "the function written by its bare name takes as a parameter; write its call, as in g(S, I)", bar);
            }
            Optional<String> obstacle = EvaluationBar.obstacle(at, x,
                    n -> !kept.contains(n) && (builder.context.definesValue(n) || builder.context.defines(n)));
            if (obstacle.isPresent()) {
                throw builder.error("the evaluation bar of " + builder.shown(whole) + " cannot be read: " + obstacle.get(), bar);
            }
            said.add(x + " = " + p.value());
            at = EvaluationBar.at(at, x, p.value());
        }
        if (upper != null) {
            Expr top = EvaluationBar.at(expanded, first, builder.scripts.scriptValue(upper));
            builder.note(builder.shown(whole) + " read as the difference of its values at " + first + " = " + builder.scripts.scriptValue(upper)
                    + " and " + said.get(0), whole);
            return Exprs.sub(top, at);
        }
        builder.note(builder.shown(whole) + " read at " + String.join(", ", said) + " (its derivatives taken first)", whole);
        return at;
    }
}
