package org.symgrad.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.symgrad.assume.AssumedForms;
import org.symgrad.assume.AssumedSigns;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definitions;
import org.symgrad.diff.Differentiator;
import org.symgrad.error.LimitException;
import org.symgrad.eval.Ball;
import org.symgrad.eval.BallEvaluator;
import org.symgrad.eval.Environment;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Index;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Variable;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.functions.Constants;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.Trace;
import org.symgrad.rewrite.TraceRecorder;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.Simplifier;

/**
 * Verifies equalities. First symbolically: the difference of the two sides, with definitions
 * expanded and σ, tanh, softplus written in exp/log, normalises to 0 — proven. Otherwise at seeded
 * random points (free indices bound to every combination of concrete values), in ball arithmetic
 * ({@link BallEvaluator}): exact where the sides are rational, with an error bound elsewhere. A
 * point is a witness that the sides differ when their values differ exactly, or by more than their
 * error bounds allow ({@link Separation}), or when the normal form of the difference is a rational
 * function of free variables ({@link FreeRationalFunction}) that is not 0 there. So
 * {@code 1 = 1 + 1/10^9} and {@code 10^20 + 1 = 10^20} are false however close their sides are,
 * and a relative difference of {@code 10⁻¹²} between transcendental sides is caught.
 */
public final class Checker {
    /** Sampled points for the numeric test. */
    public static final int POINTS = 24;
    private static final int DIMENSION = 3;
    /** The most a literal index raises the dimension to: the points still run through every small assignment. */
    private static final int MAX_DIMENSION = 9;

    private final Definitions definitions;
    private final List<Rule> assumptions;
    private final Sampling sampling;
    /** The inverses and determinants of the matrices the definitions give by their entries, computed from those entries. */
    private final DefinedMatrixFunctions matrixFunctions;
    /** The size n of the sampled ranges: past every literal index the pair writes (α_1 + α_2 + α_3 against Σ_k^n α_k). */
    private int dimension = DIMENSION;
    /** The values a free index is drawn from: 1..dimension, or 1..m where every Σ of the pair runs 1..m. */
    private int indexRange = DIMENSION;

    public Checker(Definitions definitions, List<Rule> assumptions) {
        this(definitions, assumptions, Sampling.NONE);
    }

    /** A checker whose numeric points satisfy {@code sampling} (a positive x, a branch i ≠ j …). */
    public Checker(Definitions definitions, List<Rule> assumptions, Sampling sampling) {
        this.definitions = definitions;
        this.assumptions = List.copyOf(assumptions);
        this.sampling = sampling;
        this.matrixFunctions = new DefinedMatrixFunctions(definitions, org.symgrad.diff.DefinedDerivatives.NONE);
    }

    /** Each adjacent pair of {@code sides} checked in order. */
    public List<Verdict> check(List<Expr> sides) {
        List<Verdict> out = new ArrayList<>();
        for (int i = 0; i + 1 < sides.size(); i++) {
            out.add(check(sides.get(i), sides.get(i + 1)));
        }
        return out;
    }

    /**
     * Whether {@code left = right}: proven (where, if the sides differentiate a switch, away from its switching points,
     * {@link Kinks}), numerically equal, false at a point, or undecided.
     */
    public Verdict check(Expr left, Expr right) {
        Verdict v = decided(left, right);
        if (v.kind() != Verdict.Kind.PROVEN) {
            return v;
        }
        List<String> kinks = Kinks.awayFrom(List.of(definitions.expand(left), definitions.expand(right)),
                e -> normalForm(e, new TraceRecorder()), sampling, v.awayFrom());
        if (kinks.isEmpty()) {
            return v;
        }
        Set<String> away = new LinkedHashSet<>(v.awayFrom());
        away.addAll(kinks);
        return new Verdict(v.left(), v.right(), v.kind(), v.point(), v.leftValue(), v.rightValue(), v.exactDifference(),
                v.conditions(), v.assumed(), List.copyOf(away));
    }

    private Verdict decided(Expr left, Expr right) {
        Expr l = evaluated(left);
        Expr r = evaluated(right);
        if (!matrixFunctions.readable(l) || !matrixFunctions.readable(r) || scalarByEntries(left) || scalarByEntries(right)) {
            // the inverse of a matrix defined otherwise than by its entries would be computed from drawn entries
            return Verdict.of(left, right, Verdict.Kind.UNDECIDED);
        }
        // n = 3 would make Σ_{k=1}^n α_k equal α_1 + α_2 + α_3: the range runs one past the largest literal index
        int largest = IndexFacts.largestLiteral(List.of(l, r));
        dimension = Math.max(DIMENSION, Math.min(MAX_DIMENSION, largest + 1));
        OptionalInt fixed = IndexFacts.fixedRange(List.of(l, r));
        indexRange = fixed.isPresent() ? Math.min(dimension, Math.max(DIMENSION, fixed.getAsInt())) : dimension;
        if (IndexFacts.countsBelowSize(List.of(l, r))) {
            // a Σ over 0..n−1 holds a free index's every value only where the index stays below n
            dimension = Math.max(dimension, indexRange + 1);
        }
        // "If $K = 2$": a free index runs to the size the special case sets, not past it (p_3 is no class there)
        sampling.wholeSize().ifPresent(m -> indexRange = Math.min(indexRange, m));
        TraceRecorder trace = new TraceRecorder();
        Optional<Expr> difference = normalForm(Exprs.sub(l, r), trace);
        // what holds under the assumptions only (y² = y for y in {0, 1}), applied to the normal form
        Set<Sampling.Constraint> used = new LinkedHashSet<>();
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            Optional<AssumedForms.Rewritten> w = AssumedForms.settled(difference.get(), sampling, e -> normalForm(e, trace));
            w.ifPresent(x -> used.addAll(x.used()));
            difference = w.map(AssumedForms.Rewritten::expr);
        }
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            // what the range of a free index gives: δ_ij t on the diagonal, δ_0j = 0 (IndexFacts)
            Expr d = difference.get();
            Expr diagonal = IndexFacts.onDiagonal(d);
            if (!diagonal.equals(d)) {
                difference = normalForm(diagonal, trace);
            }
        }
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            // Σ_j f_ij (u_i δ_mj + u_j δ_im): one Σ per term, so that each δ contracts
            Expr raw = Exprs.sub(l, r);
            Expr split = IndexFacts.sumsByTerm(raw);
            if (!split.equals(raw)) {
                Optional<Expr> again = normalForm(split, trace);
                if (again.filter(Exprs.ZERO::equals).isPresent()) {
                    difference = again;
                }
            }
        }
        List<String> range = new ArrayList<>();
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            // every Σ of the pair runs from 1 to m: the free indices are taken at each of 1..m
            Expr d = difference.get();
            OptionalInt m = IndexFacts.fixedRange(List.of(definitions.expand(left), definitions.expand(right)));
            Optional<List<Expr>> values = m.isPresent() ? IndexFacts.atEachValue(d, m.getAsInt()) : Optional.empty();
            if (values.isPresent() && values.get().stream()
                    .allMatch(v -> normalForm(WrittenOutValues.of(v), trace).filter(Exprs.ZERO::equals).isPresent())) {
                Indices.free(d).stream().filter(Index::isSymbolic)
                        .forEach(i -> range.add(i + " in 1.." + m.getAsInt()));
                difference = Optional.of(Exprs.ZERO);
            }
        }
        TraceRecorder proof = trace;
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            // Σ_k Σ_j A_kj B_j = Σ_j Σ_k A_kj B_j: the sides sum the same products in another order
            if (SumOrder.otherOrders(r).stream().anyMatch(v -> normalForm(Exprs.sub(l, v), trace).filter(Exprs.ZERO::equals).isPresent())
                    || SumOrder.otherOrders(l).stream().anyMatch(v -> normalForm(Exprs.sub(v, r), trace).filter(Exprs.ZERO::equals).isPresent())) {
                difference = Optional.of(Exprs.ZERO);
            }
        }
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            // x^T A y = y^T A x for a symmetric A: the entries of A on one side transposed meet the other side's, which ordering
            // each entry's two indices by name (AssumedForms) misses where the sides' sums name their indices otherwise
            for (Sampling.Constraint c : sampling.constraints()) {
                if (c instanceof Sampling.Symmetric s && SymmetricEntries.transposedMeets(r, s.name(),
                        v -> normalForm(Exprs.sub(l, v), trace).filter(Exprs.ZERO::equals).isPresent())) {
                    used.add(c);
                    difference = Optional.of(Exprs.ZERO);
                    break;
                }
            }
        }
        Set<Expr> written = new LinkedHashSet<>();
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            // log((2 − a)/(2 − b)) = log(2 − a) − log(2 − b): the logarithms split as the sides write their factors
            Expr ls = LogsAsWritten.split(l, written);
            Expr rs = LogsAsWritten.split(r, written);
            TraceRecorder again = new TraceRecorder();
            if ((!ls.equals(l) || !rs.equals(r))
                    && normalForm(Exprs.sub(ls, rs), again).filter(Exprs.ZERO::equals).isPresent()) {
                proof = again;
                difference = Optional.of(Exprs.ZERO);
            } else {
                written.clear();
            }
        }
        if (difference.isPresent() && !difference.get().equals(Exprs.ZERO)) {
            // max(a, b) = (a + b + |a − b|)/2, |w|′ against its cases: the switches as steps of one orientation (StepForms)
            // on the sides' normal forms, where the step laws have already dropped a bound that cannot be reached (ReLU6, clip)
            Optional<StepForms> steps = StepForms.of(normalForm(l, new TraceRecorder()).orElse(l),
                    normalForm(r, new TraceRecorder()).orElse(r), e -> normalForm(e, new TraceRecorder()));
            Optional<Expr> stepDifference = steps.flatMap(s -> normalForm(Exprs.sub(s.left(), s.right()), new TraceRecorder()));
            for (int round = 0; round < 2 && stepDifference.isPresent() && !stepDifference.get().equals(Exprs.ZERO); round++) {
                Expr reduced = steps.get().idempotent(stepDifference.get());
                stepDifference = reduced.equals(stepDifference.get()) ? Optional.empty() : normalForm(reduced, new TraceRecorder());
            }
            if (stepDifference.filter(Exprs.ZERO::equals).isPresent()) {
                List<String> away = steps.get().arguments().stream()
                        .filter(u -> !(u instanceof org.symgrad.expr.Num) && !Kinks.ruledOut(u, sampling))
                        .map(u -> org.symgrad.print.Printer.ascii(u) + " ≠ 0").sorted().toList();
                if (used.isEmpty() && range.isEmpty()) {
                    return away.isEmpty() ? Verdict.of(left, right, Verdict.Kind.PROVEN) : Verdict.provenAwayFrom(left, right, away);
                }
            }
            // max(−1, min(1, x)) against its three-branch cases: the switches of one quantity decided interval by interval
            if (!stepDifference.filter(Exprs.ZERO::equals).isPresent() && used.isEmpty() && range.isEmpty()) {
                Set<Sampling.Constraint> decidedBy = new LinkedHashSet<>();
                Optional<List<String>> branches = IntervalBranches.proven(normalForm(l, new TraceRecorder()).orElse(l),
                        normalForm(r, new TraceRecorder()).orElse(r), e -> normalForm(e, new TraceRecorder()), sampling, decidedBy);
                if (branches.isPresent()) {
                    return new Verdict(left, right, Verdict.Kind.PROVEN, Map.of(), Ball.UNDEFINED, Ball.UNDEFINED, null, List.of(),
                            decidedBy.stream().map(Sampling::describe).toList(), branches.get());
                }
            }
        }
        if (difference.isPresent() && difference.get().equals(Exprs.ZERO)) {
            Set<Expr> all = new LinkedHashSet<>(asWritten(proof, l, r));
            all.addAll(written);
            List<Expr> needed = all.stream().filter(c -> AssumedSigns.nonnegativeBy(c, sampling).isEmpty()).toList();
            proof.requiredPositive().forEach(c -> AssumedSigns.nonnegativeBy(c, sampling).ifPresent(used::addAll));
            written.forEach(c -> AssumedSigns.nonnegativeBy(c, sampling).ifPresent(used::addAll));
            // a condition beyond which the sides agree wherever both are defined is no condition of the step
            List<Expr> conditions = needed.stream().filter(c -> !agreeBeyond(c, l, r)).toList();
            // a rule whose result has no value where its input has one (Σ_{k=1}^{n} q^k = q(1 − q^n)/(1 − q)): q ≠ 1
            List<String> apart = proof.requiredUnequal().stream()
                    .map(u -> org.symgrad.print.Printer.ascii(u.get(0)) + " ≠ " + org.symgrad.print.Printer.ascii(u.get(1))).toList();
            if (conditions.isEmpty()) {
                List<String> given = new ArrayList<>(used.stream().map(Sampling::describe).distinct().toList());
                given.addAll(range);
                return apart.isEmpty() ? given.isEmpty() ? Verdict.of(left, right, Verdict.Kind.PROVEN)
                        : Verdict.provenGiven(left, right, given) : awayFrom(Verdict.provenGiven(left, right, given), apart);
            }
            // proven only where the conditions hold: beyond them the sides may differ, or one be undefined
            Verdict beyond = sampled(left, right, l, r, Optional.empty());
            return beyond.kind() == Verdict.Kind.FALSE ? beyond : awayFrom(provenUnder(left, right, l, r, conditions), apart);
        }
        Optional<Expr> exact = difference.filter(d -> FreeRationalFunction.is(d, constrainedNames()));
        return sampled(left, right, l, r, exact);
    }

    /**
     * The conditions the proof needs, each factor the way the sides write it where that is sound:
     * {@code log((1 − p)/(1 − q)) = log(1 − p) − log(1 − q)} is split in the normal form's orientation,
     * needing {@code p − 1 > 0, q − 1 > 0}, but holds just as well where {@code 1 − p > 0, 1 − q > 0},
     * as both factors turn together (their powers add up to an even number, so each split logarithm
     * keeps its argument's sign). A factor is turned when the sides write its negation, every split it
     * takes part in stays even, and the sides agree at every sampled point where the turned conditions
     * hold (one at least); otherwise the conditions stay as the proof found them.
     */
    private List<Expr> asWritten(TraceRecorder trace, Expr l, Expr r) {
        List<Expr> needed = trace.requiredPositive();
        Set<Expr> sums = new LinkedHashSet<>();
        collectSums(l, sums);
        collectSums(r, sums);
        Map<Expr, Expr> turned = new LinkedHashMap<>();
        for (Expr c : needed) {
            for (Expr sum : sums) {
                if (!(c instanceof Add a) || ((Add) sum).terms().size() != a.terms().size()
                        || !Indices.free(sum).equals(Indices.free(c))) {
                    continue;
                }
                if (normalForm(Exprs.add(c, sum), new TraceRecorder()).filter(Exprs.ZERO::equals).isPresent()) {
                    turned.put(c, sum);
                    break;
                }
            }
        }
        if (turned.isEmpty()) {
            return needed;
        }
        Set<Expr> split = new HashSet<>();
        for (TraceRecorder.Split s : trace.splits()) {
            int odd = 0;
            for (int i = 0; i < s.factors().size(); i++) {
                split.add(s.factors().get(i));
                if (turned.containsKey(s.factors().get(i))) {
                    odd += s.powers().get(i);
                }
            }
            if (odd % 2 != 0) {
                return needed;
            }
        }
        if (!split.containsAll(needed)) {
            return needed; // a condition of another kind: its orientation is the proof's
        }
        List<Expr> out = needed.stream().map(c -> turned.getOrDefault(c, c)).toList();
        return agreeWhere(out, l, r) ? out : needed;
    }

    private static void collectSums(Expr e, Set<Expr> out) {
        if (e instanceof Add && Indices.free(e).stream().noneMatch(Index::isSymbolic)) {
            out.add(e);
        }
        Exprs.children(e).forEach(c -> collectSums(c, out));
    }

    /** Whether the sides are defined and agree at every sampled point where each of {@code conditions} is positive, one at least. */
    private boolean agreeWhere(List<Expr> conditions, Expr l, Expr r) {
        return agreeAtSampledPoints(Set.of(), env -> !beyond(conditions, env), true, l, r);
    }

    /**
     * Whether the sides agree wherever both are defined and {@code condition} fails: at every sampled
     * point where it is not positive and both sides have a value (one at least), they are equal —
     * exactly, or within their error bounds. The proof needed the condition ({@code log σ² = 2 log σ}
     * on the way to {@code ∂/∂μ}), but the step does not: {@code log(a/b) = −log(b/a)} holds for
     * a, b &lt; 0 as well. Where beyond it only one side has a value ({@code log(xy) = log x + log y}
     * at x, y &lt; 0), or none is sampled, the condition stays.
     */
    private boolean agreeBeyond(Expr condition, Expr l, Expr r) {
        return agreeAtSampledPoints(Indices.free(condition), env -> {
            Ball c = valueAt(condition, env);
            return c.isDefined() && c.estimate() <= 0;
        }, false, l, r);
    }

    /**
     * Whether the sides agree at every sampled point {@code where} admits (one at least). A point where a
     * side has no value is a disagreement if {@code undefinedDisagrees}, else it is passed over.
     */
    private boolean agreeAtSampledPoints(Set<String> alsoFree, Predicate<Environment> where, boolean undefinedDisagrees,
                                         Expr l, Expr r) {
        Set<String> free = new TreeSet<>(Indices.free(l));
        free.addAll(Indices.free(r));
        free.addAll(alsoFree);
        int agreeing = 0;
        for (long seed = 1; seed <= POINTS * 4; seed++) {
            Optional<Environment> at = pointAt(seed, free);
            if (at.isEmpty() || !where.test(at.get())) {
                continue;
            }
            Ball a = valueAt(l, at.get());
            Ball b = valueAt(r, at.get());
            if (!a.isDefined() || !b.isDefined()) {
                if (undefinedDisagrees) {
                    return false;
                }
                continue;
            }
            if (separated(l, r, at.get(), a, b).isPresent()) {
                return false;
            }
            agreeing++;
        }
        return agreeing > 0;
    }

    /** Whether some of {@code conditions} is not positive at {@code env}: a point beyond them. */
    private static boolean beyond(List<Expr> conditions, Environment env) {
        for (Expr c : conditions) {
            Ball v = valueAt(c, env);
            if (!v.isDefined() || v.estimate() <= 0) {
                return true;
            }
        }
        return false;
    }

    /** The normal form of {@code e}, or empty when computing it hits a limit. */
    private Optional<Expr> normalForm(Expr e, Trace trace) {
        try {
            return Optional.of(Simplifier.with(assumptions, List.of()).expanded(e, Budget.ofMillis(5_000), trace));
        } catch (LimitException tooBig) {
            // the numeric test decides instead, unless the command's own time is up
            org.symgrad.error.TimeLimit.check();
            return Optional.empty();
        }
    }

    /** Names of the symbols the assumptions mention: their values are not free. */
    private Set<String> constrainedNames() {
        Set<String> out = new TreeSet<>();
        for (Rule a : assumptions) {
            collectNames(a.lhs(), out);
            a.rhs().ifPresent(r -> collectNames(r, out));
        }
        return out;
    }

    private static void collectNames(Expr e, Set<String> out) {
        if (e instanceof Sym s) {
            out.add(s.name());
        } else if (e instanceof Indexed x) {
            out.add(x.name());
        }
        Exprs.children(e).forEach(c -> collectNames(c, out));
    }

    /**
     * Whether {@code e} differentiates by a matrix's entry {@code X_ab} something that, as the definitions give it, uses the
     * same name as a number ({@code g(X) = \log|X|} read before X was a matrix): that X does not vary with X_ab only because
     * the two readings differ, not because the document says so.
     */
    private boolean scalarByEntries(Expr e) {
        return Exprs.any(e, x -> x instanceof org.symgrad.expr.Derivative d && d.wrt() instanceof Indexed w && w.indices().size() == 2
                && Exprs.any(definitions.expand(d.of()), y -> y instanceof Sym s && s.name().equals(w.name())));
    }

    /**
     * Definitions expanded and every {@code diff(…)} in the side carried out. A derivative by a
     * defined name ({@code ∂E/∂y} with {@code let y = σ(x)}) treats that name as the variable, so
     * the name survives the first expansion; once the derivative is taken it stands for its
     * definition again and is expanded too — otherwise the sampler would draw y independently of x.
     */
    private Expr evaluated(Expr side) {
        Expr expanded = definitions.expand(side);
        // a vector an abstract function takes whole, L(o), still depends on what o's components are defined by
        Expr evaluated = definitions.expand(new Differentiator(new DefinedMatrixFunctions(definitions,
                VectorArguments.in(expanded, definitions))).evaluateDerivatives(expanded));
        // Σ_{k=0}^{3} k² = 0 + 1 + 4 + 9: an index used as a number where its values are known
        return WrittenOutValues.of(evaluated);
    }

    /**
     * The sides compared at up to {@link #POINTS} points where both are defined; {@code exact}, when
     * present, is the difference's normal form, a rational function of free variables.
     */
    private Verdict sampled(Expr left, Expr right, Expr l, Expr r, Optional<Expr> exact) {
        Set<String> free = new TreeSet<>(Indices.free(l));
        free.addAll(Indices.free(r));
        Compared c = compared(left, right, l, r, exact, free, sampling);
        if (c.falseAt().isPresent()) {
            Verdict v = equalWherePositive(c.falseAt().get(), free, l, r);
            v = v.kind() == Verdict.Kind.FALSE ? equalWithZeroPadding(v, free, left, right, l, r) : v;
            v = v.kind() == Verdict.Kind.FALSE ? equalInRange(v, free, l, r) : v;
            return v.kind() == Verdict.Kind.FALSE && sampling.series().isPresent() ? inTheLimit(v, free, l, r, sampling.series().get()) : v;
        }
        int compared = c.points();
        if (compared < POINTS / 2) {
            Optional<Verdict> inDomain = inDomain(left, right, l, r, exact, free);
            if (inDomain.isPresent()) {
                return inDomain.get();
            }
        }
        Verdict.Kind kind = compared == 0 ? Verdict.Kind.UNDECIDED : Verdict.Kind.NUMERICALLY_EQUAL;
        return Verdict.of(left, right, kind);
    }

    /** How many sampled points gave both sides a value, and the first where they differ, if one did. */
    private record Compared(int points, Optional<Verdict> falseAt) {
    }

    /** The sides compared at up to {@link #POINTS} points drawn under {@code under} where both have a value. */
    private Compared compared(Expr left, Expr right, Expr l, Expr r, Optional<Expr> exact, Set<String> free, Sampling under) {
        int compared = 0;
        for (long seed = 1; seed <= POINTS * 4 && compared < POINTS; seed++) {
            Optional<Environment> at = pointAt(seed, free, under);
            if (at.isEmpty()) {
                continue;
            }
            Environment env = at.get();
            Ball a = valueAt(l, env);
            Ball b = valueAt(r, env);
            if (!a.isDefined() || !b.isDefined()) {
                continue;
            }
            compared++;
            Ball d = exact.isPresent() ? valueAt(exact.get(), env) : Ball.UNDEFINED;
            if (d.isDefined() && d.isExact() && !d.exactValue().isZero()) {
                return new Compared(compared, Optional.of(Verdict.falseAt(left, right, point(env, l, r), a, b, d.exactValue())));
            }
            Optional<Ball[]> apart = separated(l, r, env, a, b);
            if (apart.isPresent()) {
                Ball difference = apart.get()[0].subtract(apart.get()[1]);
                return new Compared(compared, Optional.of(Verdict.falseAt(left, right, point(env, l, r), apart.get()[0], apart.get()[1],
                        difference.isExact() ? difference.exactValue() : null)));
            }
        }
        return new Compared(compared, Optional.empty());
    }

    /**
     * Where few sampled points give the sides a value, the sides compared again with the names they hold only under a
     * logarithm, a root or a real power drawn positive ({@link DomainLeaves}): false at a point where they differ, which
     * is a point of their domain; numerically equal where those names are positive, saying so, where they agree at
     * enough points; empty where those points decide nothing either.
     */
    private Optional<Verdict> inDomain(Expr left, Expr right, Expr l, Expr r, Optional<Expr> exact, Set<String> free) {
        Set<String> names = DomainLeaves.of(l, r);
        names.removeAll(constrainedNames());
        names.removeIf(sampling::constrains);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Sampling positive = sampling;
        for (String n : names) {
            positive = positive.with(new Sampling.Positive(n));
        }
        Compared c = compared(left, right, l, r, exact, free, positive);
        if (c.falseAt().isPresent()) {
            return c.falseAt();
        }
        int compared = c.points();
        if (compared < POINTS / 2) {
            return Optional.empty();
        }
        return Optional.of(new Verdict(left, right, Verdict.Kind.NUMERICALLY_EQUAL, Map.of(), Ball.UNDEFINED, Ball.UNDEFINED,
                null, List.of(), PositiveQuantities.assumed(names)));
    }

    /**
     * {@code falseAt}, or, where the sides take a root or logarithm of their quantities and agree at every sampled point
     * with the quantities positive ({@link PositiveQuantities}), numerically equal there: √(γRT/M)'s slope is
     * ½√(γR/(MT)) for a positive temperature and molar mass, and differs in sign only where both are negative. The
     * verdict keeps the point where the sides differ and names the quantities it takes positive.
     */
    private Verdict equalWherePositive(Verdict falseAt, Set<String> free, Expr l, Expr r) {
        Optional<Set<String>> names = PositiveQuantities.of(l, r);
        // a quantity the sampling draws as stated (x ∈ {0, 1}) keeps its stated values: made positive, it is drawn as 1 only, and
        // ∂/∂θ log(θ^x (1 − θ)^{1−x}) = x/θ + (1 − x)/(1 − θ) agreed at every point of that one value (was ≈ on a wrong step)
        names.ifPresent(n -> n.removeIf(sampling::constrains));
        if (names.isEmpty() || names.get().isEmpty()) {
            return falseAt;
        }
        Set<String> positive = names.get();
        return agreeWhere(free, l, r, at -> sampling.apply(PositiveQuantities.positive(at, positive)))
                ? equalUnder(falseAt, PositiveQuantities.assumed(positive)) : falseAt;
    }

    /**
     * {@code falseAt}, or, where the step writes names at offset indices ({@link ZeroPadding}) and the sides agree at every
     * sampled point with those names' entries beyond 1..n taken as 0, numerically equal under that convention, saying so:
     * ∂L/∂x_j = Σ_k g_{j−k+1} w_k below y_i = Σ_k w_k x_{i+k−1} is the textbook's full convolution with zero padding.
     */
    private Verdict equalWithZeroPadding(Verdict falseAt, Set<String> free, Expr left, Expr right, Expr l, Expr r) {
        Set<String> names = ZeroPadding.names(left, right);
        if (names.isEmpty()) {
            return falseAt;
        }
        return agreeWhere(free, l, r, at -> at.withZeroOutside(names)) ? equalUnder(falseAt, ZeroPadding.assumed(names)) : falseAt;
    }

    /**
     * {@code falseAt}, or, where the sides hold range conditions on their free indices ({@link RangeConditions}) and agree at
     * every sampled point where those hold, numerically equal there, saying where: ∂G_t/∂r_k = γ^{k−t−1} beside
     * G_t = Σ_{k=t+1}^{T} γ^{k−t−1} r_k, for the k the sum runs over.
     */
    private Verdict equalInRange(Verdict falseAt, Set<String> free, Expr l, Expr r) {
        List<org.symgrad.expr.RangeIndicator> conditions = RangeConditions.of(free, normalForm(l, new TraceRecorder()).orElse(l),
                normalForm(r, new TraceRecorder()).orElse(r));
        if (conditions.isEmpty()) {
            return falseAt;
        }
        List<Expr> brackets = conditions.stream().map(c -> (Expr) c.asSum()).toList();
        java.util.function.Predicate<Environment> inRange = env -> brackets.stream().allMatch(c -> {
            Ball holds = valueAt(c, env);
            return holds.isDefined() && Math.abs(holds.estimate() - 1) < 0.5;
        });
        return agreeWhere(free, l, r, at -> at, inRange) ? equalUnder(falseAt, RangeConditions.assumed(conditions)) : falseAt;
    }

    /**
     * {@code falseAt}, a step false where the partial sums of a series run to the range size {@code size} ({@link Sampling#series()}),
     * decided in the limit ({@link SeriesLimits}): numerically equal where the sides' difference vanishes as n grows at enough
     * sampled points and settles elsewhere at none; false at a point where it settles elsewhere; else undecided, saying why.
     */
    private Verdict inTheLimit(Verdict falseAt, Set<String> free, Expr l, Expr r, String size) {
        int agreeing = 0;
        for (long seed = 1; seed <= POINTS * 4 && agreeing < POINTS; seed++) {
            Optional<Environment> at = pointAt(seed, free);
            if (at.isEmpty()) {
                continue;
            }
            Environment env = at.get();
            switch (SeriesLimits.of(n -> valueAt(l, env.withScalar(size, n)), n -> valueAt(r, env.withScalar(size, n)))) {
                case VANISHES -> agreeing++;
                case STAYS -> {
                    Environment last = env.withScalar(size, SeriesLimits.SIZES[SeriesLimits.SIZES.length - 1]);
                    return Verdict.falseAt(falseAt.left(), falseAt.right(), point(last, l, r), valueAt(l, last), valueAt(r, last), null);
                }
                case UNSETTLED -> {
                }
            }
        }
        if (agreeing >= SeriesLimits.AGREEING) {
            return equalUnder(falseAt, List.of("the partial sums are taken in the limit of their length (at the points where they settle)"));
        }
        return new Verdict(falseAt.left(), falseAt.right(), Verdict.Kind.UNDECIDED, Map.of(), Ball.UNDEFINED, Ball.UNDEFINED, null,
                List.of(), List.of("false for partial sums of every finite length; whether it holds in the limit is not settled"
                + " at the sampled points (the series diverge there, or converge too slowly to tell)"));
    }

    /** {@link #agreeWhere(Set, Expr, Expr, java.util.function.UnaryOperator, java.util.function.Predicate)} at every point. */
    private boolean agreeWhere(Set<String> free, Expr l, Expr r, java.util.function.UnaryOperator<Environment> convention) {
        return agreeWhere(free, l, r, convention, at -> true);
    }

    /**
     * Whether the sides agree at {@link #POINTS} sampled points (at least half of them with a value), each point changed by
     * {@code convention} (the quantities under a root taken positive, a name's entries beyond its range taken as 0), and
     * are separated at none.
     */
    private boolean agreeWhere(Set<String> free, Expr l, Expr r, java.util.function.UnaryOperator<Environment> convention,
                               java.util.function.Predicate<Environment> admitted) {
        int agreeing = 0;
        for (long seed = 1; seed <= POINTS * 4 && agreeing < POINTS; seed++) {
            Optional<Environment> at = pointAt(seed, free);
            if (at.isEmpty()) {
                continue;
            }
            Environment env = convention.apply(at.get());
            if (!statedCasesHold(env) || !admitted.test(env)) {
                continue;
            }
            Ball a = valueAt(l, env);
            Ball b = valueAt(r, env);
            if (!a.isDefined() || !b.isDefined()) {
                continue;
            }
            if (separated(l, r, env, a, b).isPresent()) {
                return false;
            }
            agreeing++;
        }
        return agreeing >= POINTS / 2;
    }

    /** Numerically equal under the convention {@code assumed}, keeping the point of {@code falseAt} where the sides differ. */
    private static Verdict equalUnder(Verdict falseAt, List<String> assumed) {
        return new Verdict(falseAt.left(), falseAt.right(), Verdict.Kind.NUMERICALLY_EQUAL, falseAt.point(), falseAt.leftValue(),
                falseAt.rightValue(), falseAt.exactDifference(), List.of(), assumed);
    }

    /**
     * The values of the sides at {@code env} that prove them different, if there are any: {@code a}
     * and {@code b} when they are ({@link Separation#differ}); where these balls are too wide to tell
     * ({@link Separation#tooWide}: a side cancels or underflows in double), the sides computed again
     * at 64 digits. The precise path runs only where the fast one cannot decide.
     */
    private static Optional<Ball[]> separated(Expr l, Expr r, Environment env, Ball a, Ball b) {
        if (Separation.differ(a, b)) {
            return Optional.of(new Ball[] {a, b});
        }
        if (!Separation.tooWide(a, b)) {
            return Optional.empty();
        }
        Ball pa = preciseValueAt(l, env);
        Ball pb = preciseValueAt(r, env);
        return pa.isDefined() && pb.isDefined() && Separation.differ(pa, pb)
                ? Optional.of(new Ball[] {pa, pb}) : Optional.empty();
    }

    /** The value of {@code e} at {@code env} with the functions computed beyond double, or undefined as {@link #valueAt}. */
    private static Ball preciseValueAt(Expr e, Environment env) {
        try {
            return BallEvaluator.evaluatePrecisely(e, env);
        } catch (IllegalArgumentException notEvaluable) {
            return Ball.UNDEFINED;
        }
    }

    /**
     * The sampled point number {@code seed}, if the sampling constraints admit it. Point p binds the
     * free indices to the digits of p in base {@link #indexRange}, so the points run through every
     * assignment, equal indices (the diagonal, where δ_ij = 1) included.
     */
    private Optional<Environment> pointAt(long seed, Set<String> free) {
        return pointAt(seed, free, sampling);
    }

    /** The sampled point number {@code seed} under {@code sampling}, as {@link #pointAt(long, Set)}. */
    private Optional<Environment> pointAt(long seed, Set<String> free, Sampling sampling) {
        Environment env = Environment.random(seed, dimension);
        long digits = seed - 1;
        Set<String> bind = new TreeSet<>(free);
        bind.addAll(sampling.hotLetters()); // y one-hot at c: y is drawn at the value of c, also where the step writes no c
        for (String index : bind) {
            if (index.equals(org.symgrad.expr.Index.SIZE)) {
                continue; // the range size as an index takes the size's value (the evaluators bind it)
            }
            env = env.withBinding(index, 1 + (int) (digits % indexRange));
            digits /= indexRange;
        }
        if (!sampling.admits(env.bindings())) {
            return Optional.empty();
        }
        Environment at = matrixFunctions.apply(sampling.apply(env));
        return statedCasesHold(at) ? Optional.of(at) : Optional.empty();
    }

    /**
     * Whether every case the document states of an expression ({@link Sampling.Holds}: {@code y f < 1}) holds at
     * {@code env}, its definitions expanded; a point where one fails, or has no value, is not drawn.
     */
    private boolean statedCasesHold(Environment env) {
        for (Sampling.Constraint c : sampling.constraints()) {
            if (!(c instanceof Sampling.Holds h)) {
                continue;
            }
            if (Exprs.any(h.positive(), e -> e instanceof Sym s && env.bindings().containsKey(s.name()))) {
                // a case of index letters (1 < k < n, i < j) holds of the values the point binds them to; one that has
                // no value there (a letter the step does not bind) is no value of the point and draws every point
                Ball v = valueAt(definitions.expand(IndexCases.atBindings(h.positive(), env.bindings())), env);
                if (v.isDefined() && (v.estimate() < 0 || h.strict() && v.estimate() == 0)) {
                    return false;
                }
                continue;
            }
            if (!holdsForEveryIndex(h, definitions.expand(h.positive()), env)) {
                return false;
            }
        }
        return true;
    }

    /** The most index letters a case may leave unbound, each then run through its whole range ({@link #holdsForEveryIndex}). */
    private static final int UNBOUND_CASE_INDICES = 2;

    /**
     * Whether the case {@code h}, its definitions expanded ({@code positive}), holds at {@code env}; where it writes an index the
     * point does not bind ("$y_i > \theta x_i$ for all $i$" beside {@code -\sum_i x_i}), at every value of that index, 1 to
     * the point's n: the case of every term. Undefined, or with too many such indices, it does not hold.
     */
    private boolean holdsForEveryIndex(Sampling.Holds h, Expr positive, Environment env) {
        List<String> unbound = Indices.free(positive).stream().filter(i -> !i.equals(Index.SIZE)
                && !env.bindings().containsKey(i)).toList();
        if (unbound.size() > UNBOUND_CASE_INDICES) {
            return false;
        }
        int n = Math.max(1, env.n());
        long assignments = Math.round(Math.pow(n, unbound.size()));
        for (long a = 0; a < assignments; a++) {
            Environment at = env;
            long digits = a;
            for (String index : unbound) {
                at = at.withBinding(index, 1 + (int) (digits % n));
                digits /= n;
            }
            Ball v = valueAt(positive, at);
            if (!v.isDefined() || v.estimate() < 0 || h.strict() && v.estimate() == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code v} holding only away from {@code apart} ({@code q ≠ 1}) as well. */
    private static Verdict awayFrom(Verdict v, List<String> apart) {
        if (apart.isEmpty()) {
            return v;
        }
        List<String> away = new ArrayList<>(v.awayFrom());
        apart.stream().filter(a -> !away.contains(a)).forEach(away::add);
        return new Verdict(v.left(), v.right(), v.kind(), v.point(), v.leftValue(), v.rightValue(), v.exactDifference(),
                v.conditions(), v.assumed(), away);
    }

    /**
     * Proven under {@code conditions}, with a sampled point where only one side is defined, if
     * there is one ({@code log(x·y)} at x, y &lt; 0), to show that the conditions matter.
     */
    private Verdict provenUnder(Expr left, Expr right, Expr l, Expr r, List<Expr> conditions) {
        Set<String> free = new TreeSet<>(Indices.free(l));
        free.addAll(Indices.free(r));
        for (long seed = 1; seed <= POINTS * 4; seed++) {
            Optional<Environment> at = pointAt(seed, free);
            if (at.isEmpty()) {
                continue;
            }
            if (!beyond(conditions, at.get())) {
                continue; // where the conditions hold a side without a value is an inexact one (e^−1000 / e^−1000), not the point
            }
            Ball a = valueAt(l, at.get());
            Ball b = valueAt(r, at.get());
            if (a.isDefined() != b.isDefined()) {
                return Verdict.provenUnder(left, right, conditions, point(at.get(), l, r), a, b);
            }
        }
        return Verdict.provenUnder(left, right, conditions, Map.of(), Ball.UNDEFINED, Ball.UNDEFINED);
    }

    /**
     * The value of {@code e} at {@code env}, or undefined where it cannot be computed: outside a
     * function's domain, a Σ whose bound is not an integer at this point ({@code Σ_{k=1}^{m}} with
     * a random m), an entry index beyond the range of {@code int}, a primed abstract function of
     * several arguments. Such a point is skipped.
     */
    private static Ball valueAt(Expr e, Environment env) {
        try {
            return BallEvaluator.evaluate(e, env);
        } catch (IllegalArgumentException notEvaluable) {
            return Ball.UNDEFINED;
        }
    }

    /**
     * The values of the scalar symbols and bound indices the two sides use, for the report, and of
     * every entry of an indexed array they read (y_i at i = 2 is y_2; x_k under Σ_{k=1}^{3} is
     * x_1, x_2, x_3; h_{t−1} at t = 2 is h_1), so that the point can be reproduced by hand. At most
     * {@value #WITNESS_ENTRIES} entries, the first in reading order.
     */
    private static Map<String, Double> point(Environment env, Expr l, Expr r) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Integer> scope = new LinkedHashMap<>(env.bindings());
        scope.putIfAbsent(org.symgrad.expr.Index.SIZE, env.n()); // the range size as an index: its entry is listed
        collect(Exprs.add(l, r), env, scope, out);
        env.bindings().forEach((k, v) -> {
            Double size = out.put(k, (double) v);
            if (size != null && k.equals(Exprs.N.name())) {
                out.put(Verdict.RANGE_SIZE, size); // an index named n would hide the range size n
            }
        });
        return out;
    }

    /** The most entries of indexed arrays a witness point lists. */
    private static final int WITNESS_ENTRIES = 64;

    /** The widest range of a Σ whose entries a witness lists. */
    private static final int WITNESS_RANGE = 12;

    /** {@code x_1}, {@code W_{1,2}}: an entry's name in the report of a point. */
    private static String pointName(String name, int[] at) {
        return name + "_" + (at.length == 1 ? String.valueOf(at[0])
                : "{" + String.join(",", Arrays.stream(at).mapToObj(String::valueOf).toList()) + "}");
    }

    private static void collect(Expr e, Environment env, Map<String, Integer> scope, Map<String, Double> out) {
        java.util.Optional<String> matrix = e instanceof Variable v ? MatrixFunctionNames.matrixOf(v.name()) : java.util.Optional.empty();
        if (matrix.isPresent()) {
            // an inverse's entry or a determinant is computed from its matrix: the point is the matrix's entries, or, for a
            // matrix its definition gives, what the definition's entries read
            java.util.Optional<Environment.Entries> defined = env.entriesOf(matrix.get());
            for (int i = 1; i <= env.n() && out.size() < WITNESS_ENTRIES; i++) {
                for (int j = 1; j <= env.n(); j++) {
                    if (defined.isPresent()) {
                        Map<String, Integer> at = new java.util.HashMap<>(scope);
                        at.put(defined.get().row(), i);
                        at.put(defined.get().column(), j);
                        collect(defined.get().body(), env, at, out);
                    } else {
                        out.putIfAbsent(pointName(matrix.get(), new int[] {i, j}), env.indexed(matrix.get(), i, j));
                    }
                }
            }
            return;
        }
        if (e instanceof Sym s && !Constants.isConstant(s)) {
            out.putIfAbsent(s.name(), env.scalar(s.name()));
        } else if (e instanceof Indexed x && !org.symgrad.expr.IndexValue.is(x)) {
            int[] at = entry(x, scope);
            if (at != null && out.size() < WITNESS_ENTRIES) {
                out.putIfAbsent(pointName(x.name(), at), env.indexed(x.name(), at));
            }
        }
        Reduction reduction = switch (e) {
            case org.symgrad.expr.IndexSum sum -> new Reduction(sum.index(), sum.lower(), sum.upper(), sum.body());
            case org.symgrad.expr.IndexProduct p -> new Reduction(p.index(), p.lower(), p.upper(), p.body());
            default -> null;
        };
        if (reduction != null) {
            String bound = reduction.index();
            Expr lower = reduction.lower();
            Expr upper = reduction.upper();
            Expr body = reduction.body();
            collect(lower, env, scope, out);
            collect(upper, env, scope, out);
            OptionalInt from = bound(lower, env, scope);
            OptionalInt to = bound(upper, env, scope);
            Integer saved = scope.get(bound);
            try {
                if (from.isPresent() && to.isPresent() && to.getAsInt() - from.getAsInt() < WITNESS_RANGE) {
                    for (int k = from.getAsInt(); k <= to.getAsInt(); k++) {
                        scope.put(bound, k);
                        collect(body, env, scope, out);
                    }
                } else {
                    scope.remove(bound);
                    collect(body, env, scope, out);
                }
            } finally {
                if (saved == null) {
                    scope.remove(bound);
                } else {
                    scope.put(bound, saved);
                }
            }
            return;
        }
        Exprs.children(e).forEach(c -> collect(c, env, scope, out));
    }

    /** A Σ or Π: its index, its limits and its body. */
    private record Reduction(String index, Expr lower, Expr upper, Expr body) {
    }

    /** The entry {@code x} reads where {@code scope} binds the indices, or null where it does not bind them all. */
    private static int[] entry(Indexed x, Map<String, Integer> scope) {
        int[] at = new int[x.indices().size()];
        for (int i = 0; i < at.length; i++) {
            String index = x.indices().get(i);
            if (!Index.isConcrete(index) && !Index.names(index).stream().allMatch(scope::containsKey)) {
                return null;
            }
            try {
                at[i] = Index.value(index, scope::get);
            } catch (RuntimeException notAnIndex) {
                return null;
            }
        }
        return at;
    }

    /** A Σ bound's integer value where {@code scope} binds the indices, if it has one. */
    private static OptionalInt bound(Expr bound, Environment env, Map<String, Integer> scope) {
        Environment here = env;
        for (Map.Entry<String, Integer> b : scope.entrySet()) {
            here = here.withBinding(b.getKey(), b.getValue());
        }
        Ball v;
        try {
            v = BallEvaluator.evaluate(bound, here);
        } catch (RuntimeException notEvaluable) {
            return OptionalInt.empty();
        }
        if (v.isExact() && v.exactValue().isInteger() && v.exactValue().toBigInteger().bitLength() < 32) {
            return OptionalInt.of(v.exactValue().toBigInteger().intValueExact());
        }
        return OptionalInt.empty();
    }
}
