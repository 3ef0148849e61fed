package org.symgrad.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.assume.AssumedForms;
import org.symgrad.assume.Sampling;
import org.symgrad.diff.DefinedDerivatives;
import org.symgrad.diff.DiffRules;
import org.symgrad.diff.Differentiator;
import org.symgrad.diff.RuleApplication;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Add;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.rewrite.Rewriter;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.RuleBook;
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.NumberFolding;
import org.symgrad.simplify.Rules;
import org.symgrad.simplify.Simplifier;
import org.symgrad.simplify.WrittenConditions;
import org.symgrad.simplify.WrittenCoshSquares;
import org.symgrad.simplify.WrittenDifferences;
import org.symgrad.simplify.WrittenFactorOrder;
import org.symgrad.simplify.WrittenFunctions;
import org.symgrad.simplify.WrittenTermSources;

/**
 * Derives {@code ∂of/∂wrt} step by step through the definitions in force. The differentiation
 * steps are the applications of the same {@link DiffRules} that compute the answer (consecutive
 * applications of one rule form one step). Then come the textbook operations of the simplifier,
 * each a step when it changes the expression and each named after what the engine did
 * (its {@link Trace}): the δ contraction of the {@link RuleBook}, the book's function identities
 * one rule at a time, cancelling within each term, combining the terms (collecting, factoring,
 * combining fractions, …), the assumptions, and writing the result back in defined names. A
 * {@link StepLog} keeps the steps moving forward.
 */
public final class Deriver {
    /** Most rule applications recorded before the remaining ones are grouped as one step. */
    public static final int MAX_RULE_STEPS = 400;
    /** Most rule applications of one rewriting step (δ contraction, a function identity). */
    private static final int REWRITE_BUDGET = 10_000;
    /** The rules a derivation shows one at a time before the normal form: the book's function identities and laws. */
    private static final List<Rule> IDENTITIES = identities();
    /**
     * What an arithmetic stage is named where the engine reported no operation ({@link StageNames}
     * names it after every rule it did report): within terms, cancelling; across terms, combining fractions.
     */
    private static final List<String> WITHIN_TERMS = List.of("quotient-as-function", "cancel-common-factors", "exp-law", "combine-fractions",
            "factor-out-common-factor", "expand-products", "collect-like-terms", "multiply-powers");
    private static final List<String> ACROSS_TERMS = List.of("quotient-as-function", "combine-fractions", "split-sum", "pull-factor-out-of-sum",
            "merge-sums", "gather-sums", "factor-by-grouping", "factor-out-common-factor", "collect-like-terms", "expand-products",
            "exp-law", "cancel-common-factors", "multiply-powers", "quotient-as-function");

    private final Definitions definitions;
    private final List<Rule> assumptions;
    private final List<Rule> resubstitutions;
    private final Simplifier full;
    private final Simplifier assumed;
    /** {@link #full} without its write-back in names. */
    private final Simplifier fullArithmetic;
    /** The stages before the write-back in names: they leave a softmax quotient and split sums as they are. */
    private final Simplifier plain = Simplifier.plain().forEarlierStages();
    /** {@link #plain} without the write-back in names: the arithmetic a stage does, shown before its write-back. */
    private final Simplifier arithmetic = plain.arithmeticOnly();
    /** The assumed facts ({@code y in {0, 1}}, {@code x > 0} …) whose identities a result is written with. */
    private final Sampling facts;

    public Deriver(Definitions definitions, List<Rule> assumptions) {
        this(definitions, assumptions, Sampling.NONE);
    }

    /**
     * A deriver that also writes its results with the identities of the assumed {@code facts}
     * ({@link AssumedForms}: {@code y² = y} for {@code y in {0, 1}}, {@code C_ji = C_ij} for a
     * symmetric C, {@code log(xy) = log x + log y} for positive x, y …), each use a step citing the fact.
     */
    public Deriver(Definitions definitions, List<Rule> assumptions, Sampling facts) {
        this.definitions = definitions;
        this.facts = facts;
        List<Rule> assumed = new ArrayList<>(assumptions);
        List<Rule> rules = new ArrayList<>();
        for (Definition d : definitions.all()) {
            Rules.definition(d.target(), d.body()).ifPresent(rules::add);
            Rules.productName(d.target(), d.body()).ifPresent(rules::add);
            // a normalised vector (softmax) sums to 1, as the textbook takes for granted
            Rules.normalisation(d.target(), d.body()).ifPresent(assumed::add);
        }
        this.assumptions = List.copyOf(assumed);
        this.resubstitutions = rules;
        this.full = Simplifier.with(this.assumptions, rules);
        this.fullArithmetic = full.arithmeticOnly();
        this.assumed = Simplifier.with(this.assumptions, List.of()).forEarlierStages();
    }

    /** A deriver with no definitions and no assumptions. */
    public static Deriver plain() {
        return new Deriver(Definitions.none(), List.of());
    }

    /** The simplifier with the assumptions and the write-back in defined names (one, so it memoises). */
    public Simplifier simplifier() {
        return full;
    }

    /**
     * The textbook form of {@code e} under the definitions and assumptions in force, the identities
     * of the assumed facts included (what a {@code simplify} statement prints).
     */
    public Expr simplified(Expr e) {
        return withFacts(simplifier(), simplifier().simplify(e)).expr();
    }

    /**
     * What a {@code simplify} statement prints: {@link #simplified} with its differences and each Σ
     * over the index name the input chose ({@code Σ_i x_i y_i}, not the normal form's {@code Σ_k x_k y_k}).
     */
    public Expr simplifiedAsWritten(Expr e) {
        // a − (1 − x)/q stays so: the differences turned as the input wrote them ({@link WrittenDifferences})
        List<Expr> bodies = bodiesUsed(e);
        return org.symgrad.expr.Indices.preferring(WrittenFactorOrder.ordered(e, bodies,
                WrittenDifferences.turned(e, bodies, simplified(e))), chosenBoundNames(e));
    }

    /** The simplified derivative only (no steps recorded). */
    public Expr derivative(Expr input, Expr wrt) {
        Expr of = definitions.avoidingLabels(input);
        Expr innerDone = innerDerivatives(of, null);
        List<Expr> bodies = bodiesUsed(of);
        if (innerDone != of) {
            return WrittenCoshSquares.written(of, bodies, derivative(innerDone, wrt));
        }
        return WrittenCoshSquares.written(of, bodies, termsAsWritten(of, wrt,
                WrittenFactorOrder.ordered(of, bodies, WrittenConditions.written(of, bodies,
                        WrittenDifferences.turned(of, bodies, textbookDerivative(of, wrt))))));
    }

    /**
     * {@code result}, the derivative of {@code of} by {@code wrt}, with its terms in the order {@code of} (or the
     * let it names) wrote the terms they come from ({@link WrittenTermSources}): each term differentiated alone.
     */
    private Expr termsAsWritten(Expr of, Expr wrt, Expr result) {
        Expr written = definitions.defining(of).map(d -> d.instantiate(of)).orElse(of);
        List<Expr> terms = WrittenTermSources.termsOf(written);
        if (terms.size() < 2 || !(result instanceof org.symgrad.expr.Add || result instanceof org.symgrad.expr.Mul)) {
            return result;
        }
        List<Expr> derivatives = new ArrayList<>();
        try {
            for (Expr t : terms) {
                derivatives.add(textbookDerivative(t, wrt));
            }
        } catch (org.symgrad.error.SymgradException notAlone) {
            return result; // an order only
        }
        // a fraction the normal form joined, written as the input terms' derivatives where that reads no longer: y/l − 1
        return WrittenTermSources.ordered(org.symgrad.simplify.TermDerivativesApart.of(result, derivatives), derivatives);
    }

    /** The name of the step that writes each derivative the input wrote inside the one taken as its result. */
    public static final String INNER_DERIVATIVE = "inner-derivative";

    /**
     * {@code e} with each derivative it writes ({@code diff(f, x)} inside {@code diff(…, y)}, a
     * Hessian) replaced by its textbook result, innermost first, as a book differentiates the
     * gradient it has already simplified and as {@code --order} does; {@code e} itself where it writes
     * none that expands. With {@code derived} (steps recorded), each one's derivation is added to it.
     */
    private Expr innerDerivatives(Expr e, List<Derivation> derived) {
        if (!Exprs.any(e, x -> x instanceof Derivative)) {
            return e;
        }
        Expr kids = Exprs.mapChangedChildren(e, c -> innerDerivatives(c, derived));
        if (!(kids instanceof Derivative d)) {
            return kids;
        }
        // one computation with and without steps: the result alone is the recorded derivation's last line
        Derivation inner = derived == null ? result(d.of(), d.wrt()) : derive(d.of(), d.wrt());
        if (inner.result().equals(d)) {
            return kids;
        }
        if (derived != null) {
            derived.add(inner);
        }
        return inner.result();
    }

    /** The derivative of {@code of} (labels avoided) in the simplifier's textbook form, bound indices as the input named them. */
    private Expr textbookDerivative(Expr of, Expr wrt) {
        ChainRule chain = new ChainRule(definitions, simplifier());
        Expr differentiated = new Differentiator(chain).differentiate(of, wrt);
        List<Rule> shapes = Rules.writtenSigmaShapes(of);
        Simplifier simplifier = shapes.isEmpty() ? simplifier() : withInverses(shapes);
        // a Σ over a sum the input wrote stays folded, its factors taken out, as the steps show it
        Optional<FoldedSums.Folded> folded = foldedSum(of, differentiated);
        Expr result = folded.isPresent()
                ? folded.get().written(withFacts(simplifier, simplifier.simplify(folded.get().frozen())).expr())
                : withFacts(simplifier, simplifier.simplify(differentiated)).expr();
        if (folded.isPresent() && namesAFoldedSum(folded.get())) {
            result = withFacts(simplifier, simplifier.simplify(result)).expr();
        }
        return org.symgrad.expr.Indices.preferring(result, chosenBoundNames(of));
    }

    /**
     * The Σ over a sum the input wrote that {@code differentiated} holds, to be kept folded; only where
     * the plain simplification would expand it (a Σ it keeps is left to it).
     */
    private Optional<FoldedSums.Folded> foldedSum(Expr of, Expr differentiated) {
        List<Expr> bodies = bodiesUsed(of);
        return FoldedSums.in(of, bodies).of(differentiated)
                .filter(f -> !f.keptIn(WrittenDifferences.turned(of, bodies, simplifier().simplify(differentiated))));
    }

    /**
     * Whether a let names one of {@code folded}'s Σs: written back, the Σ alone leaves no Σ and
     * shows a defined name ({@code Σ_i (x_i − μ)} is {@code n(x̄ − μ)} for {@code x̄ = Σ_i x_i/n}).
     * The Σ is one quantity, and the let that defines it names it, as a book writes the mean it
     * defined ({@code (x̄ − μ)/σ²}, not {@code Σ_i (x_i − μ)/(nσ²)}): the folded result is then
     * simplified once more, with its write-back, like any other.
     */
    private boolean namesAFoldedSum(FoldedSums.Folded folded) {
        if (definitions.isEmpty()) {
            return false;
        }
        for (IndexSum sum : folded.sums().values()) {
            Expr named = simplifier().simplify(sum);
            if (!named.equals(sum) && !Exprs.any(named, x -> x instanceof IndexSum)
                    && Exprs.any(named, x -> definitions.defining(x).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** The simplifier with the write-back in names and also in the functions {@code inverses} write back. */
    private Simplifier withInverses(List<Rule> inverses) {
        List<Rule> rules = new ArrayList<>(resubstitutions);
        rules.addAll(inverses);
        return Simplifier.with(assumptions, rules);
    }

    /**
     * The write-backs in the functions {@code of} applies ({@link Rules#namedFunctionInverses}) and
     * in σ of the σ shapes it writes with exps ({@link Rules#writtenSigmaShapes}: the derivative of
     * 1/(1 + e^{−2x}) is written 2σ(2x)(1 − σ(2x))).
     */
    private static List<Rule> inverses(Expr of) {
        List<Rule> out = new ArrayList<>(Rules.namedFunctionInverses(of));
        out.addAll(Rules.writtenSigmaShapes(of));
        return out;
    }

    /**
     * {@code e} (a textbook form of {@code simplifier}) with the identities of the assumed facts
     * applied and simplified again, until none applies; the facts used are reported.
     */
    private AssumedForms.Rewritten withFacts(Simplifier simplifier, Expr e) {
        if (facts.constraints().isEmpty()) {
            return new AssumedForms.Rewritten(e, java.util.Set.of());
        }
        return AssumedForms.settled(e, facts, x -> Optional.of(simplifier.simplify(x)))
                .orElse(new AssumedForms.Rewritten(e, java.util.Set.of()));
    }

    /** The {@code order}-th simplified derivative, {@code 0 ≤ order ≤} {@link Differentiator#MAX_ORDER}. */
    public Expr derivative(Expr of, Expr wrt, int order) {
        List<Derivation> orders = orders(of, wrt, order, false);
        return orders.isEmpty() ? of : orders.get(orders.size() - 1).result();
    }

    /**
     * The derivations of orders 1 to {@code order} (steps recorded or {@link #result results only}), as
     * {@code diff(diff(f, x), x)} differentiates: each order the last one's result; in the last, a
     * {@code 1 − tanh(u)²} of a u the input wrote a cosh of is written {@code 1/cosh(u)²}, one more step
     * ({@link WrittenCoshSquares}), since the last order's input no longer says that the input wrote a cosh.
     */
    public List<Derivation> orders(Expr of, Expr wrt, int order, boolean recording) {
        if (order < 0) {
            throw new InputException("the order of a derivative must not be negative, not " + order);
        }
        if (order > Differentiator.MAX_ORDER) {
            throw new LimitException("derivative-order",
                    "order " + order + " exceeds the limit " + Differentiator.MAX_ORDER);
        }
        List<Expr> bodies = bodiesUsed(definitions.avoidingLabels(of));
        List<Derivation> out = new ArrayList<>();
        Expr current = of;
        for (int i = 0; i < order; i++) {
            Derivation d = recording ? derive(current, wrt)
                    : Derivation.resultOnly(current, wrt, derivative(current, wrt));
            Expr written = i == 0 || i < order - 1 ? d.result() : WrittenCoshSquares.written(of, bodies, d.result());
            if (written != d.result()) {
                d = recording ? new Derivation(d.of(), d.wrt(),
                        StepLog.withoutRepeatedLines(withStep(d.steps(), new Step(RuleBook.COSH_FROM_TANH, written))),
                        d.inner(), d.labels()) : Derivation.resultOnly(current, wrt, written);
            }
            out.add(d);
            current = written;
        }
        return out;
    }

    private static List<Step> withStep(List<Step> steps, Step last) {
        List<Step> out = new ArrayList<>(steps);
        out.add(last);
        return out;
    }

    public Derivation derive(Expr input, Expr wrt) {
        return derive(input, wrt, true).withLabels(definitions.labels());
    }

    /**
     * The result of {@link #derive} alone ({@link Derivation#resultOnly}): the same expression as the
     * derivation's last step, computed without recording the steps, without the stages that only
     * show them (δ contraction, function identities, cancelling within terms, combining) and without
     * the chain rule's sub-derivations — for output that shows results only.
     */
    public Derivation result(Expr input, Expr wrt) {
        return derive(input, wrt, false).withLabels(definitions.labels());
    }

    private Derivation derive(Expr input, Expr wrt, boolean recording) {
        // a Σ over a fixed label's letter would capture the label where a definition is expanded
        Expr of = definitions.avoidingLabels(input);
        List<Derivation> derived = recording ? new ArrayList<>() : null;
        Expr innerDone = innerDerivatives(of, derived);
        if (innerDone != of) {
            // the derivatives written inside first, each its own derivation; then the derivative of their results
            Derivation outer = derive(innerDone, wrt, recording);
            if (!recording) {
                return Derivation.resultOnly(of, wrt, WrittenCoshSquares.written(of, bodiesUsed(of), outer.result()));
            }
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("derivative", new Derivative(of, wrt)));
            steps.add(new Step(INNER_DERIVATIVE, outer.steps().get(0).expr()));
            steps.addAll(outer.steps().subList(1, outer.steps().size()));
            List<Derivation> inner = new ArrayList<>(derived);
            inner.addAll(outer.inner());
            return new Derivation(of, wrt, coshesAsWritten(steps, of), inner);
        }
        ChainRule chain = new ChainRule(definitions, simplifier());
        Optional<Definition> defined = definitions.defining(of);
        Optional<Expr> start = Optional.empty();
        if (defined.isPresent() && (!defined.get().name().equals(ChainRule.nameOf(wrt)) || definitions.isEarlierTerm(wrt))) {
            // a defined name is derived from its definition, as a textbook does
            start = Optional.of(Indices.readable(new Derivative(defined.get().instantiate(of), wrt)));
        } else if (of instanceof Fn f && f.args().size() == 1 && f.arg().equals(wrt) && !Rules.namedFunctionInverses(of).isEmpty()) {
            // σ(x), tanh(x), softplus(x) on their own: derived from their exp/log definition (seeds 001, 003)
            start = FunctionRegistry.get(f.name()).definition().map(body -> new Derivative(body.apply(f.arg()), wrt));
        }
        List<Step> steps = steps(of, wrt, start, chain, recording);
        if (start.isPresent() && defined.isEmpty()
                && !org.symgrad.expr.Indices.preferring(steps.get(steps.size() - 1).expr(), chosenBoundNames(of))
                        .equals(textbookDerivative(of, wrt))) {
            // the exp/log form could not be written back in the function: use its derivative instead
            steps = steps(of, wrt, Optional.empty(), chain, recording);
        }
        steps = conditionsAsWritten(differencesAsWritten(steps, of, bodiesUsed(of)), of, bodiesUsed(of));
        if (!recording) {
            List<Step> named = named(steps.subList(steps.size() - 1, steps.size()), of);
            return Derivation.resultOnly(of, wrt, WrittenCoshSquares.written(of, bodiesUsed(of),
                    termsAsWritten(of, wrt, named.get(0).expr())));
        }
        List<Derivation> inner = new ArrayList<>();
        for (ChainRule.Edge e : chain.edges()) {
            Derivation d = edge(e);
            inner.add(new Derivation(d.of(), d.wrt(), StepLog.withoutRepeatedLines(named(d.steps(), e.of())), d.inner()));
        }
        List<Step> named = new ArrayList<>(named(steps, of));
        Step last = named.get(named.size() - 1);
        Expr written = termsAsWritten(of, wrt, last.expr());
        if (written != last.expr() && named.size() > 2 && written.equals(named.get(named.size() - 2).expr())) {
            // the terms' derivatives as the step before showed them: that step ends it, not a join undone under its name
            named.remove(named.size() - 1);
        } else {
            named.set(named.size() - 1, new Step(last.rule(), written));
        }
        return new Derivation(of, wrt, StepLog.withoutRepeatedLines(coshesAsWritten(named, of)), inner);
    }

    /**
     * {@code steps} and, where the last form writes {@code 1 − tanh(u)²} of a u {@code of} wrote a cosh of and no
     * tanh, one more step that writes it {@code 1/cosh(u)²} ({@link WrittenCoshSquares}).
     */
    private List<Step> coshesAsWritten(List<Step> steps, Expr of) {
        Expr last = steps.get(steps.size() - 1).expr();
        Expr written = WrittenCoshSquares.written(of, bodiesUsed(of), last);
        if (written == last) {
            return steps;
        }
        List<Step> out = new ArrayList<>(steps);
        out.add(new Step(RuleBook.COSH_FROM_TANH, written));
        return out;
    }

    /**
     * {@code steps} and, where the last form's sums hold a difference the other way round from how
     * {@code of} wrote it, one more step that turns it ({@link WrittenDifferences}); where an earlier
     * step showed that form already, the derivation ends there instead, so no step undoes another.
     */
    private static List<Step> differencesAsWritten(List<Step> steps, Expr of, List<Expr> bodies) {
        return turnedThroughout(lastAsWritten(steps, of, bodies), of, bodies);
    }

    /**
     * {@code steps} with every step after the differentiation written with the differences as
     * {@code of} wrote them, as the result is: a stage that turns {@code y_n − ŷ_n} is not followed
     * by one that turns it back ({@link StepUndos}). So are the functions it wrote by a library's name
     * ({@link WrittenFunctions}): the normal form's {@code log(1 + u)} for the input's {@code log1p(u)} is
     * not written and then written back. A step that comes to an earlier step's form this way ends the
     * detour in between, as in {@link StepLog}; the last step is unchanged.
     */
    private static List<Step> turnedThroughout(List<Step> steps, Expr of, List<Expr> bodies) {
        List<Step> out = new ArrayList<>();
        List<Expr> keys = new ArrayList<>();
        boolean differentiated = false;
        StepLeaps leaps = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Expr e = step.expr();
            if (differentiated && i < steps.size() - 1) {
                e = WrittenDifferences.turned(of, bodies, WrittenFunctions.asWritten(of, e));
                Expr before = out.get(out.size() - 1).expr();
                if (e != step.expr() || !before.equals(steps.get(i - 1).expr())) {
                    leaps = leaps == null ? StepLeaps.checker() : leaps;
                    e = turnedWithoutLeap(leaps, steps.get(i - 1).expr(), before, step, e);
                }
            }
            differentiated |= i > 0 && !org.symgrad.expr.Exprs.any(e, x -> x instanceof Derivative);
            Expr key = StepLog.key(e);
            int earlier = keys.indexOf(key);
            if (earlier > 0) {
                while (out.size() > earlier + 1) {
                    out.remove(out.size() - 1);
                    keys.remove(keys.size() - 1);
                }
                out.set(earlier, new Step(out.get(earlier).rule(), e));
                continue;
            }
            out.add(new Step(step.rule(), e));
            keys.add(key);
        }
        return out;
    }

    /**
     * {@code turned}, the step {@code step} (made from the line {@code rawBefore}) with the differences
     * as the input wrote them, where it follows {@code before} (that line as shown) without doing more
     * than its rules do ({@link StepLeaps}); otherwise, where the step itself does not, the step with its
     * differences turned as {@code before} writes them: the two sides of a δ contraction then read the
     * same difference ({@code −Σ_i −2δ_ij(z_i − u)/…} contracts to {@code 2(z_j − u)/…}, not to
     * {@code −2(u − z_j)/…}, which the contraction alone does not give).
     */
    private static Expr turnedWithoutLeap(StepLeaps leaps, Expr rawBefore, Expr before, Step step, Expr turned) {
        if (!leaps.leaps(before, new Step(step.rule(), turned)) || leaps.leaps(rawBefore, step)) {
            return turned;
        }
        for (Expr candidate : List.of(WrittenDifferences.turned(before, turned), WrittenDifferences.turned(before, step.expr()),
                step.expr())) {
            if (!leaps.leaps(before, new Step(step.rule(), candidate))) {
                return candidate;
            }
        }
        return turned;
    }

    /**
     * {@code steps} and, where the last form's case splits test a comparison the input wrote in
     * another form ({@code −x(1 − 2x) > 0} for the input's {@code max(x, 2x²)}), one more step that
     * writes it as written ({@link WrittenConditions}).
     */
    private static List<Step> conditionsAsWritten(List<Step> steps, Expr of, List<Expr> bodies) {
        Expr last = steps.get(steps.size() - 1).expr();
        Expr written = WrittenConditions.written(of, bodies, last);
        if (written == last) {
            return steps;
        }
        List<Step> out = new ArrayList<>(steps);
        out.add(new Step(org.symgrad.rewrite.StepLaws.CONDITION_AS_WRITTEN, written));
        return out;
    }

    private static List<Step> lastAsWritten(List<Step> steps, Expr of, List<Expr> bodies) {
        Expr last = steps.get(steps.size() - 1).expr();
        Expr turned = WrittenDifferences.turned(of, bodies, last);
        if (turned == last) {
            return steps;
        }
        Expr key = StepLog.key(turned);
        for (int i = 0; i < steps.size() - 1; i++) {
            if (StepLog.key(steps.get(i).expr()).equals(key)) {
                // that step's form (up to the order of terms), written as the turn writes it: with
                // or without the steps recorded, the result is the same
                List<Step> out = new ArrayList<>(steps.subList(0, i));
                out.add(new Step(steps.get(i).rule(), turned));
                return out;
            }
        }
        List<Step> out = new ArrayList<>(steps);
        out.add(new Step(WrittenDifferences.DIFFERENCE_AS_WRITTEN, turned));
        return out;
    }

    /**
     * The bound-index names a reader chose: those of {@code of}, then those of the definitions it
     * uses, breadth first from {@code of} inwards, so a result sums over the input's {@code n}
     * rather than the simplifier's {@code k}.
     */
    private org.symgrad.expr.WrittenBoundNames chosenBoundNames(Expr of) {
        List<Expr> written = new ArrayList<>();
        written.add(of);
        written.addAll(bodiesUsed(of));
        return org.symgrad.expr.WrittenBoundNames.of(written);
    }

    /** The bodies of the definitions {@code of} uses, and of those their bodies use, breadth first. */
    private List<Expr> bodiesUsed(Expr of) {
        List<Expr> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>(definitions.namesIn(of));
        while (!queue.isEmpty()) {
            String name = queue.removeFirst();
            if (!seen.add(name)) {
                continue;
            }
            definitions.of(name).ifPresent(d -> {
                out.add(d.body());
                queue.addAll(definitions.namesIn(d.body()));
            });
        }
        return out;
    }

    private List<Step> named(List<Step> steps, Expr of) {
        org.symgrad.expr.WrittenBoundNames preferred = chosenBoundNames(of);
        // each form's products in the order the user's input wrote their factors, read once ({@link WrittenFactorOrder})
        WrittenFactorOrder written = WrittenFactorOrder.of(of, bodiesUsed(of));
        List<Step> out = new ArrayList<>();
        for (Step s : steps) {
            out.add(new Step(s.rule(), org.symgrad.expr.Indices.preferring(written.apply(s.expr()), preferred)));
        }
        return out;
    }

    private List<Step> steps(Expr of, Expr wrt, Optional<Expr> definition, ChainRule chain, boolean recording) {
        Step first = new Step("derivative", new Derivative(of, wrt));
        StepLog steps = recording ? new StepLog(first, e -> WrittenFunctions.asWritten(of, WrittenDifferences.turned(of, e)))
                : StepLog.lastOnly(first);
        definition.ifPresent(d -> steps.add("definition", d));
        differentiate(steps, chain);
        List<Rule> inverses = inverses(of);
        Expr differentiated = steps.last();
        Optional<FoldedSums.Folded> folded = foldedSum(of, differentiated);
        if (folded.isEmpty()) {
            simplify(steps, inverses, recording);
            return steps.steps();
        }
        // a Σ over a sum the input wrote: its factors taken out, the Σ simplified as one quantity
        steps.add(FoldedSums.PULL_OUT, folded.get().pulled());
        StepLog inner = recording ? new StepLog(new Step("derivative", folded.get().frozen()))
                : StepLog.lastOnly(new Step("derivative", folded.get().frozen()));
        simplify(inner, inverses, recording);
        List<Step> simplified = inner.steps();
        for (Step s : recording ? simplified.subList(1, simplified.size()) : simplified) {
            steps.add(s.rule(), folded.get().written(s.expr()));
        }
        if (namesAFoldedSum(folded.get())) {
            // the folded Σ a let names, then written in the let's name: Σ_i (x_i − μ)/(nσ²) → (x̄ − μ)/σ²
            simplify(steps, inverses, recording);
        }
        return steps.steps();
    }

    /**
     * The sub-derivation of one inner derivative: a partial derivative of a definition is derived
     * rule by rule from its body; a chain-rule sum is shown with its simplification.
     */
    private Derivation edge(ChainRule.Edge e) {
        StepLog steps = new StepLog(new Step("derivative", new Derivative(e.of(), e.wrt())));
        if (e.body().isPresent()) {
            steps.add("definition", new Derivative(e.body().get(), e.wrt()));
            differentiate(steps, DefinedDerivatives.NONE);
        } else {
            steps.add("chain-rule", e.raw());
        }
        simplify(steps, List.of(), true);
        return new Derivation(e.of(), e.wrt(), steps.steps(), List.of());
    }

    /** Applies the differentiation rules one at a time to the last step until none applies. */
    private static void differentiate(StepLog steps, DefinedDerivatives hook) {
        Expr current = steps.last();
        int applications = 0;
        while (true) {
            Optional<RuleApplication> next = DiffRules.expandFirst(current, hook);
            if (next.isEmpty()) {
                return;
            }
            if (++applications > MAX_RULE_STEPS) {
                steps.add("differentiate", Budget.requireSize(new Differentiator(hook).evaluateDerivatives(current)));
                return;
            }
            current = Budget.requireSize(NumberFolding.apply(next.get().result()));
            steps.add(next.get().rule(), current);
            org.symgrad.error.TimeLimit.check();
        }
    }

    /**
     * The simplification as textbook steps, each from the one before: the book's δ contraction;
     * its function identities, one rule at a time; cancelling within each term; combining the
     * terms; the assumptions; the write-back in defined names. The result is the simplifier's
     * answer for the derivative as differentiated, so steps and answer cannot disagree; without
     * {@code recording}, only the result is computed.
     */
    private void simplify(StepLog steps, List<Rule> inverses, boolean recording) {
        Expr differentiated = steps.last();
        if (recording) {
            showSimplification(steps);
        }
        Expr simplified = plain.simplify(differentiated);
        if (!assumptions.isEmpty()) {
            // cited as the assumption only where one applied: else named after what the stage did
            Expr from = simplified;
            simplified = assumed.simplify(simplified);
            steps.stage(assumedStage(from, steps.last()), before -> assumedStage(before, before));
        }
        AssumedForms.Rewritten w = withFacts(assumed, simplified);
        if (!w.used().isEmpty()) {
            simplified = w.expr();
            steps.add(AssumedForms.rule(w.used(), facts, Step.RULES_SEPARATOR), simplified);
        }
        Simplifier writeBack = full;
        if (!inverses.isEmpty()) {
            List<Rule> rules = new ArrayList<>(resubstitutions);
            rules.addAll(inverses);
            writeBack = Simplifier.with(assumptions, rules);
        }
        Simplifier written = writeBack;
        Expr result = writeBack.simplify(simplified);
        if (recording) {
            // the final form's own arithmetic (gathering sums …) before its write-back in names; not
            // where a write-back follows that takes a sum apart again, as the earlier stages leave it
            // (Σ_l e^{s_l}(K_ij − K_lj) is split to write a_l): the write-back starts from that form
            Simplifier finalArithmetic = writeBack == full ? fullArithmetic : writeBack.arithmeticOnly();
            Expr arithmeticForm = finalArithmetic.simplify(simplified);
            boolean writesBack = !StepLog.key(arithmeticForm).equals(StepLog.key(result));
            if (!writesBack || StepLog.key(arithmetic.simplify(arithmeticForm)).equals(StepLog.key(arithmeticForm))) {
                stage(steps, simplified, finalArithmetic::simplify, ACROSS_TERMS, false);
            }
        }
        steps.finishStage(writtenBack(simplified, written), before -> writtenBack(before, written));
    }

    /**
     * The line the assumptions make from {@code from}, cited as {@link Rules#ASSUMPTION} where one
     * applied and otherwise after the rules the simplifier applied from the line {@code before}.
     */
    private Step assumedStage(Expr from, Expr before) {
        TraceRecorder trace = new TraceRecorder();
        Expr after = assumed.simplify(from, trace);
        return new Step(trace.fired().contains(Rules.ASSUMPTION) ? Rules.ASSUMPTION
                : StageNames.arithmetic(trace, ACROSS_TERMS, before, after), after);
    }

    /** The result written back in names from {@code from}, named after the first write-back (or rule) applied. */
    private static Step writtenBack(Expr from, Simplifier writeBack) {
        TraceRecorder trace = new TraceRecorder();
        Expr result = writeBack.simplify(from, trace);
        return new Step(StageNames.first(trace, List.of(Rules.SUBSTITUTE_DEFINITION)), result);
    }

    /**
     * The line a stage makes from {@code from} by {@code simplify}, labelled with the rules it applied
     * from the line {@code before} ({@link StageNames}): the arithmetic, or the write-backs in names.
     */
    private static Step stage(Expr from, Expr before, java.util.function.BiFunction<Expr, Trace, Expr> simplify,
            List<String> fallback, boolean writesBack) {
        TraceRecorder trace = new TraceRecorder();
        Expr after = simplify.apply(from, trace);
        return new Step(writesBack ? StageNames.writeBack(trace, fallback, before, after)
                : StageNames.arithmetic(trace, fallback, before, after), after);
    }

    /**
     * The stages a reader sees between the derivative as differentiated (the last step) and the
     * result: the δ contraction, the function identities, cancelling within terms, combining them.
     */
    private void showSimplification(StepLog steps) {
        contractions(steps, false);
        // an exp of a log inside a longer exponent: the exp law sets the log apart first, so the identity does only that
        steps.add(ExpsOfLogsApart.EXP_LAW, ExpsOfLogsApart.of(steps.last()));
        for (Rule identity : IDENTITIES) {
            steps.add(identity.name(), NumberFolding.apply(
                    Rewriter.bottomUp(List.of(identity), steps.last(), REWRITE_BUDGET, Trace.NONE).result()));
        }
        // each stage's arithmetic first, then what it writes back in names (σ from exp …): a step
        // that writes σ does not also expand and cancel (StepLeaps)
        stage(steps, (e, trace) -> termwise(e, arithmetic, trace), WITHIN_TERMS, false);
        stage(steps, (e, trace) -> termwise(e, plain, trace), WITHIN_TERMS, true);
        // with the terms cancelled, a δ or a constant still hidden in a product under Σ is taken apart
        contractions(steps, true);
        stage(steps, arithmetic::simplify, ACROSS_TERMS, false);
        stage(steps, plain::simplify, ACROSS_TERMS, true);
    }

    /** Writes the line a stage makes from the last line ({@link StepLog#stage}: no detour is kept). */
    private static void stage(StepLog steps, java.util.function.BiFunction<Expr, Trace, Expr> simplify, List<String> fallback,
            boolean writesBack) {
        stage(steps, steps.last(), simplify, fallback, writesBack);
    }

    /**
     * Writes the line a stage makes from {@code from} (the last line, or the form it shows), labelled from the last
     * line; where the stage applied a law of the book only to a line its arithmetic makes, that arithmetic first, as
     * its own step ({@link LawsHeldBack}), and the law from there.
     */
    private static void stage(StepLog steps, Expr from, java.util.function.BiFunction<Expr, Trace, Expr> simplify,
            List<String> fallback, boolean writesBack) {
        Expr last = steps.last();
        Step next = stage(from, last, simplify, fallback, writesBack);
        java.util.function.Function<Expr, Step> again = before -> stage(before, before, simplify, fallback, writesBack);
        Optional<Step> first = writesBack ? Optional.empty() : LawsHeldBack.arithmeticFirst(last, next, simplify, fallback);
        if (first.isPresent()) {
            Step law = stage(first.get().expr(), first.get().expr(), simplify, fallback, false);
            if (StepLog.key(law.expr()).equals(StepLog.key(next.expr()))) {
                steps.stage(first.get(), again);
                steps.stage(new Step(law.rule(), next.expr()), again);
                return;
            }
        }
        steps.stage(next, again);
    }

    /**
     * The δ contraction and the Σ of a constant as steps that do only that: a δ under an inner Σ
     * taken out to the Σ it contracts, and a product under Σ expanded and the Σ split over its terms
     * first ({@link TermsApart}); a product that divides only once its terms are {@code cancelled}.
     */
    private static void contractions(StepLog steps, boolean cancelled) {
        steps.add(TermsApart.PULL_OUT, TermsApart.deltasOut(steps.last()));
        java.util.function.Predicate<Expr> contracts = s -> contracts(RuleBook.DELTA_RULES, s)
                || contracts(List.of(RuleBook.SUM_OF_CONSTANT), s);
        steps.add(TermsApart.EXPAND, TermsApart.of(steps.last(), contracts, false, cancelled));
        steps.add(TermsApart.SPLIT, TermsApart.of(steps.last(), contracts, true, cancelled));
        TraceRecorder contraction = new TraceRecorder();
        steps.add(StageNames.first(contraction, List.of(RuleBook.DELTA_CONTRACTION.name())), NumberFolding.apply(
                Rewriter.bottomUp(RuleBook.DELTA_RULES, steps.last(), REWRITE_BUDGET, contraction).result()));
        steps.add(RuleBook.SUM_OF_CONSTANT.name(), NumberFolding.apply(
                Rewriter.bottomUp(List.of(RuleBook.SUM_OF_CONSTANT), steps.last(), REWRITE_BUDGET, Trace.NONE).result()));
    }

    /** Whether {@code rules} change {@code e}. */
    private static boolean contracts(List<Rule> rules, Expr e) {
        return !Rewriter.bottomUp(rules, e, REWRITE_BUDGET, Trace.NONE).result().equals(e);
    }

    private static List<Rule> identities() {
        // σ(−u) of more than a name stays as the input wrote it ({@link org.symgrad.simplify.KeptMinus})
        List<Rule> out = new ArrayList<>(org.symgrad.simplify.KeptMinus.respecting(RuleBook.FUNCTION_IDENTITIES));
        out.addAll(List.of(RuleBook.EXP_OF_LOG, RuleBook.EXP_OF_MULTIPLE_OF_LOG, RuleBook.EXP_OF_SYMBOLIC_MULTIPLE_OF_LOG, RuleBook.LOG_OF_EXP,
                RuleBook.LOG_SIGMOID_DIFFERENCE, RuleBook.LOG_ONE_MINUS_SIGMOID_DIFFERENCE, RuleBook.POWER_OF_ONE, RuleBook.POWER_OF_ZERO));
        return List.copyOf(out);
    }

    /**
     * Each term of a sum simplified on its own, the sum itself left standing: the step where a
     * textbook cancels within the terms ({@code y σ(1 − σ)/σ → y(1 − σ)}) before collecting them.
     */
    static Expr termwise(Expr e, Simplifier simplifier, Trace trace) {
        return switch (e) {
            case Add a -> Exprs.add(a.terms().stream().map(t -> termwise(t, simplifier, trace)).toList());
            case Mul m when m.factors().size() == 2 && m.factors().get(0) instanceof Num ->
                    Exprs.mul(m.factors().get(0), termwise(m.factors().get(1), simplifier, trace));
            case IndexSum sum -> new IndexSum(sum.index(), sum.lower(), sum.upper(), termwise(sum.body(), simplifier, trace));
            default -> simplifier.simplify(e, trace);
        };
    }
}
