package org.symgrad.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.diff.DefinedDerivatives;
import org.symgrad.diff.DiffRules;
import org.symgrad.diff.Differentiator;
import org.symgrad.diff.RuleApplication;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Indices;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.simplify.AtomRule;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.DeltaContraction;
import org.symgrad.simplify.NumberFolding;
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
    /** The step that cancels within each term of a sum before the terms are collected. */
    public static final String CANCEL = "cancel";

    private final Definitions definitions;
    private final List<AtomRule> assumptions;
    private final List<AtomRule> resubstitutions;
    private final Simplifier full;
    private final Simplifier assumed;
    private final Simplifier plain = Simplifier.plain();

    public Deriver(Definitions definitions, List<AtomRule> assumptions) {
        this.definitions = definitions;
        List<AtomRule> assumed = new ArrayList<>(assumptions);
        List<AtomRule> rules = new ArrayList<>();
        for (Definition d : definitions.all()) {
            Rules.definition(d.target(), d.body()).ifPresent(rules::add);
            // a normalised vector (softmax) sums to 1, as the textbook takes for granted
            Rules.normalisation(d.target(), d.body()).ifPresent(assumed::add);
        }
        this.assumptions = List.copyOf(assumed);
        this.resubstitutions = rules;
        this.full = Simplifier.with(this.assumptions, rules);
        this.assumed = Simplifier.with(this.assumptions, List.of());
    }

    /** A deriver with no definitions and no assumptions. */
    public static Deriver plain() {
        return new Deriver(Definitions.none(), List.of());
    }

    /** The simplifier with the assumptions and the write-back in defined names (one, so it memoises). */
    public Simplifier simplifier() {
        return full;
    }

    /** The simplified derivative only (no steps recorded). */
    public Expr derivative(Expr of, Expr wrt) {
        ChainRule chain = new ChainRule(definitions, simplifier());
        return org.symgrad.expr.Indices.preferring(
                simplifier().simplify(new Differentiator(chain).differentiate(of, wrt)), chosenBoundNames(of));
    }

    /** The {@code order}-th simplified derivative, {@code 0 ≤ order ≤} {@link Differentiator#MAX_ORDER}. */
    public Expr derivative(Expr of, Expr wrt, int order) {
        if (order < 0) {
            throw new InputException("the order of a derivative must not be negative, not " + order);
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
        Optional<Definition> defined = definitions.defining(of);
        Optional<Expr> start = Optional.empty();
        if (defined.isPresent() && !defined.get().name().equals(ChainRule.nameOf(wrt))) {
            // a defined name is derived from its definition, as a textbook does
            start = Optional.of(Indices.readable(new Derivative(defined.get().instantiate(of), wrt)));
        } else if (of instanceof Fn f && f.arg().equals(wrt) && !Rules.namedFunctionInverses(of).isEmpty()) {
            // σ(x), tanh(x), softplus(x) on their own: derived from their exp/log definition (seeds 001, 003)
            start = FunctionRegistry.get(f.name()).definition().map(body -> new Derivative(body.apply(f.arg()), wrt));
        }
        List<Step> steps = steps(of, wrt, start, chain);
        if (start.isPresent() && defined.isEmpty()
                && !org.symgrad.expr.Indices.preferring(steps.get(steps.size() - 1).expr(), chosenBoundNames(of))
                        .equals(derivative(of, wrt))) {
            // the exp/log form could not be written back in the function: use its derivative instead
            steps = steps(of, wrt, Optional.empty(), chain);
        }
        List<Derivation> inner = new ArrayList<>();
        for (ChainRule.Edge e : chain.edges()) {
            Derivation d = edge(e);
            inner.add(new Derivation(d.of(), d.wrt(), named(d.steps(), e.of()), d.inner()));
        }
        return new Derivation(of, wrt, named(steps, of), inner);
    }

    /**
     * The bound-index names a reader chose: those of {@code of}, then those of the definitions it
     * uses, breadth first from {@code of} inwards, so a result sums over the input's {@code n}
     * rather than the simplifier's {@code k}.
     */
    private List<String> chosenBoundNames(Expr of) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(org.symgrad.expr.Indices.bound(of));
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(definitions.namesIn(of));
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            if (!seen.add(name)) {
                continue;
            }
            definitions.of(name).ifPresent(d -> {
                out.addAll(org.symgrad.expr.Indices.bound(d.body()));
                queue.addAll(definitions.namesIn(d.body()));
            });
        }
        return List.copyOf(out);
    }

    private List<Step> named(List<Step> steps, Expr of) {
        List<String> preferred = chosenBoundNames(of);
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(new Step(s.rule(), org.symgrad.expr.Indices.preferring(s.expr(), preferred)));
        }
        return out;
    }

    private List<Step> steps(Expr of, Expr wrt, Optional<Expr> definition, ChainRule chain) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("derivative", new Derivative(of, wrt)));
        definition.ifPresent(d -> steps.add(new Step("definition", d)));
        differentiate(steps, chain);
        simplify(steps, Rules.namedFunctionInverses(of));
        return steps;
    }

    /**
     * The sub-derivation of one inner derivative: a partial derivative of a definition is derived
     * rule by rule from its body; a chain-rule sum is shown with its simplification.
     */
    private Derivation edge(ChainRule.Edge e) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("derivative", new Derivative(e.of(), e.wrt())));
        if (e.body().isPresent()) {
            steps.add(new Step("definition",
                    Indices.readable(new Derivative(e.body().get(), e.wrt()))));
            differentiate(steps, DefinedDerivatives.NONE);
        } else {
            steps.add(new Step("chain-rule", e.raw()));
        }
        simplify(steps, List.of());
        return new Derivation(e.of(), e.wrt(), steps, List.of());
    }

    /** Applies the differentiation rules one at a time to the last step until none applies. */
    private static void differentiate(List<Step> steps, DefinedDerivatives hook) {
        Expr current = steps.get(steps.size() - 1).expr();
        int applications = 0;
        while (true) {
            Optional<RuleApplication> next = DiffRules.expandFirst(current, hook);
            if (next.isEmpty()) {
                return;
            }
            if (++applications > MAX_RULE_STEPS) {
                add(steps, "differentiate", Budget.requireSize(new Differentiator(hook).evaluateDerivatives(current)));
                return;
            }
            current = Budget.requireSize(NumberFolding.apply(next.get().result()));
            add(steps, next.get().rule(), current);
        }
    }

    /** δ contraction, simplification, assumptions and definitions, each a step when it changes something. */
    private void simplify(List<Step> steps, List<AtomRule> inverses) {
        Expr current = steps.get(steps.size() - 1).expr();
        add(steps, DeltaContraction.RULE, DeltaContraction.apply(current));
        Expr simplified = plain.simplify(current);
        Expr cancelled = termwise(current);
        if (!cancelled.equals(simplified)) {
            add(steps, CANCEL, cancelled);
        }
        add(steps, "simplify", simplified);
        if (!assumptions.isEmpty()) {
            simplified = assumed.simplify(simplified);
            add(steps, "assumption", simplified);
        }
        Simplifier writeBack = full;
        if (!inverses.isEmpty()) {
            List<AtomRule> rules = new ArrayList<>(resubstitutions);
            rules.addAll(inverses);
            writeBack = Simplifier.with(assumptions, rules);
        }
        add(steps, "substitute-definition", writeBack.simplify(simplified));
    }

    /**
     * Each term of a sum simplified on its own, the sum itself left standing: the step where a
     * textbook cancels within the terms ({@code y σ(1 − σ)/σ → y(1 − σ)}) before collecting them.
     */
    private Expr termwise(Expr e) {
        return switch (e) {
            case org.symgrad.expr.Add a -> org.symgrad.expr.Exprs.add(a.terms().stream().map(this::termwise).toList());
            case org.symgrad.expr.Mul m when m.factors().size() == 2 && m.factors().get(0) instanceof org.symgrad.expr.Num ->
                    org.symgrad.expr.Exprs.mul(m.factors().get(0), termwise(m.factors().get(1)));
            case org.symgrad.expr.IndexSum sum ->
                    new org.symgrad.expr.IndexSum(sum.index(), sum.lower(), sum.upper(), termwise(sum.body()));
            default -> plain.simplify(e);
        };
    }

    /** Appends a step unless it changes nothing; consecutive uses of one rule merge into one step. */
    private static void add(List<Step> steps, String rule, Expr expr) {
        Expr e = Indices.readable(expr);
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

}
