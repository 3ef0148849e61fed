package org.symgrad.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.symgrad.check.Checker;
import org.symgrad.assume.Sampling;
import org.symgrad.check.Verdict;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.derive.Deriver;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.print.Printer;
import org.symgrad.diff.Differentiator;
import org.symgrad.rewrite.Rule;
import org.symgrad.simplify.Budget;
import org.symgrad.simplify.Rules;
import org.symgrad.simplify.Simplifier;

/**
 * Checks one {@code =} pair of a document with {@link Checker}, under the document's definitions,
 * assumptions and branch conditions, and turns the result into a verdict a person can act on:
 * <ul>
 *   <li>a branch {@code i = j} renames {@code j} to {@code i}; a branch {@code i ≠ j} samples only
 *       points where they differ and lets the simplifier use {@code δ_ij = 0};</li>
 *   <li>a step that differentiates a name the document does not define, or that does not depend on
 *       the variable as defined ({@code ∂E/∂z} with E a function of x only), is undecided, not
 *       "proven 0 = 0" — the document is missing a definition;</li>
 *   <li>a step that differs only because its sides use different undefined names ({@code −t log y}
 *       and {@code −t log σ(Wx)}, y being σ(Wx) in the author's mind) or an undefined function is
 *       undecided, never false: symgrad cannot know what the author substituted;</li>
 *   <li>a false step of a derivation carries the correct derivative.</li>
 * </ul>
 */
final class PairChecker {
    /**
     * What the document knows when the pair is checked; {@code negatives}: the document names negative samples, whose
     * sums run over other rows than a label's ({@link OtherRowSums}); {@code oneNumbers}: the letters it says are one number
     * ({@code b}, {@code b_1} of "a scalar $b_1$"), never a layer's added vector ({@link AffineNames}).
     */
    record Knowledge(Definitions definitions, List<Rule> assumptions, Sampling sampling,
                     Set<String> knownNames, Map<String, Integer> definedAt, boolean negatives, Set<String> oneNumbers,
                     Set<String> sizedLosses, StatedLayout.Layout layout) {
        /** The same knowledge with other definitions. */
        Knowledge withDefinitions(Definitions other) {
            return new Knowledge(other, assumptions, sampling, knownNames, definedAt, negatives, oneNumbers, sizedLosses, layout);
        }
    }

    private final Knowledge knowledge;
    /** Whether the pair writes a derivative by a whole matrix ({@code \partial \mathbf{W}}), read entry by entry. */
    private final boolean byWholeMatrix;

    PairChecker(Knowledge knowledge) {
        this(knowledge, false);
    }

    PairChecker(Knowledge knowledge, boolean byWholeMatrix) {
        // K_ij = k(x_i, x_j) of a K the text says is symmetric: k read symmetric (SymmetricKernels)
        this.knowledge = knowledge.withDefinitions(SymmetricKernels.applied(knowledge.definitions(), knowledge.sampling()));
        this.byWholeMatrix = byWholeMatrix;
    }

    /**
     * The outcome and detail of checking {@code left = right} under {@code branches}; {@code renamed}
     * when the pair is undecided because its sides use different undefined names (a substitution the
     * author did not state, or a redefinition).
     */
    record Result(Outcome outcome, String detail, Optional<Verdict> verdict, Optional<Expr> expected,
                  boolean renamed, List<OneStepReadings.Held> held, Set<String> totals) {
        Result(Outcome outcome, String detail, Optional<Verdict> verdict, Optional<Expr> expected, boolean renamed) {
            this(outcome, detail, verdict, expected, renamed, List.of(), Set.of());
        }

        Result(Outcome outcome, String detail, Optional<Verdict> verdict, Optional<Expr> expected) {
            this(outcome, detail, verdict, expected, false);
        }

        /**
         * This result with the one-step derivatives of its pair ({@link OneStepReadings}) and the derivatives of earlier
         * terms it writes.
         */
        Result through(List<OneStepReadings.Held> oneStep, Set<String> written) {
            return new Result(outcome, detail, verdict, expected, renamed, List.copyOf(oneStep), Set.copyOf(written));
        }
    }

    Result check(Expr writtenLeft, Expr writtenRight, List<Assumption.Branch> branches, Expr writtenHead) {
        // 1[h > 0] of a ReLU's output h = max(0, a) is 1[a > 0], not 1/2 where h is 0
        Expr left = RampIndicators.read(writtenLeft, knowledge.definitions());
        Expr right = RampIndicators.read(writtenRight, knowledge.definitions());
        Expr head = RampIndicators.read(writtenHead, knowledge.definitions());
        List<Expr> sidesRead = Arrays.asList(left, right, head);
        Result r = checkAsDefined(left, right, branches, head, sidesRead);
        if (r.outcome() == Outcome.PROVEN || r.outcome() == Outcome.NUMERICALLY_EQUAL) {
            return asVariables(r, left, right, branches, head, sidesRead);
        }
        if (r.outcome() != Outcome.UNDECIDED) {
            return r;
        }
        // a = σ(z) beside a_k and z_k: each entry a_k = σ(z_k), where the document writes the names only so (ElementwiseNames)
        // z = Wx + b beside z_k, W_ij and x_j: each entry z_i = Σ_j W_ij x_j + b_i (AffineNames)
        Optional<Definitions> elementwise = ElementwiseNames.of(knowledge.definitions(), sidesRead)
                .or(() -> AffineNames.of(knowledge.definitions(), sidesRead, knowledge.oneNumbers()));
        if (elementwise.isEmpty()) {
            return r;
        }
        // h = σ(W_1 x + b_1) beside \partial L/\partial b_1 = (\hat y - y)\, w_2 \odot h \odot (1 - h): the gradient by the vector
        // b_1, the pair read component by component (VectorVariables), as a step by a vector the definitions use by its entries
        Optional<VectorVariables.Reading> byComponents = VectorVariables.of(left, right, head, elementwise.get());
        if (byComponents.isPresent() && byComponents.get().unreadable().isPresent()) {
            return r;
        }
        Expr a = byComponents.map(VectorVariables.Reading::left).orElse(left);
        Expr b = byComponents.map(VectorVariables.Reading::right).orElse(right);
        Expr h = byComponents.isPresent() ? byComponents.get().head() : head;
        Result again = new PairChecker(knowledge.withDefinitions(elementwise.get()), byWholeMatrix).check(a, b, branches, h);
        return again.outcome() == Outcome.UNDECIDED || again.outcome() == Outcome.SKIPPED ? r : again;
    }

    /**
     * {@code r}, a step that holds, unless it is false with the variables it differentiates by free where the document also
     * gives them a value ({@link VariableValues}): dQ/dμ after the stationary μ = … holds at that μ alone.
     */
    private Result asVariables(Result r, Expr left, Expr right, List<Assumption.Branch> branches, Expr head, List<Expr> sidesRead) {
        Set<String> valued = VariableValues.of(knowledge.definitions(), knowledge.definedAt(), left, right, head);
        if (valued.isEmpty()) {
            return r;
        }
        Definitions free = knowledge.definitions();
        for (String v : valued) {
            free = free.without(v);
        }
        Result asVariable = new PairChecker(knowledge.withDefinitions(free), byWholeMatrix).checkAsDefined(left, right, branches, head,
                sidesRead);
        if (asVariable.outcome() != Outcome.FALSE) {
            return r;
        }
        String names = String.join(", ", valued.stream().map(v -> Printer.unicode(new Sym(v))).toList());
        return new Result(Outcome.FALSE, "false with " + names + " free, the variable of the derivative; it holds only where "
                + names + " has the value the document gives it" + (asVariable.detail().isEmpty() ? "" : "; " + asVariable.detail()),
                asVariable.verdict(), asVariable.expected(), asVariable.renamed(), asVariable.held(), asVariable.totals());
    }

    private Result checkAsDefined(Expr left, Expr right, List<Assumption.Branch> branches, Expr head, List<Expr> sidesRead) {
        List<Derivative> across = acrossSteps(List.of(left, right));
        Optional<List<Expr>> throughSteps = RecurrenceJacobians.read(across, List.of(left, right), knowledge.definitions());
        if (throughSteps.isPresent()) {
            // ∂h_T/∂h_t, also inside a sum (the gradient through time Σ_t Σ_{k≤t} … ∂h_t/∂h_k …): the product of the steps between
            Result r = checkAsDefined(throughSteps.get().get(0), throughSteps.get().get(1), branches, head, sidesRead);
            if (r.outcome() != Outcome.UNDECIDED && r.outcome() != Outcome.SKIPPED) {
                String read = Printer.unicode(across.get(0)) + " read as the product of the one-step derivatives of the steps between";
                return new Result(r.outcome(), r.detail().isEmpty() ? read : read + "; " + r.detail(), r.verdict(), Optional.empty(),
                        r.renamed(), r.held(), r.totals());
            }
        }
        Optional<CallValueNames.Reading> named = CallValueNames.of(knowledge.definitions(), sidesRead);
        if (named.isPresent()) {
            // ∂L/∂z by z = f(x), f undefined: each call f(x) is z, a variable of its own
            List<Expr> sides = named.get().sides();
            return new PairChecker(knowledge.withDefinitions(named.get().definitions()), byWholeMatrix)
                    .check(sides.get(0), sides.get(1), branches, sides.get(2));
        }
        Optional<RecurrenceShift.Shift> shift = RecurrenceShift.of(knowledge.definitions(), sidesRead);
        Expr a = shift.map(t -> t.apply(left)).orElse(left);
        Expr b = shift.map(t -> t.apply(right)).orElse(right);
        // θ_{t+1} = θ_t − η g_t/√v_t read a step back: v_{t−1} is still the term computed from g_{t−1}
        PairChecker stepped = shift.filter(t -> !t.currentSteps().isEmpty()).map(t -> new PairChecker(knowledge.withDefinitions(
                knowledge.definitions().withCurrentSteps(t.currentSteps())), byWholeMatrix)).orElse(this);
        Result r = stepped.checkShifted(a, b, branches, shift.map(t -> t.apply(head)).orElse(head));
        if (r.outcome() == Outcome.FALSE && shift.isPresent()) {
            r = alongDirectPath(r, shift.get(), a, b, branches, shift.get().apply(head));
        }
        if (r.outcome() == Outcome.FALSE && !across.isEmpty()) {
            r = new Result(Outcome.UNDECIDED, "not decided: " + Printer.unicode(across.get(0)) + " goes back through the steps "
                    + "of the recurrence between two index letters, which is not read; taken as two unrelated entries it would be 0 or 1",
                    Optional.empty(), Optional.empty());
        }
        Definitions steps = stepped.knowledge.definitions();
        Set<String> written = OneStepReadings.written(List.of(a, b), steps);
        return r.through(written.isEmpty() ? OneStepReadings.of(List.of(a, b), steps) : List.of(), written);
    }

    /**
     * {@code r}, false as the total derivative through the steps a recurrence computes, unless it holds along the direct path
     * ({@link RecurrenceShift#directPath}): {@code \frac{\partial c_t}{\partial c_{t-2}} = f_t f_{t-1}} of an LSTM, the
     * product of the one-step derivatives the document checks as true, leaves out the path through h_{t−1}. Which derivative
     * the author means the notation does not say, so such a step is undecided, with both readings named.
     */
    private Result alongDirectPath(Result r, RecurrenceShift.Shift shift, Expr a, Expr b, List<Assumption.Branch> branches, Expr head) {
        Optional<RecurrenceShift.Shift> path = RecurrenceShift.directPath(knowledge.definitions(), shift, List.of(a, b));
        if (path.isEmpty()) {
            return r;
        }
        Result direct = new PairChecker(knowledge.withDefinitions(knowledge.definitions().withCurrentSteps(path.get().currentSteps())),
                byWholeMatrix).checkShifted(a, b, branches, head);
        if (direct.outcome() != Outcome.PROVEN && direct.outcome() != Outcome.NUMERICALLY_EQUAL) {
            return r;
        }
        String held = String.join(", ", RecurrenceShift.heldOnPath(knowledge.definitions(), shift, path.get()).stream().map(n -> Printer.unicode(new Sym(n))).toList());
        String along = String.join(", ", path.get().currentSteps().keySet().stream().map(n -> Printer.unicode(new Sym(n))).toList());
        return new Result(Outcome.UNDECIDED, "not decided: false as the total derivative, which also goes through the earlier "
                + held + ", but true along the direct path through " + along + " alone, with " + held + " held fixed at each step "
                + "(the product of the one-step derivatives); say in the text which one is meant", Optional.empty(), Optional.empty());
    }

    /**
     * The derivatives the sides take of a recurrence's term by its own term at another step written with another letter
     * ({@code \\frac{\\partial h_T}{\\partial h_t}} of {@code h_t = \\tanh(w h_{t-1} + u x_t)}): through how many steps the letters
     * lie apart is not a shift ({@link RecurrenceShift} reads a constant one), and taken as two unrelated entries such a
     * derivative is 0 or 1. Where the recurrence is scalar and one step deep it is the product of the one-step derivatives
     * between ({@link RecurrenceJacobians}); elsewhere a step false with it is undecided, saying so.
     */
    private List<Derivative> acrossSteps(List<Expr> sides) {
        Definitions definitions = knowledge.definitions();
        List<Derivative> across = new ArrayList<>();
        for (Expr side : sides) {
            Exprs.any(side, e -> {
                if (e instanceof Derivative d && d.of() instanceof Indexed of && d.wrt() instanceof Indexed wrt
                        && of.name().equals(wrt.name()) && definitions.isRecurrence(of.name())
                        && !Indices.free(of).equals(Indices.free(wrt)) && !across.contains(d)) {
                    across.add(d);
                }
                return false;
            });
        }
        return across;
    }

    /** {@link #check} of a pair a forward recurrence ({@code h_{t+1}} from h_t) has been shifted back for. */
    private Result checkShifted(Expr a, Expr b, List<Assumption.Branch> branches, Expr head) {
        // dE/dt along a motion written with dots: the chain rule through θ and θ̇
        a = TrajectoryDerivatives.along(a, knowledge.definitions());
        b = TrajectoryDerivatives.along(b, knowledge.definitions());
        Expr h = head == null ? null : TrajectoryDerivatives.along(head, knowledge.definitions());
        // ∂D/∂s_j by a new parameter s_j = log σ_j² of a D written in σ_j: through the old one
        a = ReparametrisedDerivatives.through(a, knowledge.definitions());
        b = ReparametrisedDerivatives.through(b, knowledge.definitions());
        h = h == null ? null : ReparametrisedDerivatives.through(h, knowledge.definitions());
        // ∂h_t/∂a_t by a_t = W h_{t-1} + U x_t, the part h_t = tanh(W h_{t-1} + U x_t) writes out: by the named part
        a = NamedSubterms.through(a, knowledge.definitions());
        b = NamedSubterms.through(b, knowledge.definitions());
        h = h == null ? null : NamedSubterms.through(h, knowledge.definitions());
        Optional<List<Expr>> total = EarlierTermDerivatives.apply(a, b, knowledge.definitions());
        // the pair as written: an earlier term's derivative D names nothing one side has and the other lacks
        Expr writtenLeft = a;
        Expr writtenRight = b;
        if (total.isPresent()) {
            a = total.get().get(0);
            b = total.get().get(1);
        }
        Expr stated = a;
        Expr statedRight = b;
        Sampling sampling = knowledge.sampling();
        List<Rule> rules = new ArrayList<>(knowledge.assumptions());
        Set<String> extra = new TreeSet<>(Indices.free(a));
        extra.removeAll(Indices.free(b));
        Set<String> extraRight = new TreeSet<>(Indices.free(b));
        extraRight.removeAll(Indices.free(a));
        // \sum_i a_i - b_i with i free nowhere else: the author summed both terms
        a = SumExtent.widen(a, extra);
        b = SumExtent.widen(b, extraRight);
        for (Assumption.Branch br : branches) {
            if (br.equal()) {
                // a branch holds for the definitions' fixed labels too (L = -o_y + … when k = y)
                a = Indices.rename(knowledge.definitions().expand(a), br.j(), br.i());
                b = Indices.rename(knowledge.definitions().expand(b), br.j(), br.i());
                h = h == null ? null : Indices.rename(knowledge.definitions().expand(h), br.j(), br.i());
            } else {
                // i ≠ j speaks of the free indices i and j: a Σ over either letter (the author's own, or
                // one a definition brings in) is renamed first, so that δ_ij → 0 never reaches a bound i
                Set<String> pair = Set.of(br.i(), br.j());
                Expr ea = Indices.boundAvoiding(knowledge.definitions().expand(a), pair);
                Expr eb = Indices.boundAvoiding(knowledge.definitions().expand(b), pair);
                Expr eh = h == null ? null : Indices.boundAvoiding(knowledge.definitions().expand(h), pair);
                Set<String> free = new TreeSet<>(Indices.free(ea));
                free.addAll(Indices.free(eb));
                if (eh != null) {
                    free.addAll(Indices.free(eh)); // the chain's head: ∂L/∂o_k with L's label y, when k ≠ y
                }
                free.addAll(sampling.hotLetters()); // j ≠ c of a label one-hot at the true class c (y_j = δ_jc)
                if (!free.containsAll(pair)) {
                    continue; // the condition is about indices this equation does not have
                }
                a = ea;
                b = eb;
                h = eh;
                sampling = sampling.with(new Sampling.Distinct(br.i(), br.j()));
                rules.addAll(distinctRules(br.i(), br.j()));
            }
        }
        for (Sampling.Constraint c : sampling.constraints()) {
            if (c instanceof Sampling.Equal e && SpecialCases.byItsValue(e, a, b)) {
                // if x_i = x for all i, ∂L/∂x is L's derivative with each x_i written x
                a = SpecialCases.substituted(knowledge.definitions().expand(a), e);
                b = SpecialCases.substituted(knowledge.definitions().expand(b), e);
                h = h == null ? null : SpecialCases.substituted(knowledge.definitions().expand(h), e);
            }
        }
        Optional<String> dependence = missingDependence(stated).or(() -> missingDependence(statedRight))
                .or(() -> CountDerivatives.find(stated, knowledge.definitions())).or(() -> CountDerivatives.find(statedRight, knowledge.definitions()));
        if (dependence.isPresent()) {
            return new Result(Outcome.UNDECIDED, dependence.get(), Optional.empty(), Optional.empty());
        }
        Verdict v;
        try {
            v = new Checker(knowledge.definitions(), rules, sampling).check(a, b);
            Optional<Verdict> apart = SizesApart.falseApart(v, a, b, knowledge.definitions(), rules, sampling);
            if (apart.isPresent()) {
                return new Result(Outcome.FALSE, SizesApart.words(sampling), apart, Optional.empty());
            }
        } catch (SymgradException e) {
            return new Result(Outcome.UNDECIDED, "could not be checked: " + e.getMessage(), Optional.empty(),
                    Optional.empty());
        }
        Result out = switch (v.kind()) {
            // a proof under conditions is told by the report, with the conditions and a point beyond them
            case PROVEN -> new Result(Outcome.PROVEN, v.unconditional() ? v.provenWords() : "", Optional.of(v), Optional.empty());
            // equal where the quantities are positive (PositiveQuantities): the report tells where, and a point beyond
            case NUMERICALLY_EQUAL -> new Result(Outcome.NUMERICALLY_EQUAL,
                    v.assumed().isEmpty() ? "equal at every sampled point; not proven symbolically" : "", Optional.of(v), Optional.empty());
            case UNDECIDED -> new Result(Outcome.UNDECIDED, v.undecidedWords(),
                    Optional.of(v), Optional.empty());
            case FALSE -> {
                Optional<Result> others = otherRows(a, b, rules, sampling);
                if (others.isPresent()) {
                    yield others.get();
                }
                Optional<String> unknown = total.isEmpty() ? unknownNames(a, b)
                        : unknownNames(writtenLeft, writtenRight).or(() -> nonlinear(writtenLeft, writtenRight));
                if (unknown.isEmpty()) {
                    unknown = statedDerivative(a, b);
                }
                if (unknown.isEmpty()) {
                    unknown = subscriptedByVariable(a, b);
                }
                if (unknown.isEmpty()) {
                    unknown = OtherShapeUses.in(stated, knowledge.definitions(), knowledge.definedAt())
                            .or(() -> OtherShapeUses.in(statedRight, knowledge.definitions(), knowledge.definedAt()));
                }
                if (unknown.isEmpty()) {
                    // x_j in the left side's J = … − y w^⊤x, x whole in the right side's λw − yx: two quantities, not one
                    unknown = VectorOrNumberNames.in(stated, statedRight, differentiated(a), differentiated(b), knowledge.definitions(),
                            knowledge.definedAt(), sampling);
                }
                if (unknown.isPresent()) {
                    yield new Result(Outcome.UNDECIDED, unknown.get(), Optional.of(v), Optional.empty(), true);
                }
                // the head's derivative is the one-step (local) one: no total derivative through the earlier term
                // … nor by a recurrence's later term (∂L/∂h_1), which the deriver takes as a name of its own: "expected 0",
                // nor through the steps a recurrence computes after an earlier one (∂h_t/∂h_{t−2}, which the deriver holds fixed)
                Optional<Expr> expected = h == null || total.isPresent() || missingDependence(head).isPresent()
                        || knowledge.definitions().movesCurrentSteps()
                        || h instanceof Derivative byTerm && knowledge.definitions().isLaterEntry(byTerm.wrt()) ? Optional.empty()
                        : expected(h, rules, sampling);
                String hint = sumToOne(a, b, rules, sampling);
                if (hint.isEmpty()) {
                    hint = unsummed(a, b, rules, sampling);
                }
                if (hint.isEmpty()) {
                    hint = transposedLayout(a, b, rules, sampling);
                }
                if (hint.isEmpty()) {
                    hint = symmetric(a, b, rules, sampling);
                }
                if (total.isPresent()) {
                    hint = EarlierTermDerivatives.legend(writtenLeft, writtenRight, knowledge.definitions()) + hint;
                }
                yield new Result(Outcome.FALSE, hint, Optional.of(v), expected);
            }
        };
        return inStatedLayout(out, a, b, rules, sampling);
    }

    /**
     * {@code r} read in the layout the text states ({@link StatedLayout}), where it differs from this check's: a Jacobian
     * ({@code ∂y_i/∂x_j}, entry (i, j) in the numerator layout) proven, or false, where the text writes the denominator layout and
     * the step with the entry's indices swapped is not, or is, right; a derivative by a matrix false in the matrix's shape but right
     * in its transpose's, where the text writes the numerator layout. Undecided then, saying why; else {@code r}.
     */
    private Result inStatedLayout(Result r, Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        StatedLayout.Layout layout = knowledge.layout();
        if (layout == StatedLayout.Layout.NONE || r.outcome() != Outcome.FALSE && r.outcome() != Outcome.PROVEN
                && r.outcome() != Outcome.NUMERICALLY_EQUAL) {
            return r;
        }
        boolean fails = r.outcome() == Outcome.FALSE;
        if (layout == StatedLayout.Layout.NUMERATOR) {
            return fails && byWholeMatrix && r.detail().contains("(numerator layout)")
                    ? new Result(Outcome.UNDECIDED, "it holds with the entries transposed, in the numerator layout the text states; this "
                    + "check reads a derivative by a matrix in the matrix's own shape", Optional.empty(), Optional.empty())
                    : r;
        }
        Optional<List<String>> left = jacobianEntry(a);
        Optional<List<String>> right = jacobianEntry(b);
        if (left.isPresent() == right.isPresent()) {
            return r;
        }
        List<String> ij = left.orElseGet(right::get);
        Map<String, String> swap = Map.of(ij.get(0), ij.get(1), ij.get(1), ij.get(0));
        Expr other = Indices.renameAll(left.isPresent() ? b : a, swap);
        boolean swapped = holds(left.isPresent() ? a : other, left.isPresent() ? other : b, rules, sampling);
        if (fails && swapped) {
            return new Result(Outcome.UNDECIDED, "it holds in the denominator layout the text states (entry (" + ij.get(0) + ", "
                    + ij.get(1) + ") the derivative of the " + ij.get(1) + "-th entry by the " + ij.get(0) + "-th); this check reads a "
                    + "Jacobian in the numerator layout",
                    Optional.empty(), Optional.empty());
        }
        if (!fails && !swapped) {
            return new Result(Outcome.UNDECIDED, "it holds in the numerator layout (entry (" + ij.get(0) + ", " + ij.get(1)
                    + ") the derivative of the " + ij.get(0) + "-th entry), but the text states the denominator layout, in which it "
                    + "does not", Optional.empty(), Optional.empty());
        }
        return r;
    }

    /** The two indices of a Jacobian's entry a side is ({@code ∂y_i/∂x_j}, of a vector by a vector); else empty. */
    private static Optional<List<String>> jacobianEntry(Expr side) {
        return side instanceof Derivative d && d.of() instanceof Indexed y && d.wrt() instanceof Indexed x && y.indices().size() == 1
                && x.indices().size() == 1 && !y.indices().get(0).equals(x.indices().get(0))
                ? Optional.of(List.of(y.indices().get(0), x.indices().get(0))) : Optional.empty();
    }

    /**
     * {@link SumToOneHint}'s words where the false step {@code a = b} holds once the sum of one of
     * its undefined vectors is 1 (sampled on the simplex, with the identity), else nothing.
     */
    private String sumToOne(Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        return holdsOnceAssumed(SumToOneHint.candidates(List.of(a, b), knowledge.definitions()), "simplex", SumToOneHint::words,
                a, b, rules, sampling);
    }

    /**
     * {@link SymmetryHint}'s words where the false step {@code a = b} holds once one of its undefined matrices is symmetric
     * (sampled so, with its identity), else nothing.
     */
    private String symmetric(Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        // a matrix the text states antisymmetric is not one it may have meant symmetric
        List<String> candidates = SymmetryHint.candidates(List.of(a, b), knowledge.definitions()).stream()
                .filter(m -> !sampling.constraints().contains(new Sampling.Antisymmetric(m))).toList();
        return holdsOnceAssumed(candidates, "symmetric", SymmetryHint::words, a, b, rules, sampling);
    }

    /**
     * The words {@code words} gives the first of {@code names} under whose assumption {@code "NAME property"} (its rules,
     * and its points sampled so) the false step {@code a = b} holds; "" where none does.
     */
    private String holdsOnceAssumed(List<String> names, String property, Function<String, String> words,
                                    Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        for (String name : names) {
            Assumption assumed = Assumption.parse(name + " " + property);
            List<Rule> with = new ArrayList<>(rules);
            with.addAll(assumed.rules());
            Sampling on = assumed.constraint().map(sampling::with).orElse(sampling);
            if (holds(a, b, with, on)) {
                return words.apply(name);
            }
        }
        return "";
    }

    /** The identities of two indices that differ: {@code δ_ij = δ_ji = 0}. */
    private static List<Rule> distinctRules(String i, String j) {
        return List.of(Rule.identity(Rules.ASSUMPTION, new Delta(i, j), Set.of(), Exprs.ZERO),
                Rule.identity(Rules.ASSUMPTION, new Delta(j, i), Set.of(), Exprs.ZERO));
    }

    /**
     * {@code a = b}, false as written, proven or equal at every point with the sums beside a label's row over the other rows
     * ({@link OtherRowSums}: word2vec's negatives are other words than the context word o), if it is.
     */
    private Optional<Result> otherRows(Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        Optional<OtherRowSums.Reading> rows = knowledge.negatives() ? OtherRowSums.of(a, b, knowledge.definitions()) : Optional.empty();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Rule> apart = new ArrayList<>(rules);
        Sampling on = sampling;
        for (Sampling.Distinct d : rows.get().apart()) {
            on = on.with(d);
            apart.addAll(distinctRules(d.i(), d.j()));
        }
        try {
            Verdict v = new Checker(knowledge.definitions(), apart, on).check(rows.get().left(), rows.get().right());
            String said = rows.get().said() + (rows.get().apart().isEmpty() ? ""
                    : "; " + rows.get().apart().stream().map(Sampling::describe).collect(java.util.stream.Collectors.joining(", ")));
            return switch (v.kind()) {
                case PROVEN -> Optional.of(new Result(Outcome.PROVEN, "proven with " + said, Optional.of(v), Optional.empty()));
                case NUMERICALLY_EQUAL -> Optional.of(new Result(Outcome.NUMERICALLY_EQUAL, "equal at every sampled point with " + said,
                        Optional.of(v), Optional.empty()));
                default -> Optional.empty();
            };
        } catch (SymgradException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code a = b} is proven or equal at every sampled point under {@code rules} and {@code sampling}; false where it cannot be checked. */
    private boolean holds(Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        try {
            Verdict.Kind kind = new Checker(knowledge.definitions(), rules, sampling).check(a, b).kind();
            return kind == Verdict.Kind.PROVEN || kind == Verdict.Kind.NUMERICALLY_EQUAL;
        } catch (SymgradException e) {
            return false; // the step cannot be checked this way either: no words
        }
    }

    /**
     * Where the false step {@code a = b}, written by a whole matrix, is a derivative by a matrix entry on one side
     * ({@code ∂L/∂W_ij}, as {@code \frac{\partial L}{\partial \mathbf{W}}} reads in W's own shape) and holds with the other side's
     * two entry indices swapped: the author wrote the derivative in the other layout (the numerator layout,
     * {@code \mathbf{x}(\mathbf{z} - \mathbf{y})^T} for z = Wx), which some books use. The step stays false, as
     * the document's W has the other shape; words that say so, else empty.
     */
    private String transposedLayout(Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        if (!byWholeMatrix) {
            return ""; // ∂E/∂W_{ij} written with its indices: a swap is the author's mistake, nothing to add
        }
        Optional<List<String>> left = matrixEntry(a);
        Optional<List<String>> right = matrixEntry(b);
        if (left.isPresent() == right.isPresent()) {
            return "";
        }
        List<String> ij = left.orElseGet(right::get);
        Set<String> free = new TreeSet<>(Indices.free(a));
        free.retainAll(Indices.free(b));
        if (!free.containsAll(ij)) {
            return "";
        }
        Map<String, String> swap = Map.of(ij.get(0), ij.get(1), ij.get(1), ij.get(0));
        Expr other = Indices.renameAll(left.isPresent() ? b : a, swap);
        if (!holds(left.isPresent() ? a : other, left.isPresent() ? other : b, rules, sampling)) {
            return "";
        }
        return "it holds with the entries transposed, the layout of the matrix's transpose (numerator layout); in the "
                + "matrix's own shape, which this check reads (entry (" + ij.get(0) + ", " + ij.get(1) + ")), "
                + "as written, ";
    }

    /** The two indices of the matrix entry a side is the derivative by, as a whole ({@code ∂L/∂W_ij}); else empty. */
    private static Optional<List<String>> matrixEntry(Expr side) {
        return side instanceof Derivative d && d.wrt() instanceof Indexed w && w.indices().size() == 2
                && !w.indices().get(0).equals(w.indices().get(1)) ? Optional.of(w.indices()) : Optional.empty();
    }

    /**
     * Where one side of the false step {@code a = b} has free indices the other lacks and the step holds
     * once that side is summed over them (the chain rule written {@code ∂J/∂w_d = ∂J/∂p_n ∂p_n/∂z_n ∂z_n/∂w_d}
     * without its {@code Σ_n}), words that say so; else nothing. The step stays false as written.
     */
    private String unsummed(Expr a, Expr b, List<Rule> rules, Sampling sampling) {
        Set<String> onLeft = new TreeSet<>(Indices.free(a));
        Set<String> onRight = new TreeSet<>(Indices.free(b));
        Set<String> extraLeft = new TreeSet<>(onLeft);
        extraLeft.removeAll(onRight);
        onRight.removeAll(onLeft);
        if (extraLeft.isEmpty() == onRight.isEmpty()) {
            return ""; // the same free indices, or each side with its own: no sum would make them agree
        }
        boolean right = extraLeft.isEmpty();
        Set<String> stray = right ? onRight : extraLeft;
        Expr summed = right ? b : a;
        for (String index : stray) {
            summed = Exprs.sum(index, summed);
        }
        if (!holds(right ? a : summed, right ? summed : b, rules, sampling)) {
            return "";
        }
        String letters = String.join(", ", stray);
        return "it holds once the " + (right ? "right" : "left") + " side is summed over " + letters + " (" + letters
                + (stray.size() == 1 ? " is a free index" : " are free indices") + " of that side only: write the sum); as written, ";
    }

    /** The words of {@link #missingDependence(Expr)} for a name the document does not define. */
    private static final String NOT_DEFINED = " is not defined in the document, so ∂";
    /** The words of {@link #missingDependence(Expr)} for a name that, as the document defines it, does not depend on the variable. */
    private static final String NO_DEPENDENCE = " as the document defines it, so its derivative is 0";

    /** Whether {@code detail} is an undecided step's reason that a name it differentiates does not depend on the variable. */
    static boolean missingDependence(String detail) {
        return detail.contains(NOT_DEFINED) || detail.contains(NO_DEPENDENCE);
    }

    /**
     * Why a derivative in {@code e} cannot be checked as written: it differentiates something that,
     * as the document defines it, does not depend on the variable at all ({@code ∂E/∂z} with E a
     * function of x only, {@code ∂L/∂W} with L not defined). Such a step is "0 = 0" for symgrad,
     * while the author relies on a dependence the document does not state.
     */
    private Optional<String> missingDependence(Expr e) {
        if (e instanceof Derivative d && d.wrt() instanceof Indexed w) {
            // s_j = q \cdot k_j beside ∂s_j/∂q_a: the definitions write q as one number, the step as a vector
            Expr body = knowledge.definitions().expand(d.of());
            if (asOneNumber(body, w.name()) && !Exprs.any(body, x -> x instanceof Indexed v && v.name().equals(w.name()))) {
                return Optional.of(show(d.of()) + " is written with " + w.name() + " as one number, without an index, but the step "
                        + "differentiates by its component " + show(w) + ": if " + w.name() + " is a vector there, write its "
                        + "product by components or with a transpose (" + w.name() + "^\\top x)");
            }
        }
        if (e instanceof Derivative d) {
            // L known through G = ∂L/∂Y, read G·Y with Y whole where the document defines Y by its entries, or Σ_i g_i y_i
            // to n where the document's sums run to sizes of their own
            Optional<String> whole = WholeEntryNames.in(d, knowledge.definitions())
                    .or(() -> UpstreamSums.in(d, knowledge.definitions(), knowledge.sampling(), knowledge.definedAt(),
                            knowledge.sizedLosses()));
            if (whole.isPresent()) {
                return whole;
            }
        }
        if (e instanceof Derivative d && !dependsOn(d.of(), d.wrt().name()) && mentionsAName(d.of())
                && !lawParameters(d.of())) {
            Expr of = d.of();
            String wrt = show(d.wrt());
            String name = switch (of) {
                case Sym s -> s.name();
                case Indexed x -> x.name();
                default -> null;
            };
            if (name != null && knowledge.definitions().defining(of).isEmpty()) {
                return Optional.of(show(of) + NOT_DEFINED + show(of) + "/∂" + wrt + " cannot be checked; add its definition");
            }
            Integer line = name == null ? null : knowledge.definedAt().get(name);
            return Optional.of((name == null ? show(of) : show(of) + (line == null ? "" : " (defined at line " + line + ")"))
                    + " does not depend on " + wrt + NO_DEPENDENCE + "; is a definition missing?");
        }
        for (Expr c : Exprs.children(e)) {
            Optional<String> inner = missingDependence(c);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code e} writes the name {@code name} plain in a value ({@code q \cdot k_j}), not only as the argument of a
     * function the document leaves abstract ({@code l(\mathbf{o}, y)} of a vector o).
     */
    private static boolean asOneNumber(Expr e, String name) {
        return switch (e) {
            case Sym s -> s.name().equals(name);
            case Fn f when !FunctionRegistry.isKnown(f.name()) -> false;
            default -> Exprs.children(e).stream().anyMatch(c -> asOneNumber(c, name));
        };
    }

    /** Whether {@code e}, through the definitions it uses, involves the variable named {@code wrt}. */
    private boolean dependsOn(Expr e, String wrt) {
        String name = switch (e) {
            case Sym s -> s.name();
            case Indexed x -> x.name();
            default -> null;
        };
        if (name != null) {
            // an inverse's entry or a determinant depends on what its matrix's definition does (K = K_f + σ²I)
            String matrix = MatrixFunctionNames.matrixOf(name).orElse(name);
            return name.equals(wrt) || matrix.equals(wrt)
                    || knowledge.definitions().defining(e).isPresent() && knowledge.definitions().reaches(name, wrt)
                    || !matrix.equals(name) && knowledge.definitions().of(matrix).isPresent()
                    && knowledge.definitions().reaches(matrix, wrt);
        }
        return Exprs.children(e).stream().anyMatch(c -> dependsOn(c, wrt));
    }

    /**
     * Whether every name {@code e} mentions is a scalar parameter of the document's laws: never defined itself, and a leaf of
     * some definition ({@code Γ} of {@code v(r) = Γ/(2πr)}). Such an expression is a constant, whatever the author
     * differentiates it by: {@code d/dr (Γ/2π) = 0} is proven, not a dependence the document forgot to state. A name alone
     * ({@code ∂γ/∂T}) is the author's claim that it varies, defined where the document says so or not at all; an entry, a
     * function, or a matrix's inverse or determinant (whose matrix may be one the document failed to define) is no such
     * parameter.
     */
    private boolean lawParameters(Expr e) {
        if (e instanceof Sym || Exprs.any(e, x -> x instanceof Indexed || x instanceof Fn f && !FunctionRegistry.isKnown(f.name())
                || x instanceof Sym s && MatrixFunctionNames.isComputed(s.name()))) {
            return false;
        }
        Set<String> used = names(e);
        return !used.isEmpty() && used.stream().allMatch(name -> knowledge.definitions().of(name).isEmpty()
                && knowledge.definitions().all().stream().anyMatch(def -> names(def.body()).contains(name)));
    }

    private static boolean mentionsAName(Expr e) {
        return switch (e) {
            case Sym s -> !s.name().equals("n");
            case Indexed x -> true;
            case Fn f when !FunctionRegistry.isKnown(f.name()) -> true;
            default -> Exprs.children(e).stream().anyMatch(PairChecker::mentionsAName);
        };
    }

    /** Why a false pair with an earlier term's derivative D is not known to be false: D does not enter it linearly. */
    private Optional<String> nonlinear(Expr left, Expr right) {
        return EarlierTermDerivatives.linear(left, right, knowledge.definitions()) ? Optional.empty()
                : Optional.of("not decided: the derivative of the earlier term does not enter the step linearly");
    }

    /**
     * Why a false pair is not known to be false: its sides use undefined names or functions the
     * other side does not (the author substituted something symgrad was not told).
     */
    private Optional<String> unknownNames(Expr a, Expr b) {
        // the variables the pair differentiates by stay as written on both sides: ∂FL/∂p beside a right
        // side in p, where p = σ(x), names p on both, not p on one and x on the other
        Set<String> wrt = new TreeSet<>();
        collectWrt(a, wrt);
        collectWrt(b, wrt);
        Set<String> left = throughInverted(names(knowledge.definitions().expandKeeping(a, wrt)), wrt);
        Set<String> right = throughInverted(names(knowledge.definitions().expandKeeping(b, wrt)), wrt);
        // a side in z (∂J/∂z_k x_j, z = Wx) uses W and x as much as a side in W does: where the names the kept variables are
        // defined by make the sides use the same names, no name stands for another
        Set<String> leftThrough = withKeptDefinitions(left, wrt);
        Set<String> rightThrough = withKeptDefinitions(right, wrt);
        if (leftThrough.equals(rightThrough)) {
            left = leftThrough;
            right = rightThrough;
        }
        Set<String> onlyLeft = new TreeSet<>(left);
        onlyLeft.removeAll(right);
        Set<String> onlyRight = new TreeSet<>(right);
        onlyRight.removeAll(left);
        // a name the derivatives remove from both sides (\log y_i! in ∂/∂θ) is no name the step depends on
        Set<String> remaining = names(differentiated(a));
        remaining.addAll(names(differentiated(b)));
        onlyLeft.retainAll(remaining);
        onlyRight.retainAll(remaining);
        if (onlyLeft.stream().anyMatch(n -> n.startsWith("()")) || onlyRight.stream().anyMatch(n -> n.startsWith("()"))) {
            // nor is a function nothing defines that cancels from its side: A(τ) of P = A(τ) e^{−B r} in (1/P) ∂²P/∂r² = B²
            Set<String> kept = names(simplified(differentiated(a)));
            kept.addAll(names(simplified(differentiated(b))));
            onlyLeft.removeIf(n -> n.startsWith("()") && !kept.contains(n));
            onlyRight.removeIf(n -> n.startsWith("()") && !kept.contains(n));
        }
        Set<String> functions = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (Set<String> only : List.of(onlyLeft, onlyRight)) {
            for (String n : only) {
                if (n.startsWith("()")) {
                    functions.add(n.substring(2));
                } else if (!knowledge.knownNames().contains(n)) {
                    unknown.add(n);
                }
            }
        }
        if (!functions.isEmpty()) {
            return Optional.of("not decided: it depends on " + String.join(", ", functions)
                    + (functions.size() == 1 ? ", a function" : ", functions") + " the document does not define");
        }
        if (!onlyLeft.isEmpty() && !onlyRight.isEmpty()) {
            return Optional.of("not decided: the left side uses " + String.join(", ", onlyLeft)
                    + " and the right side " + String.join(", ", onlyRight)
                    + " instead; if one stands for the other, define it");
        }
        if (!unknown.isEmpty()) {
            return Optional.of("not decided: " + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " appears on one side only and is not defined" : " appear on one side only and are not defined")
                    + " in the document");
        }
        return Optional.empty();
    }

    /**
     * Why a false pair that states what the derivative of an undefined function is ({@code g'(z) = g(z)(1 - g(z))},
     * {@code \frac{d}{dz} g(z) = …}, the other side without any derivative of g or any derivative still to take) is not known to be false: it is a
     * claim about which function g is, true for some and false for others, and the document does not say (it may
     * define g in prose). A derivative taken of something else, {@code \frac{d}{dx} f(x)^2 = 2 f(x)}, or of g on both
     * sides (a chain rule misapplied), stays false whatever g is.
     */
    private static Optional<String> statedDerivative(Expr a, Expr b) {
        for (Expr[] pair : new Expr[][] {{a, b}, {b, a}}) {
            Optional<String> f = derivativeOfUndefined(pair[0]);
            if (f.isPresent() && !mentionsDerivativeOf(pair[1], f.get())) {
                return Optional.of("not decided: it says what the derivative of " + f.get() + " is, and " + f.get()
                        + " is a function the document does not define");
            }
        }
        return Optional.empty();
    }

    /**
     * Why a false pair that differentiates an undefined function subscripted by the variable ({@code h_\theta(x^{(i)})}
     * in {@code \partial J / \partial \theta_j}, {@code \pi_\theta(a \mid s)}, {@code f_w(x)}) is not known to be false:
     * the subscript says the function depends on the variable, and how the document does not say, so reading it as
     * constant in the variable would judge the step by a derivative the author did not mean.
     */
    private Optional<String> subscriptedByVariable(Expr a, Expr b) {
        Set<String> wrt = new TreeSet<>();
        collectWrt(a, wrt);
        collectWrt(b, wrt);
        Set<String> functions = new TreeSet<>();
        for (Expr side : List.of(a, b)) {
            for (String n : names(knowledge.definitions().expand(side))) {
                if (n.startsWith("()")) {
                    functions.add(n.substring(2));
                }
            }
        }
        for (String f : functions) {
            for (String w : wrt) {
                if (f.length() > w.length() && f.endsWith(w)) {
                    String written = f.substring(0, f.length() - w.length()) + "_" + show(new Sym(w));
                    return Optional.of("not decided: " + written + " depends on " + show(new Sym(w)) + " through its subscript, and the "
                            + "document does not define it; define it to check the step");
                }
            }
        }
        return Optional.empty();
    }

    /** The undefined function whose derivative {@code side} is as a whole: {@code g'(z)}, {@code d g(z)/dz}. */
    private static Optional<String> derivativeOfUndefined(Expr side) {
        return switch (side) {
            case Fn f when f.name().endsWith("'") && !FunctionRegistry.isKnown(f.name().replace("'", "")) ->
                    Optional.of(f.name().replace("'", ""));
            case Derivative d when d.of() instanceof Fn f && !FunctionRegistry.isKnown(f.name().replace("'", "")) ->
                    Optional.of(f.name().replace("'", ""));
            default -> Optional.empty();
        };
    }

    /** Whether {@code e} holds a derivative: of the function {@code f} (a primed call), or any to be taken. */
    private static boolean mentionsDerivativeOf(Expr e, String f) {
        return switch (e) {
            case Fn g when g.name().endsWith("'") && g.name().replace("'", "").equals(f) -> true;
            case Derivative d -> true;
            default -> Exprs.children(e).stream().anyMatch(c -> mentionsDerivativeOf(c, f));
        };
    }

    /**
     * {@code e} with its derivatives taken, so that a name a derivative removes (the data term
     * {@code \\log y_i!} of a likelihood, constant in the parameters) is not counted as used; the
     * definitions expanded before and after; {@code e} expanded where they cannot be taken.
     */
    private Expr differentiated(Expr e) {
        Expr expanded = knowledge.definitions().expand(e);
        try {
            // expanded again: ∂f/∂x_1 is 2 x_1, whose x_1 the document defines
            return knowledge.definitions().expand(new Differentiator().evaluateDerivatives(expanded));
        } catch (SymgradException | IllegalArgumentException notTaken) {
            // as expected() does: a derivative the differentiator cannot take leaves the names as written
            return expanded;
        }
    }

    /** {@code e} simplified within a short budget, or as it is where it cannot be: names that cancel leave it. */
    private static Expr simplified(Expr e) {
        try {
            return Simplifier.with(List.of(), List.of()).simplify(e, Budget.ofMillis(1_000));
        } catch (SymgradException | IllegalArgumentException notSimplified) {
            return e;
        }
    }

    /** The names of the variables {@code e}'s derivatives differentiate by. */
    private static void collectWrt(Expr e, Set<String> out) {
        if (e instanceof Derivative d) {
            out.add(d.wrt().name());
        }
        Exprs.children(e).forEach(c -> collectWrt(c, out));
    }

    /** {@code names} with the names (not the undefined functions) the document defines each kept variable among them by. */
    private Set<String> withKeptDefinitions(Set<String> names, Set<String> kept) {
        Set<String> out = new LinkedHashSet<>(names);
        for (Definition d : knowledge.definitions().all()) {
            if (kept.contains(d.name()) && names.contains(d.name())) {
                // an undefined function stays the side's own (φ of h^s = φ(h^a) is no name ∂φ(h^a)/∂h^a shares with σ(h^a))
                names(knowledge.definitions().expand(d.body())).stream().filter(n -> !n.startsWith("()")).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * {@code names} with each matrix an inverse or determinant names that the definitions define ({@code K = C + σ²I},
     * {@code (X^\top X)^{-1}}: {@link org.symgrad.parse.latex.CompoundMatrices}) replaced by the names its definition uses:
     * the inverse is computed from them, so a side with X⁻¹… and one with (XᵀX)⁻¹ both use X.
     */
    private Set<String> throughInverted(Set<String> names, Set<String> wrt) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            Optional<org.symgrad.derive.Definition> d = wrt.contains(n) ? Optional.empty() : knowledge.definitions().of(n);
            if (d.isPresent() && d.get().indices().size() == 2) {
                out.addAll(names(knowledge.definitions().expandKeeping(d.get().body(), wrt)));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    /** The names an expression uses: symbols, indexed names, and "()f" for an undefined function f. */
    private static Set<String> names(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collectNames(e, out);
        out.remove("n");
        return out;
    }

    private static void collectNames(Expr e, Set<String> out) {
        switch (e) {
            // π is a number, not a name; an inverse's entry or a determinant names its matrix
            case Sym s when !org.symgrad.functions.Constants.isConstant(s) -> out.add(MatrixFunctionNames.matrixOf(s.name()).orElse(s.name()));
            case Indexed x when !org.symgrad.expr.IndexValue.is(x) -> out.add(MatrixFunctionNames.matrixOf(x.name()).orElse(x.name())); // an index's value is no name
            case Fn f when !FunctionRegistry.isKnown(f.name()) -> out.add("()" + f.name().replace("'", ""));
            default -> {
            }
        }
        Exprs.children(e).forEach(c -> collectNames(c, out));
    }

    /** The correct value of the derivation's derivative {@code head}, simplified under the facts assumed, if it is one. */
    private Optional<Expr> expected(Expr head, List<Rule> rules, Sampling facts) {
        if (!(head instanceof Derivative d)) {
            return Optional.empty();
        }
        int order = 1;
        Expr of = d.of();
        while (of instanceof Derivative inner && inner.wrt().equals(d.wrt())) {
            order++;
            of = inner.of();
        }
        try {
            // a mixed derivative ∂²ℓ/∂w_j∂w_k: the deriver takes the inner one first, as in a script's Hessian
            return Optional.of(new Deriver(knowledge.definitions(), rules, facts).derivative(of, d.wrt(), order));
        } catch (SymgradException | IllegalArgumentException e) {
            // the textbook form needs what the deriver supports; else the plain simplified value
            try {
                Expr value = new Differentiator().evaluateDerivatives(knowledge.definitions().expand(head));
                return Optional.of(Simplifier.with(rules, List.of()).simplify(value, Budget.ofMillis(2_000)));
            } catch (SymgradException | IllegalArgumentException again) {
                return Optional.empty();
            }
        }
    }

    private static String show(Expr e) {
        return org.symgrad.print.Printer.unicode(e);
    }
}
