package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.rewrite.Bounds;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.StopReason;
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;

/**
 * Simplification to textbook form: the rational normal form over atoms, presented with common
 * factors pulled out, then re-expressed in defined names where that eliminates the solved-for atom
 * without costing more ({@link TextbookCost}) and without dividing by anything new that may be 0
 * (each definition tried in turn, later definitions first), and in σ / softplus where the input
 * used them ({@code e^{−x}/(1+e^{−x})² → σ(x)(1 − σ(x))}), and in softmax where no defined name
 * covers it ({@code exp(z_j)/Σ_k exp(z_k) → softmax(z)_j}). Results are numerically equal to
 * the input and deterministic; the rules that fired are reported to a {@link Trace}.
 */
public final class Simplifier {
    private final List<Rule> assumptions;
    private final List<Rule> definitions;
    /** The lets whose bodies are products, written back in the terms that hold them ({@link ProductNames}). */
    private final List<Rule> products;
    /** Variable names the assumptions can bring in ({@link #canApply}); null: any. */
    private final Set<String> assumedNames;
    /**
     * Whether results write {@code exp(z_j)/Σ_k exp(z_k)} as {@code softmax(z)_j} ({@link SoftmaxNames})
     * and gather sums that share a factor ({@link SumsSharingAFactor}): not in a derivation's earlier stages.
     */
    private final boolean finalForm;
    /**
     * Whether results are written back in names (definitions, σ / softplus / tanh from exp,
     * softmax, a let in the branch where its body holds); without, the arithmetic stages alone
     * ({@link #arithmeticOnly}).
     */
    private final boolean writeBack;
    /**
     * The names of the definitions and assumptions that write a coefficient ({@link WrittenConstants}):
     * they match the numbers as written, so where one applies the coefficients are not taken for symbols.
     */
    private final Set<String> coefficientRules;

    /** A result and the rules that produced it. */
    private record Result(Expr expr, TraceRecorder trace) {
    }

    /** Results so far: a derivation simplifies the same inner derivatives several times. */
    private final Map<Expr, Result> memo = new ConcurrentHashMap<>();

    /** The names {@link #definitions} write back, computed once for this simplifier and those made from it. */
    private final WrittenNames writtenNames;

    private Simplifier(List<Rule> assumptions, List<Rule> definitions, boolean finalForm) {
        this(assumptions, definitions, finalForm, true, null);
    }

    private Simplifier(List<Rule> assumptions, List<Rule> definitions, boolean finalForm, boolean writeBack,
            WrittenNames writtenNames) {
        this.assumptions = List.copyOf(assumptions);
        this.definitions = definitions.stream().filter(r -> !Rules.isProductName(r)).toList();
        this.writtenNames = writtenNames != null ? writtenNames : new WrittenNames(this.definitions);
        this.products = definitions.stream().filter(Rules::isProductName).toList();
        this.assumedNames = assumedNames(this.assumptions);
        this.finalForm = finalForm;
        this.writeBack = writeBack;
        Set<String> coefficientRules = new HashSet<>();
        this.assumptions.stream().filter(Simplifier::writesCoefficient).forEach(r -> coefficientRules.add(r.name()));
        definitions.stream().filter(Simplifier::writesCoefficient).forEach(r -> coefficientRules.add(r.name()));
        this.coefficientRules = Set.copyOf(coefficientRules);
        this.functionsWrittenBack = this.definitions.stream()
                .filter(r -> INVERSES.contains(r.name()) && r.rhs().isPresent()).map(r -> r.rhs().get()).toList();
    }

    /** The names of the registry's write-backs in named functions ({@code sigma-from-exp}, …). */
    private static final Set<String> INVERSES = org.symgrad.functions.FunctionRegistry.ALL.stream()
            .flatMap(f -> f.inverses().stream()).map(org.symgrad.functions.Inverse::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The right sides of the write-backs in named functions among the definitions (a derivative's
     * σ shapes, {@link Rules#writtenSigmaShapes}): the arguments they write come first ({@link WrittenArguments}).
     */
    private final List<Expr> functionsWrittenBack;

    private static boolean writesCoefficient(Rule r) {
        return WrittenConstants.writtenIn(r.lhs()) || r.rhs().map(WrittenConstants::writtenIn).orElse(false);
    }

    /**
     * This simplifier without the write-back in names: the arithmetic of the normal form (expand,
     * collect, cancel, combine fractions, factor) and the written forms it presents, so that a
     * derivation shows the arithmetic as its own step before a step that writes the result in σ or
     * a defined name ({@code (e(1 + e) − e·e)/(1 + e)² → e/(1 + e)²}, then σ from exp).
     */
    public Simplifier arithmeticOnly() {
        return new Simplifier(assumptions, definitions, finalForm, false, writtenNames);
    }

    /**
     * This simplifier for the stages of a derivation before the write-back in names: it leaves a
     * softmax quotient a quotient and the sums the normal form split apart, so that a defined name
     * of the quotient, written back last, is not preceded by a step in softmax, and a step that
     * splits a sum shows it split. The last stage names and gathers them.
     */
    public Simplifier forEarlierStages() {
        return new Simplifier(assumptions, definitions, false, true, writtenNames);
    }

    /** A simplifier with no assumptions and no definitions. */
    public static Simplifier plain() {
        return new Simplifier(List.of(), List.of(), true);
    }

    /** A simplifier that uses {@code assumptions} and writes results back in {@code definitions}. */
    public static Simplifier with(List<Rule> assumptions, List<Rule> definitions) {
        return new Simplifier(assumptions, definitions, true);
    }

    /** Shorthand for {@code plain().simplify(e)}. */
    public static Expr simplifyPlain(Expr e) {
        return plain().simplify(e);
    }

    public Expr simplify(Expr e) {
        return simplify(e, Budget.standard(), Trace.NONE);
    }

    public Expr simplify(Expr e, Budget budget) {
        return simplify(e, budget, Trace.NONE);
    }

    /** The textbook form of {@code e}; every rule applied on the way is reported to {@code trace}. */
    public Expr simplify(Expr e, Trace trace) {
        return simplify(e, Budget.standard(), trace);
    }

    public Expr simplify(Expr e, Budget budget, Trace trace) {
        e = Exprs.withoutWrittenOrder(e); // a presentation's order is not computed with, nor kept in the memo
        Result known = memo.get(e);
        if (known == null) {
            known = fixedPoint(e, budget);
            memo.put(e, known);
        }
        known.trace().replay(trace);
        return known.expr();
    }

    /**
     * Whether {@code e} holds a name a let defines: simplified again it is an atom there, not the body the input
     * wrote ({@code βf + σ(βx)(1 − βf)} for {@code f = xσ(βx)} is the form of x σ(βx)'s derivative, not of f's).
     */
    private boolean namesALet(Expr e) {
        if (letNames == null) {
            Set<String> names = new HashSet<>();
            for (Rule r : (Iterable<Rule>) java.util.stream.Stream.concat(definitions.stream(), products.stream())::iterator) {
                r.rhs().filter(x -> x instanceof org.symgrad.expr.Variable).ifPresent(x -> names.add(((org.symgrad.expr.Variable) x).name()));
            }
            letNames = Set.copyOf(names);
        }
        return !letNames.isEmpty() && Exprs.any(e, x -> x instanceof org.symgrad.expr.Variable v && letNames.contains(v.name()));
    }

    /** The names {@link #namesALet} looks for, once asked. */
    private volatile Set<String> letNames;

    /** How often a result is simplified once more before it must be the textbook form of itself. */
    private static final int FIXED_POINT_ROUNDS = 3;

    /**
     * The textbook form of {@code e} as a fixed point: the forms that follow what the input wrote
     * ({@link ProductRuleSums}, the write-backs in named functions over a common denominator, …) read the
     * result itself as written the next time, so a result that would change when simplified again is
     * simplified again where that reads shorter — {@code σ(x) + 2x σ(x + y)}, not
     * {@code (2x(1 + eˣ)σ(x + y) + eˣ)/(1 + eˣ)} — until it is its own textbook form
     * ({@code simplify(simplify(e)) = simplify(e)}), the rules of every round reported. A form read again that is no
     * shorter (a bound index renamed, a difference turned as the first result wrote it) leaves the first one.
     */
    private Result fixedPoint(Expr e, Budget budget) {
        Result result = compute(e, budget);
        TraceRecorder trace = result.trace();
        for (int round = 1; round < FIXED_POINT_ROUNDS && !result.expr().equals(e) && !namesALet(result.expr()); round++) {
            Result again = memo.get(result.expr());
            if (again == null) {
                again = compute(result.expr(), budget);
            }
            if (again.expr().equals(result.expr())) {
                memo.putIfAbsent(result.expr(), again);
                break;
            }
            if (TextbookCost.asPrinted(again.expr()) >= TextbookCost.asPrinted(result.expr())) {
                // read again as written it only changes (another bound name, another orientation): the first form stands
                break;
            }
            TraceRecorder both = new TraceRecorder();
            trace.replay(both);
            again.trace().replay(both);
            trace = both;
            e = result.expr();
            result = new Result(again.expr(), trace);
        }
        return result;
    }

    private Result compute(Expr e, Budget budget) {
        Budget.requireSize(e);
        // numbers the input wrote as decimals stay decimals: 0.5(1 + tanh u), not (1 + tanh u)/2
        boolean decimals = Exprs.writesDecimals(e);
        // the coefficients the input wrote simplified as the constants they are: σ(1.702x) + 1.702x σ(1.702x)(1 − σ(1.702x)),
        // as for a symbol b in their place, not σ(1.702x)(1.702x − 1.702x σ(1.702x) + 1)
        Optional<WrittenConstants> constants = WrittenConstants.in(e);
        if (constants.isEmpty()) {
            return compute(e, budget, decimals);
        }
        Result asNumbers = null;
        if (!coefficientRules.isEmpty()) {
            // a definition or an assumption that writes a coefficient matches the numbers as written: where
            // one of them applies, the numbers' result stands
            asNumbers = compute(e, budget, decimals);
            if (asNumbers.trace().fired().stream().anyMatch(coefficientRules::contains)) {
                return asNumbers;
            }
        }
        Result symbolic = compute(constants.get().symbolized(e), budget, decimals);
        Expr numeric = constants.get().substituted(symbolic.expr());
        Normalizer plain = new Normalizer(budget, List.of(), List.of(), false);
        if (!constants.get().generic(symbolic.expr(), numeric, plain)) {
            return asNumbers != null ? asNumbers : compute(e, budget, decimals);
        }
        // a number in front of the product rule's sum goes back into its terms, as it does for the numbers as
        // written: 0.5(1 + tanh u) + 0.4x(1 − tanh² u)(1 + 0.13x²), not 0.5(0.8x(1 − tanh² u)(1 + 0.13x²) + 1 + tanh u)
        Expr distributed = new ProductRuleSums(plain, e).distributed(numeric);
        if (distributed != numeric) {
            symbolic.trace().fired(ProductRuleSums.DISTRIBUTE);
            numeric = distributed;
        }
        numeric = decimals ? WrittenDecimals.in(e).written(numeric) : numeric;
        return new Result(WrittenConstants.inInputOrder(numeric, e, plain), symbolic.trace());
    }

    private Result compute(Expr e, Budget budget, boolean decimals) {
        TraceRecorder trace = new TraceRecorder();
        // σ(x − μ) stays σ(x − μ): the normal form keeps the orientations the input wrote inside σ, tanh, …
        // and as the σ shapes of a derivative's input turned them: 3σ(3x − 1)(1 − σ(3x − 1)) from 1/(1 + exp(1 − 3x))
        // read with the decimals the normal form will print: the input's tan(π(p − 0.5)) is the argument π(p − 0.5), as
        // the normaliser below writes it, not π(p − 1/2), which it never meets (it turned it: cos(−π(0.5 − p)))
        WrittenArguments arguments = WrittenArguments.in(e, new Normalizer(budget, List.of(), List.of(), false, Trace.NONE, decimals),
                writeBack ? functionsWrittenBack : List.of());
        Set<String> quotientNames = WrittenQuotientNames.in(e);
        Normalizer first = new Normalizer(budget, assumptions, List.of(), false, trace, decimals, arguments, quotientNames);
        Expr best = first.canonical(e);
        List<Rule> reversed = new ArrayList<>(writeBack ? definitions : List.of());
        Collections.reverse(reversed);
        if (writeBack) {
            reversed.addAll(Rules.namedFunctionInverses(e));
            // those the normal form's 1 + e^u suggests, and the input's own, which the normal form may have
            // cleared of a divisor: exp(x − μ)/(1 + exp(x − μ)) normalises to exp(x)/(exp(μ) + exp(x)), still σ(x − μ)
            reversed.addAll(Rules.impliedFunctionInverses(best, e));
            // a let solved in a named function (f = 1/(1 + exp(−x)) as σ(x) → f) once more after the write-backs
            // in named functions, which are what make its σ in a result written with exps
            definitions.stream().filter(r -> r.lhs() instanceof Fn).forEach(reversed::add);
        }
        // after the definitions: a let of the quotient (y_i = exp(z_i)/Σ_k exp(z_k)) names it first
        SoftmaxNames softmaxes = new SoftmaxNames(finalForm && writeBack ? best : Exprs.ZERO);
        reversed.addAll(softmaxes.rules());
        Normalizer plainForm = first.untraced();
        WrittenExponentials writtenExps = WrittenExponentials.in(e, plainForm);
        MergedExponentials merged = new MergedExponentials(writtenExps, plainForm);
        Integer bestCost = null; // what a write-back competes with (costAsWritten), once a candidate asks
        SumsApart writtenApart = null;
        Integer gatheredCost = null; // the cost of best's textbook form where it gathers a square back, once asked
        for (Rule d : reversed) {
            if (!canApply(d, best)) {
                continue;
            }
            TraceRecorder tried = new TraceRecorder();
            Expr candidate;
            try {
                candidate = new Normalizer(budget, assumptions, List.of(d), false, tried, decimals, arguments, quotientNames)
                        .canonical(best);
            } catch (LimitException nested) {
                if (!nested.limit().equals(Normalizer.NESTING_DEPTH)) {
                    throw nested;
                }
                // writing back by d nests without end (x_i → h_i/Σ_k (x_k + y_k) for
                // h_i = x_i Σ_k (x_k + y_k) rewrites the x_k of its own Σ): the form without it stands
                trace.stopped(StopReason.BUDGET_EXHAUSTED);
                continue;
            }
            if (candidate.equals(best) || mentionsOutsideSums(candidate, d)) {
                continue;
            }
            if (bestCost == null) {
                bestCost = costAsWritten(best, merged, plainForm);
            }
            if (TextbookCost.anyOrientation(candidate) <= bestCost && !dividesByNew(candidate, best, d)
                    && !DerivativePairs.broken(best, candidate) && roots(candidate) <= roots(best)) {
                if (writtenApart == null) {
                    writtenApart = SumsApart.in(e, plainForm);
                }
                if (gatheredCost == null) {
                    gatheredCost = squareGatheredCost(best, plainForm, writtenApart, e);
                }
                // a square of a difference the textbook form gathers back is not expanded for a name:
                // Σ_i (x_i − μ)² stays, not n μ² − 2μ n x̄ + Σ_i x_i² for x̄ = Σ_i x_i/n
                if (gatheredCost >= 0 && TextbookCost.asPrinted(
                        textbookTerms(candidate, plainForm, writtenApart, e, new TraceRecorder())) > gatheredCost) {
                    continue;
                }
                best = candidate;
                bestCost = null;
                gatheredCost = null;
                tried.replay(trace);
            }
        }
        if (writeBack && !products.isEmpty()) {
            // a let's product named in the terms that hold it: βf + σ(βx)(1 − βf) for f = xσ(βx)
            best = new ProductNames(products, plainForm).written(best, trace);
        }
        // a constant factor taken into the cases, as kernels print each case's value: where(x > 0, λ, αλ eˣ); in the
        // final form only, where the lets are known (a let's name f varies with x: f·where(x > 0, 1, α + f) stays)
        if (writeBack && finalForm) {
            Expr intoCases = ConstantsIntoCases.of(writtenNames, branch -> simplify(branch, budget, trace)).written(best, trace);
            // the terms ordered as the normal form orders them, so the result is a fixed point
            best = intoCases == best ? best : plainForm.canonical(intoCases);
        }
        // a difference of logs beside the log of their quotient as that log: 1/a + log(y/s) − (y/s)^a log(y/s)
        best = LogDifferencesAsQuotients.joined(best, plainForm, trace);
        SumsApart apart = SumsApart.in(e, plainForm);
        Expr terms = textbookTerms(best, plainForm, apart, e, trace);
        // the exps the input wrote: −y exp((1 − ρ)p) + exp((2 − ρ)p), not exp((1 − ρ)p)(exp(p) − y)
        terms = writtenExps.kept(terms, trace);
        // the product rule's sum as the input wrote it: σ(x) + x σ(x)(1 − σ(x)), not σ(x)(1 + x(1 − σ(x)))
        Expr asWritten = new ProductRuleSums(plainForm, e).distributed(terms);
        if (asWritten != terms) {
            trace.fired(ProductRuleSums.DISTRIBUTE);
            terms = asWritten;
        }
        terms = apart.apart(terms, trace);
        terms = writtenRoots(e, terms, plainForm, trace);
        // a whole power of a sum the input wrote with a fraction in it, as it wrote it: 1/(1 + s/a²), not a²/(a² + s)
        terms = WrittenFractionSums.in(e, plainForm).written(terms, trace);
        // a sum the input wrote with a square of a sum in it, as it wrote it: 1 + (x − 2y − sinh(tanh z))², not multiplied out
        terms = WrittenNestedSums.in(e, plainForm).written(terms, trace);
        // a difference the input wrote gathered out of a sum that multiplied it out: ((y − μ)(1 − e^{−(y−μ)/s}) − s)/s²
        terms = WrittenDifferencesGathered.in(e, plainForm).written(terms, trace);
        terms = WrittenOrientations.in(e).oriented(terms);
        // a denominator turned to the difference the input wrote: −a/(y − μ + l), not a/(μ − l − y)
        terms = WrittenDenominatorSigns.in(e).written(terms, trace);
        // a factor turned as the input squared it, with the square's sign: −K(X_i − X_j)(δ_im − δ_jm)/l²
        terms = WrittenSquares.in(List.of(e)).oriented(terms);
        // a multiple of n beside Σ_i taken into it as the input wrote the body: −Σ_i (1 − x_i), not Σ_i x_i − n
        terms = ConstantsIntoSums.in(e, plainForm).folded(terms, trace);
        // a term at a one-hot let's label joins a sibling Σ as the let: Σ_w U_ew (ŷ_w − y_w), not Σ_w U_ew ŷ_w − U_eo
        terms = writeBack ? FixedLabelsInSums.of(definitions, plainForm).joined(terms, trace) : terms;
        // terms gathered by the range conditions they hold: 2(h_j − h_{j−1})[2 ≤ j ≤ T] − 2(h_{j+1} − h_j)[2 ≤ j+1 ≤ T]
        terms = RangeConditionTerms.gathered(terms, plainForm, trace);
        // decimals where the input wrote them: exp(−x²/2) from erf′ beside the input's 0.5(1 + erf(x/√2))
        terms = decimals ? WrittenDecimals.in(e).written(terms) : terms;
        // steps of one quantity as one case split: where(x < −3, 0, where(x < 3, 1/6, 0)), not heaviside(3 + x)·heaviside(3 − x)/6
        terms = writeBack ? PiecewiseCases.of(terms, plainForm, branch -> simplify(branch, budget, trace), trace) : terms;
        // two outer cases of one value as the interval between them, with symbolic bounds too: where(x >= -l, where(x <= l, 0, 1), 1)
        terms = writeBack ? IntervalCases.of(terms, trace) : terms;
        // a let of a case split written back in the branch where its body holds: where(x > 0, 1, f + α)
        terms = writeBack ? BranchWriteBack.of(assumptions, definitions, writtenNames).written(terms, trace) : terms;
        // a let of a symbolic power written back over the other powers of its base: |x_j|^(p - 1)/N^(p - 1) for
        // N = (Σ_i |x_i|^p)^(1/p), not |x_j|^(p - 1)·(Σ_i |x_i|^p)^(1/p - 1)
        terms = writeBack && finalForm ? PowerNames.of(definitions, plainForm).written(terms, trace) : terms;
        if (!writeBack && Exprs.any(terms, x -> WrittenExponentials.isExp(x) && !writtenExps.wrote(((Fn) x).arg()))) {
            // without the write-back, the exps the input wrote are read back all the same: the arithmetic
            // of exp(x − μ)/(1 + exp(x − μ)) shows exp(x − μ)/(1 + exp(x − μ))², not exp(μ)exp(x)/(exp(μ) + exp(x))²
            Optional<Expr> read = merged.of(plainForm.normalize(terms));
            // read over the input's exps from the normal form, its roots over the input's bases as before
            terms = read.isPresent() ? writtenRoots(e, read.get(), plainForm, trace) : terms;
        }
        // a complement of σ of a difference as the σ of the turned difference, where that σ stands alone: −β σ(h_l − h_w)
        terms = writeBack ? TurnedDifferenceSigmoids.written(terms, trace) : terms;
        // a number times a sum no one wrote, term by term as a book differentiates a sum: 6x − 4, not 2(3x − 2)
        terms = NumbersIntoTerms.of(terms, e, plainForm, trace);
        // a function the input wrote by a library's name, by that name: 1/a − log1p((y − μ)/l), not 1/a − log((l − μ + y)/l)
        terms = WrittenFunctions.in(e, plainForm).written(terms, trace);
        // an exp of a negated argument as the division the input wrote: 1 − y/exp(s) for y/exp(s) + s, not 1 − y·exp(−s)
        terms = WrittenReciprocalExps.in(e, plainForm).written(terms);
        // the terms of a function's argument in the order the input wrote them: σ(2x + 1), not σ(1 + 2x)
        terms = WrittenTermOrder.in(e, plainForm).ordered(terms);
        return new Result(softmaxes.named(Indices.readable(terms)), trace);
    }

    /** {@code terms} with their roots over the bases {@code input} wrote ({@link WrittenRoots}), where it writes any. */
    private static Expr writtenRoots(Expr input, Expr terms, Normalizer plainForm, Trace trace) {
        List<Expr> rootBases = WrittenRoots.basesIn(input);
        if (rootBases.isEmpty() && WrittenRoots.basesIn(terms).isEmpty()) {
            return terms;
        }
        return WrittenRoots.of(rootBases, plainForm).withExponentsOf(input).written(terms, trace);
    }

    /**
     * The cost of {@code best}'s textbook form ({@link #textbookTerms}) where that form gathers a
     * square of a difference back ({@link BinomialSquares}); -1 where it gathers none. A write-back
     * whose own textbook form costs more (it took a sum of the expanded square for a name) loses.
     */
    private int squareGatheredCost(Expr best, Normalizer plainForm, SumsApart apart, Expr input) {
        TraceRecorder probe = new TraceRecorder();
        Expr gathered = textbookTerms(best, plainForm, apart, input, probe);
        return probe.fired().contains(BinomialSquares.SQUARE_OF_SUM) ? TextbookCost.asPrinted(gathered) : -1;
    }

    /**
     * The cost a write-back competes with: that of {@code best}, or of its exps merged into the ones
     * the input wrote where the exp laws split them ({@link MergedExponentials}), whichever is more —
     * {@code σ(x − μ)(1 − σ(x − μ))} is read against the input's {@code exp(x − μ)/(1 + exp(x − μ))²},
     * not against the shorter {@code exp(μ)exp(x)/(exp(μ) + exp(x))²} no one wrote.
     */
    private static int costAsWritten(Expr best, MergedExponentials merged, Normalizer normalizer) {
        int cost = TextbookCost.of(best);
        return merged.of(normalizer.normalize(best)).map(m -> Math.max(cost, TextbookCost.of(m))).orElse(cost);
    }

    /**
     * {@code best} with squares of differences gathered back ({@link BinomialSquares}) and its
     * fraction written term by term where its terms cancel different factors of the denominator
     * ({@link TermwiseFractions}) or over the part of the denominator every term keeps
     * ({@link DenominatorsInTerms}), and its sums that share a factor gathered ({@link SumsSharingAFactor}),
     * when that reads shorter ({@link TextbookCost#asPrinted}); a fraction over linear factors the
     * {@code input} wrote as denominators is written as its partial fractions ({@link PartialFractions}).
     * A function of {@code best} and the denominators {@code input} writes, so a result is the same however it was reached. {@code plainForm} normalises
     * without reporting: it starts from the tables of the normaliser that made {@code best}, which
     * already hold the normal forms of most of its parts (an atom's argument is normalised in
     * the form it is presented in).
     */
    private Expr textbookTerms(Expr best, Normalizer plainForm, SumsApart apart, Expr input, TraceRecorder trace) {
        BinomialSquares squares = new BinomialSquares(plainForm);
        // a sum whose fractions the normal form keeps apart is read over its common denominator, one level deep
        Factored normal = FractionsApart.combinedAtTop(plainForm.normalize(best), plainForm);
        // its terms in the order of the sum the input wrote with them, if it wrote one: 1/w + x(1 − 2y) simplifies to itself
        Optional<Expr> split = TermwiseFractions.of(normal, plainForm, squares::gathered)
                .map(s -> s instanceof org.symgrad.expr.Add ? WrittenTermOrder.in(input, plainForm).wholeSumAsWritten(s) : s);
        // a term that cancels the whole bar stays apart where the input wrote its sum over that bar so: 1 − 2μ/m from 1 − μ/m
        boolean splitAsWritten = split.isPresent() && TermwiseFractions.writtenApart(normal, input, plainForm);
        Optional<Expr> overShared = DenominatorsInTerms.of(normal, plainForm);
        // a sum linear in one function value two terms hold, collected in it: (pw·y + 1 − y)σ(x) − pw·y
        Optional<Expr> collected = finalForm ? CollectedValues.of(normal, plainForm) : Optional.empty();
        // a chain-rule result path by path, each path's derivative pair kept whole: 1 − z + Uz z(1 − z)(hc − h) + …
        Optional<ChainPathGroups.Paths> multiPath = ChainPathGroups.of(normal, plainForm, definitions);
        Optional<Expr> paths = multiPath.map(ChainPathGroups.Paths::expr);
        // the function's values the bar divides out of the numerator apart from the rest over it: log1p(−x) − x/(1 − x)
        Optional<Expr> divided = NumeratorsDivided.of(normal, plainForm);
        Expr out = best;
        List<String> applied = List.of();
        List<Expr> candidates = new ArrayList<>();
        split.ifPresent(candidates::add);
        divided.ifPresent(candidates::add);
        overShared.ifPresent(candidates::add);
        collected.ifPresent(candidates::add);
        paths.ifPresent(candidates::add);
        candidates.add(best);
        for (Expr candidate : candidates) {
            Expr gathered = squares.gathered(candidate);
            // two or more paths keep each derivative pair whole: a form that reads shorter by taking u out of u(1 − u)
            // beside 1 − u in a bracket (u(a v (1 − u) + b(1 − v²))) is charged for each pair it
            // splits, u written once more and one: σ(ax) tanh(bx)(1 − σ(ax)) a + … as z v (1 − z) a + …; one path beside a
            // rest stays as the presenter gathers it (SiLU′ σ(x)(1 + x(1 − σ(x))))
            int pairsSplit = candidate == paths.orElse(null) && multiPath.get().count() >= 2
                    ? DerivativePairs.brokenPairs(gathered, out).stream().mapToInt(u -> TextbookCost.of(u) + 1).sum() : 0;
            int tie = candidate == split.orElse(null) && splitAsWritten ? 1 : 0;
            if (!gathered.equals(best) && TextbookCost.asPrinted(gathered) < TextbookCost.asPrinted(out) + pairsSplit + tie) {
                out = gathered;
                List<String> names = new ArrayList<>();
                if (candidate == collected.orElse(null)) {
                    names.add(CollectedValues.COLLECT);
                } else if (candidate == paths.orElse(null)) {
                    names.add(ChainPathGroups.FACTOR_OUT);
                } else if (candidate != best) {
                    names.add(candidate == overShared.orElse(null) ? DenominatorsInTerms.DENOMINATOR_INTO_TERMS
                            : TermwiseFractions.SPLIT_FRACTION);
                }
                // gathered here, or by the split form's terms themselves (Σ_k (x_k − μ)²/(nσ³) − 1/σ)
                if (gathered != candidate || squaresOfSums(gathered) > squaresOfSums(best)) {
                    names.add(BinomialSquares.SQUARE_OF_SUM);
                }
                applied = names;
            }
        }
        // terms over p and over 1 − p that the input's p^x (1 − p)^(1 − x) gave stay apart: Σ_i x_i/p − …/(1 − p)
        Optional<Expr> partial = PartialFractions.of(normal, plainForm, input);
        if (partial.isPresent()) {
            out = partial.get();
            applied = List.of(PartialFractions.PARTIAL_FRACTIONS);
        }
        // sums over one range whose bodies share a factor, gathered into one sum: Σ_i A_i (B_i − C)
        Expr sums = finalForm ? new SumsSharingAFactor(plainForm, apart::wouldSplit).gathered(out) : out;
        if (sums != out && TextbookCost.of(sums) < TextbookCost.of(out)) {
            out = sums;
            applied = new ArrayList<>(applied);
            applied.add(SumsSharingAFactor.GATHER_SUMS);
        }
        if (out != best && NamedQuotients.named(out) > NamedQuotients.named(best)) {
            // the presenter wrote sinh/cosh as tanh in a term of the new form, where plainForm reports nothing
            applied = new ArrayList<>(applied);
            applied.add("quotient-as-function");
        }
        applied.forEach(trace::fired);
        return out;
    }

    /** How many squares of sums {@code e} holds. */
    private static int squaresOfSums(Expr e) {
        return Exprs.count(e, x -> x instanceof Pow p && p.base() instanceof org.symgrad.expr.Add
                && p.exponent() instanceof Num k && k.value().equals(org.symgrad.expr.Rational.of(2)));
    }

    /**
     * Whether writing {@code e} back by {@code rule} may change it: only when {@code e}, or the right
     * side of an assumption, holds every variable the rule's left side names. Normalising brings in
     * no other variables (the book's laws have only slots, the rule is not applied before it
     * matches), so the normaliser of a definition that cannot apply is not run at all: in a script of
     * many definitions, each result would otherwise be normalised again once per definition.
     */
    private boolean canApply(Rule rule, Expr e) {
        if (assumedNames == null) {
            return true;
        }
        Set<String> present = new HashSet<>(assumedNames);
        if (rule.lhs() instanceof org.symgrad.expr.Variable) {
            names(e, present);
        } else {
            namesInAtoms(e, present);
        }
        return present.containsAll(rule.names());
    }

    /**
     * The variable names of {@code e} inside its atoms: below a function, a Σ or Π, a δ, a
     * derivative or a power whose exponent is not an integer. A rule whose left side is such an atom
     * ({@code σ(a)}, {@code Σ_k exp(z_k)}) can match in the normal form only where {@code e} has one
     * over the same names: normalising combines atoms (exp(a)·exp(b)) but never makes one of names
     * that occur only in sums, products and integer powers. In a chain of definitions each
     * written in defined names ({@code a_i(1 − a_i)·a_{i−1}(1 − a_{i−1})…}), no write-back is tried.
     */
    private static void namesInAtoms(Expr e, Set<String> out) {
        switch (e) {
            case org.symgrad.expr.Add a -> a.terms().forEach(t -> namesInAtoms(t, out));
            case org.symgrad.expr.Mul m -> m.factors().forEach(f -> namesInAtoms(f, out));
            case Pow p -> {
                if (p.exponent() instanceof Num k && k.value().isInteger()) {
                    namesInAtoms(p.base(), out);
                } else {
                    names(p, out);
                }
            }
            case Num n -> {
                // no names
            }
            case org.symgrad.expr.Variable v -> {
                // a name on its own is no atom a structured left side can match
            }
            case Fn f -> names(f, out);
            case IndexSum sum -> names(sum, out);
            case org.symgrad.expr.IndexProduct product -> names(product, out);
            case org.symgrad.expr.Delta delta -> names(delta, out);
            case org.symgrad.expr.Derivative derivative -> names(derivative, out);
        }
    }

    /** The variable names in the right sides of the assumptions; null when one is computed (unknown). */
    private static Set<String> assumedNames(List<Rule> assumptions) {
        Set<String> out = new HashSet<>();
        for (Rule a : assumptions) {
            if (a.rhs().isEmpty()) {
                return null;
            }
            names(a.rhs().get(), out);
        }
        return out;
    }

    private static void names(Expr e, Set<String> out) {
        if (e instanceof org.symgrad.expr.Variable v) {
            out.add(v.name());
        }
        Exprs.children(e).forEach(c -> names(c, out));
    }

    /**
     * Whether an atom the rule rewrites still occurs (bodies of Σ and arguments of functions aside,
     * where write-backs do not reach): then it did not eliminate it.
     */
    private static boolean mentionsOutsideSums(Expr e, Rule rule) {
        if (rule.matches(e)) {
            return true;
        }
        if (e instanceof IndexSum || e instanceof Fn) {
            return false;
        }
        for (Expr c : Exprs.children(e)) {
            if (mentionsOutsideSums(c, rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many roots (powers with a fraction for exponent) {@code e} holds. A write-back never brings
     * roots in: exp(u) read back from tanh's definition as √((1 + tanh u)/(1 − tanh u)) is an identity,
     * but no reader's form, and a root of a quotient that underflows has no value in floating point.
     */
    private static int roots(Expr e) {
        return Exprs.count(e, x -> x instanceof Pow p && p.exponent() instanceof Num k && !k.value().isInteger());
    }

    /**
     * Whether {@code candidate}, the result of writing {@code original} back by {@code rule}, divides
     * by something that may be 0 where {@code original} is defined: written in defined names,
     * {@code x e^{−x}(1 − x)} must not become {@code h(1 − x)/x}, which is 0/0 at x = 0 where the
     * original is 1. A new divisor is safe when it cannot be 0, or when it is a name the rule
     * introduced for an atom the original already divides by ({@code 1/√(Σ x²)} read {@code 1/r}).
     */
    private static boolean dividesByNew(Expr candidate, Expr original, Rule rule) {
        Set<Expr> before = new HashSet<>();
        divisors(original, before);
        Set<Expr> after = new HashSet<>();
        divisors(candidate, after);
        for (Expr d : after) {
            if (before.contains(d) || Bounds.isNonzero(d)) {
                continue;
            }
            boolean named = d instanceof org.symgrad.expr.Variable && !Exprs.contains(original, d)
                    && before.stream().anyMatch(b -> rule.matches(b)
                            || rule.lhs() instanceof Pow p && rule.matches(new Pow(b, p.exponent())))
                    && onlyWhereTheAtomIs(rule);
            if (!named) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name a write-back introduces is 0 only where the atom it stands for is: its rule
     * divides by nothing that may be 0 ({@code √(Σ x²) → r}, not {@code √(1+x²) → 2c/(3x)}, where
     * c = 3x√(1+x²)/2 is 0 at x = 0 while √(1+x²) is 1).
     */
    private static boolean onlyWhereTheAtomIs(Rule rule) {
        if (rule.rhs().isEmpty()) {
            return false;
        }
        Set<Expr> divisors = new HashSet<>();
        divisors(rule.rhs().get(), divisors);
        return divisors.stream().allMatch(Bounds::isNonzero);
    }

    private static void divisors(Expr e, Set<Expr> out) {
        if (e instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
            out.add(p.base());
            // b^u is 0 or has no value where b is 0, whatever u: dividing by it divides by b as well
            for (Expr b = p.base(); b instanceof Pow inner && !(inner.exponent() instanceof Num); b = inner.base()) {
                out.add(inner.base());
            }
        }
        Exprs.children(e).forEach(c -> divisors(c, out));
    }

    /**
     * The normal form with σ, tanh, softplus, sinh, cosh written in exp/log and logs of products
     * split: two expressions are proven equal when this form of their difference is 0.
     */
    public Expr expanded(Expr e, Budget budget) {
        return expanded(e, budget, Trace.NONE);
    }

    /** {@link #expanded(Expr, Budget)}, reporting the rules applied and why rewriting stopped early, if it did. */
    public Expr expanded(Expr e, Budget budget, Trace trace) {
        Budget.requireSize(e);
        return new Normalizer(budget, assumptions, List.of(), true, trace).canonical(e);
    }
}
