package org.symgrad.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.diff.DiffRules;
import org.symgrad.diff.Differentiator;
import org.symgrad.diff.RuleApplication;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.simplify.AtomRule;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.DeltaContraction;
import org.symgrad.simplify.Rules;
import org.symgrad.simplify.Simplifier;

/**
 * Derives {@code ∂of/∂wrt} step by step through the definitions in force. The differentiation
 * steps are the applications of the same {@link DiffRules} that compute the answer (consecutive
 * applications of one rule form one step); then δ contraction, simplification, the assumptions
 * and the write-back in defined names each form a step when they change the expression.
 */
public final class Deriver {
    /** Most rule applications recorded before the remaining ones are grouped as one step. */
    public static final int MAX_RULE_STEPS = 400;

    private final Definitions definitions;
    private final List<AtomRule> assumptions;
    private final List<AtomRule> resubstitutions;

    public Deriver(Definitions definitions, List<AtomRule> assumptions) {
        this.definitions = definitions;
        this.assumptions = List.copyOf(assumptions);
        List<AtomRule> rules = new ArrayList<>();
        for (Definition d : definitions.all()) {
            Rules.definition(d.target(), d.body()).ifPresent(rules::add);
        }
        this.resubstitutions = rules;
    }

    /** A deriver with no definitions and no assumptions. */
    public static Deriver plain() {
        return new Deriver(Definitions.none(), List.of());
    }

    public Simplifier simplifier() {
        return Simplifier.with(assumptions, resubstitutions);
    }

    /** The simplified derivative only (no steps recorded). */
    public Expr derivative(Expr of, Expr wrt) {
        ChainRule chain = new ChainRule(definitions, simplifier());
        return simplifier().simplify(new Differentiator(chain).differentiate(of, wrt));
    }

    /** The {@code order}-th simplified derivative, {@code 0 ≤ order ≤} {@link Differentiator#MAX_ORDER}. */
    public Expr derivative(Expr of, Expr wrt, int order) {
        if (order < 0) {
            throw new org.symgrad.error.InputException("the order of a derivative must not be negative, not " + order);
        }
        if (order > Differentiator.MAX_ORDER) {
            throw new LimitException("derivative-order",
                    "order " + order + " exceeds the limit " + Differentiator.MAX_ORDER);
        }
        Expr out = of;
        for (int i = 0; i < order; i++) {
            out = derivative(out, wrt);
        }
        return out;
    }

    public Derivation derive(Expr of, Expr wrt) {
        ChainRule chain = new ChainRule(definitions, simplifier());
        List<Step> steps = new ArrayList<>();
        Expr current = new Derivative(of, wrt);
        steps.add(new Step("derivative", current));
        int applications = 0;
        while (true) {
            Optional<RuleApplication> next = DiffRules.expandFirst(current, chain);
            if (next.isEmpty()) {
                break;
            }
            if (++applications > MAX_RULE_STEPS) {
                current = Budget.requireSize(new Differentiator(chain).evaluateDerivatives(current));
                add(steps, "differentiate", current);
                break;
            }
            current = Budget.requireSize(next.get().result());
            add(steps, next.get().rule(), current);
        }
        add(steps, DeltaContraction.RULE, DeltaContraction.apply(current));
        Expr simplified = Simplifier.plain().simplify(current);
        add(steps, "simplify", simplified);
        if (!assumptions.isEmpty()) {
            add(steps, "assumption", Simplifier.with(assumptions, List.of()).simplify(simplified));
        }
        add(steps, "substitute-definition", simplifier().simplify(steps.get(steps.size() - 1).expr()));
        List<Derivation> inner = new ArrayList<>();
        for (ChainRule.Edge e : chain.edges()) {
            inner.add(new Derivation(e.of(), e.wrt(), List.of(
                    new Step("derivative", new Derivative(e.of(), e.wrt())),
                    new Step("differentiate", e.raw()),
                    new Step("simplify", e.value())), List.of()));
        }
        return new Derivation(of, wrt, dedupe(steps), inner);
    }

    /** Appends a step unless it changes nothing; consecutive uses of one rule merge into one step. */
    private static void add(List<Step> steps, String rule, Expr e) {
        Step last = steps.get(steps.size() - 1);
        if (last.expr().equals(e)) {
            return;
        }
        if (last.rule().equals(rule) && steps.size() > 1) {
            steps.set(steps.size() - 1, new Step(rule, e));
            return;
        }
        steps.add(new Step(rule, e));
    }

    private static List<Step> dedupe(List<Step> steps) {
        if (steps.size() > 10_000) {
            throw new LimitException("derivation-size", "the derivation has more than 10000 steps");
        }
        return steps;
    }
}
