package org.symgrad.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.CompoundMatrices;
import org.symgrad.parse.latex.DocumentFunction;
import org.symgrad.parse.latex.IndexAsValue;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.OneNumberNames;
import org.symgrad.parse.latex.ReadingNote;
import org.symgrad.parse.latex.Target;
import org.symgrad.parse.latex.VectorEntries;
import org.symgrad.parse.latex.ZeroSides;
import org.symgrad.print.Printer;

/**
 * What decides a step of a document's equation: the verdict on a pair of adjacent sides, with what the document has
 * defined and assumed so far, its inline definitions where they decide the step, and the notes of how each side was read;
 * and the verdict on a display that solves a derivative for zero.
 */
final class StepJudge {
    private final String text;
    /** Whether the document names negative samples ({@link OtherRowSums#named}). */
    private final boolean negatives;
    /** The letters the document says are one number ({@link OneNumberNames}): no layer's added vector. */
    private final Set<String> oneNumbers;
    private final DocumentDefinitions defs;
    private final DocumentReading reading;
    private final DocumentAssumptions assume;
    private final VectorEntries vectors;
    private final StationaryPoints stationary;
    /** The equation being read (its head and last readable side), or null. */
    private final Supplier<EquationChain> chain;
    /** The prose before and after the display at an offset of the text. */
    private final java.util.function.IntFunction<String> proseAround;

    /**
     * Why the last inline definitions a step was checked with ({@link #withInline}) were not read, one of them left out
     * and unread, or null.
     */
    private String leftOutReason;

    /** How the last pair checked was read by components ({@link VectorVariables}), or null. */
    private String componentNote;
    /** The document's naming, for inline math read on its own ({@link LatexContext#namingOf}). */
    private final LatexContext naming;
    /** Whether the last checked pair was undecided because its sides use different undefined names. */
    boolean lastRenamed;

    StepJudge(String text, DocumentDefinitions defs, DocumentReading reading, DocumentAssumptions assume, VectorEntries vectors,
              StationaryPoints stationary, Supplier<EquationChain> chain, java.util.function.IntFunction<String> proseAround) {
        this.text = text;
        this.layout = StatedLayout.in(text);
        this.negatives = OtherRowSums.named(text);
        this.oneNumbers = OneNumberNames.in(text);
        this.defs = defs;
        this.reading = reading;
        this.assume = assume;
        this.vectors = vectors;
        this.stationary = stationary;
        this.chain = chain;
        this.proseAround = proseAround;
        this.naming = LatexContext.namingOf(reading.context);
    }

    /** Why a vector or matrix side set to zero ({@link ZeroSides}) is not compared with zero. */
    static final String SET_TO_ZERO = "sets a vector or matrix to zero: an equation for where it vanishes (as the normal "
            + "equations are), not an identity of its entries";

    static String reason(Side s) {
        InputException e = s.problem().orElseThrow();
        String where = e.span().map(sp -> " (line " + sp.line() + ", column " + sp.column() + ")").orElse("");
        return e.getMessage() + where;
    }

    /** {@code side} read as {@code e}. */
    private static Side withExpr(Side side, Expr e) {
        return e.equals(side.expr().get()) ? side : new Side(side.tokens(), side.reading(), Optional.of(e), side.problem(),
                side.text(), side.line(), side.start(), side.rowEnd());
    }

    /**
     * "J is not defined in the document; " where the left side calls functions nothing defines that the right side does not
     * write ({@code \nabla_\theta J(\theta)} beside {@code \frac{1}{m} X^T (h - y)}): whatever the right side reads as, the step
     * cannot be checked without them, a cause the writer can fix, named before the notation; empty otherwise (a function both
     * sides write cancels as it is).
     */
    private static String undefinedFunctions(Side left, Side right) {
        Set<String> names = new LinkedHashSet<>();
        if (left != null) {
            left.reading().notes().forEach(n -> n.undefinedFunction().ifPresent(names::add));
        }
        right.tokens().forEach(t -> names.remove(t.getText().replace("\\", "")));
        if (names.isEmpty()) {
            return "";
        }
        List<String> all = List.copyOf(names);
        String listed = all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
        return listed + (all.size() == 1 ? " is" : " are") + " not defined in the document; ";
    }

    PairVerdict skipped(Side left, Side right, String detail) {
        return new PairVerdict(right.line(), left == null ? "" : left.text(), right.text(), Outcome.SKIPPED, detail,
                Optional.empty(), Optional.empty(), right.start(), right.rowEnd(), notes(left, right));
    }

    private List<ReadingNote> notes(Side left, Side right) {
        List<ReadingNote> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Side s : new Side[] {left, right}) {
            if (s == null) {
                continue;
            }
            for (ReadingNote n : s.reading().notes()) {
                if (seen.add(meaning(s, n))) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static final String ENTRY_BY_ENTRY = "read entry by entry as ";

    /**
     * What a note of {@code s} says, up to the letters its sums are bound by: both sides of a pair read entry by entry, as
     * {@code exp(θ_i)/Σ_l exp(θ_l)} and {@code exp(θ_i)/Σ_j exp(θ_j)}, say one thing, which the verdict notes once.
     */
    private String meaning(Side s, ReadingNote n) {
        if (s.reading().expr().isPresent()) {
            String as = ENTRY_BY_ENTRY + vectors.inWords(Printer.ascii(s.reading().expr().get()));
            if (n.text().startsWith(as)) {
                return ENTRY_BY_ENTRY + vectors.inWords(Printer.ascii(Indices.canonicalBound(s.reading().expr().get())))
                        + n.text().substring(as.length());
            }
        }
        return n.text();
    }

    PairVerdict pair(Side left, Side right, List<Assumption.Branch> branches) {
        PairVerdict v = pairAsRead(left, right, branches);
        Optional<Side> l = left == null ? Optional.empty() : left.bracketsMultiplied();
        Optional<Side> r = right.bracketsMultiplied();
        if (v.outcome() != Outcome.FALSE || l.isEmpty() && r.isEmpty()) {
            return v;
        }
        // dk/dT = k \left( \frac{1}{T} + … \right) beside k(T) = …: false as a call of k, the step may mean k times the bracket
        boolean renamed = lastRenamed;
        PairVerdict w = pairAsRead(l.orElse(left), r.orElse(right), branches);
        if (w.outcome() != Outcome.PROVEN && w.outcome() != Outcome.NUMERICALLY_EQUAL) {
            lastRenamed = renamed;
            return v;
        }
        return w;
    }

    private PairVerdict pairAsRead(Side left, Side right, List<Assumption.Branch> branches) {
        withCompounds();
        componentNote = null; // the notes of this pair's readings only, not of the step before it
        lastRenamed = false;
        if (right.elided()) {
            return skipped(left, right, "steps elided (\\dots)");
        }
        Optional<String> undefined = right.problem().flatMap(VectorEntries::undefinedProduct);
        if (undefined.isPresent() && left != null && left.readable()) {
            // ∂L/∂X = (P - Y)W with W d × K: a product the declared shapes leave undefined is the step's mistake
            return new PairVerdict(right.line(), left.text(), right.text(), Outcome.FALSE, undefined.get(), Optional.empty(),
                    Optional.empty(), right.start(), right.rowEnd(), notes(left, right));
        }
        Side compared = left == null || left.readable() ? left : chain.get().lastReadable;
        if (compared != null && ZeroSides.is(right.tokens()) && !vectors.letters(compared.start()).isEmpty()) {
            // ∇_w L = -2Xᵀ(y - Xw) = 0: the gradient set to zero, the normal equations, no identity of entries
            String first = !left.readable() && !left.elided() ? "could not read " + left.text() + ": " + reason(left) + "; " : "";
            return skipped(left, right, first + SET_TO_ZERO);
        }
        if (!right.readable()) {
            // the first side of a chain is reported here, with the second, or never
            String first = left != null && left == chain.get().head && !left.readable() && !left.elided()
                    ? "could not read " + left.text() + ": " + reason(left) + "; " : "";
            return skipped(left, right, undefinedFunctions(left, right) + first + "could not read " + right.text() + ": " + reason(right));
        }
        for (Side s : Arrays.asList(left, right)) {
            Optional<String> reversed = s == null ? Optional.empty() : defs.conditionals.reversed(s.tokens());
            if (reversed.isPresent()) {
                // \log p(\lambda \mid x) beside p(x_i \mid \lambda) = …: the posterior is no application of the likelihood
                return new PairVerdict(right.line(), left == null ? "" : left.text(), right.text(), Outcome.UNDECIDED,
                        "not decided: " + reversed.get(), Optional.empty(), Optional.empty(), right.start(), right.rowEnd(),
                        notes(left, right));
            }
        }
        if (left != null && left == chain.get().head && left.reading().target().isPresent() && right.expr().filter(b ->
                NoiseModels.addsNoise(left.reading().target().get().variable(), b, defs::isDefined)).isPresent()) {
            // y_i = a + b x_i + ε_i: the model, which defines nothing, is no identity either
            return skipped(left, right, "the model: " + left.text() + " is observed, and the noise term is what the model"
                    + " leaves over; a statement about the data, not an identity to check");
        }
        Side l = left;
        String bridge = "";
        if (l == null || !l.readable()) {
            l = chain.get().lastReadable;
            if (l == null || l == right) {
                return skipped(left, right, left == null ? "nothing before it to compare with"
                        : "could not read " + left.text() + ": " + reason(left));
            }
            bridge = "compared with " + l.text() + " (line " + l.line() + "), as the side before could not be read; ";
        }
        Optional<Expr> entry = vectors.aligned(right.expr().get(), vectors.letters(right.start()), vectors.letters(l.start()));
        if (entry.isEmpty()) {
            return skipped(left, right, VectorEntries.unaligned(l.text(), vectors.letters(l.start()), right.text(),
                    vectors.letters(right.start())));
        }
        right = new Side(right.tokens(), right.reading(), entry, right.problem(), right.text(), right.line(), right.start(), right.rowEnd());
        Set<String> free = new LinkedHashSet<>(Indices.free(l.expr().get()));
        free.addAll(Indices.free(right.expr().get()));
        // ∂E/∂p_j = j with E = Σ_{k=1}^{K} k p_k: a free index used as a number takes the numbers of the Σ over its array
        Optional<List<Expr>> valued = IndexAsValue.freeRead(List.of(l.expr().get(), right.expr().get()),
                List.of(defs.definitions.expand(l.expr().get()), defs.definitions.expand(right.expr().get())), free);
        if (valued.isPresent()) {
            l = withExpr(l, valued.get().get(0));
            right = withExpr(right, valued.get().get(1));
        }
        Set<String> arrayIndices = new LinkedHashSet<>(free);
        List<Expr> sides = List.of(l.expr().get(), right.expr().get());
        arrayIndices.removeAll(ValuedIndices.of(sides, defs.definitions));
        for (Side side : List.of(l, right)) {
            if (IndexAsValue.in(withInlineFunctions(side.expr().get(), side.start()), arrayIndices).isPresent()) {
                // "Adam uses $\hat m_t = m_t / (1 - \beta_1^t)$": with the inline definitions the step reads, as with
                // displays, the step t of the moment and of the gradient is the t its body uses as a number
                Definitions inline = withInlineRead(l, right);
                arrayIndices.removeAll(ValuedIndices.of(sides, inline));
                // the power of a hyper-parameter, \beta_2^t beside g_t: the step t a number, g_t the gradient at it
                arrayIndices.removeAll(ValuedIndices.powers(List.of(withInlineFunctions(l.expr().get(), l.start()),
                        withInlineFunctions(right.expr().get(), right.start())), sides.stream().map(inline::expand).toList(), arrayIndices));
                break;
            }
        }
        for (Side side : List.of(l, right)) {
            Optional<String> index = IndexAsValue.in(withInlineFunctions(side.expr().get(), side.start()), arrayIndices);
            if (index.isPresent()) {
                return skipped(left, right, "could not read " + side.text() + ": " + IndexAsValue.message(index.get()));
            }
        }
        for (Map.Entry<String, Definition> known : defs.upstream.entrySet()) {
            for (Side side : List.of(l, right)) {
                Optional<String> misuse = UpstreamGradients.misuse(side.expr().get(), defs.definitions, known.getKey(),
                        known.getValue().name());
                if (misuse.isPresent()) {
                    return new PairVerdict(right.line(), l.text(), right.text(), Outcome.UNDECIDED, bridge + misuse.get(),
                            Optional.empty(), Optional.empty(), right.start(), right.rowEnd(), notes(l, right));
                }
            }
        }
        // where $z = w x + b$, let $h_\theta(x) = …$: an inline definition the prose announces is read as a display's would be
        List<InlineDefinitions> read = unread(l, right, true);
        leftOutReason = null;
        Optional<Inline> withInline = read.isEmpty() ? Optional.empty() : withInline(read, l, right, branches);
        String unreadBecause = leftOutReason;
        PairChecker.Result r = withInline.isPresent() ? withInline.get().result() : check(l, right, branches);
        if (unreadBecause != null && r.outcome() == Outcome.UNDECIDED) {
            // not "L is not defined": the document defines it, beside a definition that could not be read
            r = new PairChecker.Result(Outcome.UNDECIDED, unreadBecause, r.verdict(), r.expected(), r.renamed());
        }
        int announced = withInline.isPresent() ? read.size() : 0;
        // Softmax with temperature T: $p_i = …$, or "where $r = y - f$" below the step — inline math not announced
        // above the step is read only to prove a step left undecided without it, never to make one false (it may
        // be a case or a value, not a definition); one such formula per name only: two ("for $y = 0$ … for $y = 1$")
        // are cases, not a definition. A step false only because a function it calls is left undefined ("The
        // density is $\mathcal{N}(x \mid \mu, \sigma^2) = …$") is read with it too.
        List<InlineDefinitions> others = unread(l, right, false).stream()
                .filter(d -> defs.inline.stream().filter(o -> o.name().equals(d.name())).count() == 1).toList();
        Outcome without = r.outcome();
        // false with the names they define left free, where it holds with them: false only for other values of those names
        boolean calledUndefined = others.stream().anyMatch(d -> d.cued() && d.ofAFunction());
        boolean falseWithUnannounced = false;
        boolean falseLeftFree = without == Outcome.FALSE && !calledUndefined && others.stream().anyMatch(this::givenByAFormula);
        Side step = right;
        Side first = l;
        Predicate<InlineDefinitions> announcedAbove = d -> readsFor(d, first, step);
        // not a point nor a statement the prose names ("vanishes at $T = T_i / 2$"), nor below the step
        Predicate<InlineDefinitions> above = d -> d.line() < step.line() && !InlineDefinitions.aPointOrAStatement(text, d);
        List<InlineDefinitions> freeAbove = others.stream().filter(above).toList();
        if (!others.isEmpty() && (without == Outcome.UNDECIDED || without == Outcome.FALSE && (falseLeftFree || calledUndefined))) {
            List<InlineDefinitions> all = tryWith(read.subList(0, announced), others, step, announcedAbove, d -> true);
            if (falseLeftFree) {
                all = all.stream().filter(this::leftFreeByAFormula).toList();
            }
            Optional<Inline> tried = withInline(all, l, right, branches);
            Optional<Inline> holds = tried.filter(w -> w.holds());
            if (holds.isPresent() && falseLeftFree) {
                r = new PairChecker.Result(Outcome.UNDECIDED, InlineDefinitions.falseLeftFree(all.stream().filter(announcedAbove.negate())
                        .toList()), Optional.empty(), Optional.empty());
                withInline = Optional.empty();
                read = List.of();
                announced = 0;
            } else if (holds.isPresent()) {
                read = all;
                announced = (int) all.stream().filter(announcedAbove).count();
                withInline = holds;
                r = holds.get().result();
            } else if (without == Outcome.FALSE && calledUndefined) {
                // false for a function of its own, not the one the document gives ("Denote by $g(z) = …$ the sigmoid"): false
                // as the document defines it too, with its counterexample, or else not decided
                List<InlineDefinitions> functions = all.stream().filter(d -> d.cued() && d.ofAFunction()).toList();
                if (tried.isPresent() && tried.get().result().outcome() == Outcome.FALSE) {
                    read = all;
                    announced = (int) all.stream().filter(announcedAbove).count();
                    withInline = tried;
                    r = tried.get().result();
                    falseWithUnannounced = true;
                } else {
                    r = new PairChecker.Result(Outcome.UNDECIDED, InlineDefinitions.undecidedWithFunctions(functions), Optional.empty(),
                            Optional.empty());
                }
            } else if (without == Outcome.UNDECIDED && PairChecker.missingDependence(r.detail())) {
                // "L does not depend on z as the document defines it": it does, through a name defined only in inline math
                // ("We compute $p = \sigma(z)$ first.") that the prose does not announce; the named ones are the hint's
                List<InlineDefinitions> silent = all.stream().filter(announcedAbove.negate()).filter(d -> !d.cued()).toList();
                boolean falseWith = tried.isPresent() && tried.get().result().outcome() == Outcome.FALSE;
                r = new PairChecker.Result(Outcome.UNDECIDED, InlineDefinitions.unannouncedDependence(silent, falseWith), r.verdict(),
                        r.expected(), r.renamed());
            }
        } else if (holdsLeftFree(without, freeAbove)) {
            // δ_j = h'(a_j) Σ_k w_jk δ_k with δ_j ≡ ∂E/∂a_j and "Hidden units $a_j = …$, $z_j = h(a_j)$": with z left free E does
            // not depend on a, and 0 = 0 holds; what holds for every value of a name need not hold once a derivative sees its formula
            List<InlineDefinitions> all = tryWith(read.subList(0, announced), freeAbove, step, announcedAbove, above).stream()
                    .filter(this::leftFreeByAFormula).toList();
            Optional<Inline> tried = withInline(all, l, right, branches);
            if (tried.filter(w -> w.result().outcome() == Outcome.FALSE).isPresent()) {
                r = new PairChecker.Result(Outcome.UNDECIDED, InlineDefinitions.trueLeftFree(all.stream().filter(announcedAbove.negate())
                        .toList()), Optional.empty(), Optional.empty());
                withInline = Optional.empty();
                read = List.of();
                announced = 0;
            } else if (tried.filter(w -> w.result().outcome() == Outcome.PROVEN).isPresent()) {
                // it holds with them read: that is why, not the names left free (said where it is proven so too)
                read = all;
                announced = (int) all.stream().filter(announcedAbove).count();
                withInline = tried;
                r = tried.get().result();
            }
        }
        lastRenamed = r.renamed();
        // a false step's counterexample follows its detail, as after a hint
        List<InlineDefinitions> leftOut = withInline.map(Inline::leftOut).orElse(List.of());
        String detail = withInline.isEmpty() ? r.detail() : String.join("; ", read.stream().map(d -> leftOut.contains(d)
                        ? d.leftOutWords() : d.readWords()).toList())
                + (read.size() == announced ? "" : "; " + (falseWithUnannounced ? InlineDefinitions.falseWithUnannounced(read, announced)
                        : InlineDefinitions.unannounced(read, announced, without)))
                + (r.detail().isEmpty() && r.outcome() != Outcome.FALSE ? "" : "; " + r.detail());
        Optional<String> hint = inlineHint(r.outcome(), l, right, branches);
        if (hint.isPresent()) {
            // a false step's detail comes before its counterexample; the others' is the whole reason
            detail = r.outcome() == Outcome.FALSE ? hint.get() + "; as written, " + detail
                    : detail + (detail.isEmpty() ? "" : "; ") + hint.get();
        }
        List<ReadingNote> notes = notes(l, right);
        if (withInline.isPresent()) {
            // the call of a function the step read from inline math is not a call of an undefined function
            List<InlineDefinitions> used = read.stream().filter(d -> !leftOut.contains(d)).toList();
            notes.removeIf(n -> used.stream().anyMatch(d -> n.isUndefinedCallOf(d.name())));
        }
        if (componentNote != null) {
            notes.add(new ReadingNote(componentNote, null));
        }
        int stepLine = right.line();
        r.totals().forEach(k -> totalsAt.putIfAbsent(k, stepLine));
        boolean oneStep = !r.held().isEmpty() && (r.outcome() == Outcome.PROVEN || r.outcome() == Outcome.NUMERICALLY_EQUAL);
        boolean saidFixed = oneStep && OneStepReadings.saysHeldFixed(proseAround.apply(right.start()) + " " + l.text() + " "
                + right.text());
        if (oneStep) {
            notes.add(new ReadingNote(OneStepReadings.note(r.held(), defs.writtenNames::apply), null));
        }
        Optional<String> notOneStep = oneStepUndecided(r, oneStep && !saidFixed);
        // "Let $h = g(\theta x)$" with g nowhere else: false with g a number times (θx), and g may be a function
        Optional<String> applied = r.outcome() == Outcome.FALSE ? AppliedLetters.undecided(r.verdict(), reading.undefinedFunctionLetters,
                defs::isDefined) : Optional.empty();
        notOneStep = notOneStep.or(() -> applied);
        // \frac{\partial L}{\partial V} = PG with P^\top elsewhere: proven for numbers, which commute; not a check of matrices
        // (not where the step was read at a component of its gradient, its names by their entries: VectorVariables)
        boolean asWritten = r.outcome() != Outcome.UNDECIDED && componentNote == null && !vectors.readByEntries(l.start())
                && !vectors.readByEntries(right.start());
        Set<String> numbers = new LinkedHashSet<>(Exprs.symbolNames(l.expr().get()));
        numbers.addAll(Exprs.symbolNames(right.expr().get()));
        notOneStep = notOneStep.or(() -> asWritten ? MatricesAsNumbers.undecided(List.of(first.tokens(), step.tokens()), numbers,
                vectors.documentCapitals()) : Optional.empty());
        Outcome outcome = notOneStep.isPresent() ? Outcome.UNDECIDED : r.outcome();
        if (notOneStep.isPresent()) {
            detail = notOneStep.get();
        }
        // a verdict turned undecided here has no correct value to show
        Optional<Expr> expected = outcome == r.outcome() ? r.expected().map(defs.writtenNames::apply) : Optional.empty();
        PairVerdict v = new PairVerdict(right.line(), l.text(), right.text(), outcome, bridge + detail,
                r.verdict().map(defs.writtenNames::apply), expected, right.start(), right.rowEnd(), notes);
        if (oneStep && outcome != Outcome.UNDECIDED && !saidFixed) {
            oneStepVerdicts.add(new OneStep(v, r.held()));
        }
        return v;
    }

    /** A verdict proven with an earlier term of a recurrence held fixed ({@link OneStepReadings}), and what it held. */
    private record OneStep(PairVerdict verdict, List<OneStepReadings.Held> held) {
    }

    /** The verdicts proven as one-step derivatives, in document order. */
    private final List<OneStep> oneStepVerdicts = new ArrayList<>();
    /** For each recurrence and variable ({@link OneStepReadings.Held#key}), the first line writing a derivative of an earlier term by it. */
    private final Map<String, Integer> totalsAt = new HashMap<>();

    /**
     * Why a step the recurrence reads as a one-step derivative ({@link OneStepReadings}) is undecided, where it is: proven
     * ({@code proven}, and not said to be one-step) as the truncated gradient of a loss summed over the recurrence, or false
     * with an earlier term held fixed that depends on an input of one step.
     */
    private Optional<String> oneStepUndecided(PairChecker.Result r, boolean proven) {
        UnaryOperator<Expr> w = defs.writtenNames::apply;
        if (proven) {
            // Σ_t over the recurrence: holding h_{t−1} fixed differentiates h_t and not the term of the sum before it
            return r.held().stream().filter(OneStepReadings.Held::truncated).findFirst().map(h -> h.truncatedWords(w));
        }
        // ∂h_t/∂x_{t−1} = w(1 − h_t²) u (1 − h_{t−1}²) is 0 with h_{t−1} held fixed, and right through time
        return r.outcome() != Outcome.FALSE ? Optional.empty()
                : r.held().stream().filter(h -> !h.shared()).findFirst().map(h -> h.inputWords(w));
    }

    /**
     * The one-step verdicts the document turns undecided: a step proven with h_{t−1} held fixed where another line writes
     * the derivative through ∂h_{t−1}/∂u, so that the document means the derivative through time by the same notation.
     */
    Map<PairVerdict, PairVerdict> throughTime() {
        Map<PairVerdict, PairVerdict> out = new java.util.IdentityHashMap<>();
        for (OneStep o : oneStepVerdicts) {
            Optional<OneStepReadings.Held> h = o.held().stream().filter(x -> totalsAt.containsKey(x.key())).findFirst();
            if (h.isEmpty()) {
                continue;
            }
            PairVerdict v = o.verdict();
            String detail = h.get().throughTimeWords(defs.writtenNames::apply, totalsAt.get(h.get().key()));
            out.put(v, new PairVerdict(v.line(), v.left(), v.right(), Outcome.UNDECIDED, detail, v.verdict(), v.expected(),
                    v.rightStart(), v.rowEnd(), v.notes()));
        }
        return out;
    }

    /**
     * {@code e} with the calls of functions defined only in inline math applied ({@code $\pi_\theta(a|s) = e^{\theta_a} / …$}):
     * an index passed to such a function is its subscript once applied, not an index used as a value.
     */
    private Expr withInlineFunctions(Expr e, int start) {
        int at = SourceSpan.of(text, start, 1).line();
        for (InlineDefinitions d : defs.inline) {
            if (d.ofAFunction() && !defs.functions.containsKey(d.name()) && defs.inScope(d, at)) {
                Optional<DocumentFunction> f = d.asFunction(naming, text, reading.context);
                if (f.isPresent()) {
                    try {
                        SourceSpan where = SourceSpan.of(text, start, 1);
                        e = CallsBeforeDefinition.applied(e, withDisplayFunctions(f.get(), where),
                                defs.sampleArguments.getOrDefault(d.name(), Set.of()), where);
                    } catch (InputException notApplicable) {
                        return e;
                    }
                }
            }
        }
        return e;
    }

    /**
     * For a step that is not proven, the inline definitions ({@code Let $p_i = …$}) of names the step
     * uses, directly or through the definitions it expands, that no display definition before it
     * replaces: SPEC §8 does not read them, and the report says where they are and how to write them.
     */
    private Optional<String> inlineHint(Outcome outcome, Side left, Side right, List<Assumption.Branch> branches) {
        if (defs.inline.isEmpty() || outcome == Outcome.PROVEN || outcome == Outcome.SKIPPED) {
            return Optional.empty();
        }
        // not δ_k = y_k − t_k below the display δ_j ≡ ∂E/∂a_j: read, for δ at k (LetterDefinitions)
        List<InlineDefinitions> unread = unread(left, right, false).stream().filter(InlineDefinitions::cued)
                .filter(d -> givenAtLetter(d).isEmpty()).toList();
        if (unread.isEmpty() || outcome == Outcome.FALSE && !rescued(unread, left, right, branches)) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", unread.stream().map(InlineDefinitions::words).toList()));
    }

    /**
     * The inline definitions of names the step uses, directly or through the definitions it expands, that no
     * display definition before it replaces: those the prose announces as definitions and written above the
     * step ({@link InlineDefinitions#reads()}) when {@code reading}, else the others, which are only named.
     */
    private List<InlineDefinitions> unread(Side left, Side right, boolean reading) {
        if (defs.inline.isEmpty()) {
            return List.of();
        }
        Set<String> used = new LinkedHashSet<>();
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(e -> {
                used.addAll(InlineDefinitions.names(e));
                used.addAll(InlineDefinitions.names(defs.definitions.expand(e)));
            });
        }
        if (!reading) {
            // and the names the announced ones it reads use ("Let $h = g(\theta x)$" beside the sigmoid's "$g(z) = …$" no word
            // announces): a step false with g left a function of its own is false only for other functions than the document's
            unread(left, right, true).forEach(d -> used.addAll(bodyNames(d)));
        }
        List<InlineDefinitions> unread = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (InlineDefinitions d : defs.inline) {
            if (!defs.inScope(d, right.line())) {
                continue; // written in another part of the document
            }
            // a display definition stands unless the inline one comes after it (another meaning, unread)
            Integer display = defs.definedAt.get(d.name());
            boolean displayed = (display != null || defs.definitions.of(d.name()).isPresent() || defs.functions.containsKey(d.name()))
                    && !entryBesideScalar(d, left, right);
            // a name a display defined before is not redefined by inline math: only named
            boolean reads = readsFor(d, left, right) && !displayed && !displayParameterDifferentiated(d, left, right);
            if (used.contains(d.name()) && (!displayed || display != null && display < d.line()) && reads == reading
                    && (!reading || d == restated(d, right.line())) && named.add(d.name())) {
                unread.add(d);
            }
        }
        // the definitions these read may use other inline names in turn, and those others (g_i = ∂L/∂y_i, y_i = γ x̂_i + β,
        // x̂_i = (x_i − μ)/√(σ² + ε)): each read one's body is searched until none is added
        return reading ? withTheirNames(unread, named, right, d -> readsFor(d, left, right)) : unread;
    }

    /**
     * The inline definitions a step is tried with: those read above it ({@code announced}), {@code others}, and the definitions
     * their bodies use in turn, announced or not ($h_j = \tanh(a_j)$ with $a_j = \sum_i W_{ji} x_i$); the announced first, as
     * the words name only those the prose does not announce, and of the others those {@code kept}.
     */
    private List<InlineDefinitions> tryWith(List<InlineDefinitions> announced, List<InlineDefinitions> others, Side right,
                                            Predicate<InlineDefinitions> announcedAbove, Predicate<InlineDefinitions> kept) {
        List<InlineDefinitions> start = Stream.concat(announced.stream(), others.stream()).toList();
        Set<String> named = new HashSet<>(start.stream().map(InlineDefinitions::name).toList());
        List<InlineDefinitions> reached = withTheirNames(start, named, right,
                d -> defs.inline.stream().filter(o -> o.name().equals(d.name())).count() == 1);
        return Stream.concat(reached.stream().filter(announcedAbove), reached.stream().filter(announcedAbove.negate()).filter(kept))
                .toList();
    }

    /**
     * Whether the step leaves free a name that {@code d} gives by a formula: one a display defines (δ_j ≡ ∂E/∂a_j) is not
     * left free, whatever else inline math says of it; nor one set to a number or another name ($c = 2$, $q = p$, $R = r$):
     * a case the text takes, not a definition.
     */
    private boolean leftFreeByAFormula(InlineDefinitions d) {
        return defs.definitions.of(d.name()).isEmpty() && (d.ofAFunction() || givenByAFormula(d));
    }

    /**
     * Whether a step that holds ({@code without}) does so with names left free that unannounced inline formulas define
     * ({@code others}): then it is checked again with them read.
     */
    private boolean holdsLeftFree(Outcome without, List<InlineDefinitions> others) {
        return (without == Outcome.PROVEN || without == Outcome.NUMERICALLY_EQUAL)
                && others.stream().anyMatch(d -> !d.ofAFunction() && leftFreeByAFormula(d));
    }

    /**
     * Whether {@code d} gives its name by a formula of other names ({@code $a_j = \sum_i w_{ji} x_i$}), not a number nor one
     * other name ({@code $c = 2$}, {@code $q = p$}, {@code $\gamma_+ = \gamma_- = 0$}): a value the text may take as a case; nor
     * by itself ({@code $x_t = \phi x_{t-1} + \varepsilon_t$}): a model of data, not a definition.
     */
    private boolean givenByAFormula(InlineDefinitions d) {
        return !d.ofAFunction() && InlineDefinitions.givenByNames(d.latex()) && d.asNameDefinition(naming, text, reading.context)
                .filter(def -> !(def.body() instanceof Sym) && !(def.body() instanceof Indexed)
                        && !InlineDefinitions.names(def.body()).contains(d.name())).isPresent();
    }

    /**
     * Whether the step {@code left = right} reads {@code d} as a display definition: the prose announces it above the step
     * ({@link #announcedFor}), or in the sentence the step belongs to ({@link ForNounDefinitions}: "For the hypothesis
     * $h_\theta(x) = …$ we get $$…$$"), where the step takes no derivative by it (a variable there, not the value).
     */
    private boolean readsFor(InlineDefinitions d, Side left, Side right) {
        if (d.reads()) {
            return announcedFor(d, right);
        }
        if (!defs.forNouns.announces(d, right.start())) {
            return false;
        }
        Set<String> wrt = new LinkedHashSet<>();
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(e -> byNames(e, wrt));
        }
        return !wrt.contains(d.name());
    }

    /**
     * Whether the inline definition {@code d} stands where it holds for the step whose right side is {@code right}: above it, or
     * in the where-clause that closes the step's display ({@link WhereClauses}: "$$… = p_i(\delta_{ik} - p_k)$$ where
     * $p = \operatorname{softmax}(x)$").
     */
    private boolean announcedFor(InlineDefinitions d, Side right) {
        return d.line() <= right.line() || defs.whereClauses.closes(d, text, right.start());
    }

    /**
     * The component {@code d} defines at a whole-number index ({@code S_1}), where no display defines its name (S): beside a
     * displayed ω_d, the inline ω_0 of the same name would be read two ways in one step (through the definitions of names
     * it reaches, and as its own name), and a right step was false. A display function's name has no entries to mix with.
     */
    private Optional<Indexed> componentOfNoDisplayName(InlineDefinitions d) {
        return d.component(naming).filter(x -> defs.definitions.of(x.name()).isEmpty() && !defs.definedAt.containsKey(x.name())
                || ofAScalarFunction(x.name()));
    }

    /**
     * Whether a display defines {@code name} as a function of its own, no family's member nor a vector's component: its
     * entries are nothing it defines, so the plateau {@code $C_{ss} = k_0/(kV)$} beside {@code C(t) = …} is a quantity of its own.
     */
    private boolean ofAScalarFunction(String name) {
        org.symgrad.parse.latex.DocumentFunction f = defs.functions.get(name);
        return f != null && f.own().isEmpty() && f.component().isEmpty();
    }

    /**
     * Whether {@code d} sets a parameter of a function the displays define, and the step differentiates by that parameter:
     * "With $E = \gamma m c^2$ and $p = \gamma m v$ this is just $v$" beside {@code E(p) = \sqrt{p^2 c^2 + m^2 c^4}}, then
     * {@code \frac{dT}{dp}}. There the parameter is the free variable of the derivative, as the function's definition makes
     * it, and the formula re-expresses it for a remark; read as p's definition it made every derivative by p undecided.
     */
    private boolean displayParameterDifferentiated(InlineDefinitions d, Side left, Side right) {
        if (d.ofAFunction() || defs.functions.values().stream().noneMatch(f -> f.parameters().contains(new Sym(d.name())))) {
            return false;
        }
        Set<String> wrt = new LinkedHashSet<>();
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(e -> byNames(e, wrt));
        }
        return wrt.contains(d.name());
    }

    /**
     * Whether {@code d} defines an entry of a name the displays define as one number, and the step writes the name only as
     * that entry: the single-point distortion {@code $J_n = \frac{1}{2}(x_n - \mu_k)^2$} beside the displayed
     * {@code J = \sum_n \sum_k r_{nk}(x_n - \mu_k)^2}, in {@code \partial J_n / \partial \mu_k}. The entry is a quantity
     * of its own, which the display does not define, so the inline definition is read as a display's would be.
     */
    private boolean entryBesideScalar(InlineDefinitions d, Side left, Side right) {
        Optional<Definition> display = defs.definitions.of(d.name());
        if (display.isEmpty() || !display.get().indices().isEmpty() || defs.functions.containsKey(d.name())) {
            return false;
        }
        Optional<Definition> entry = d.asDefinition(naming);
        if (entry.isEmpty() || entry.get().indices().isEmpty()) {
            return false;
        }
        int indices = entry.get().indices().size();
        List<Expr> uses = new ArrayList<>();
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(e -> usesOf(d.name(), e, uses));
        }
        return !uses.isEmpty() && uses.stream().allMatch(u -> u instanceof Indexed x && x.indices().size() == indices);
    }

    /** Each occurrence of the name {@code name} in {@code e}, bare or with indices. */
    private static void usesOf(String name, Expr e, List<Expr> out) {
        if (e instanceof Indexed x && x.name().equals(name) || e instanceof Sym s && s.name().equals(name)) {
            out.add(e);
            return;
        }
        Exprs.children(e).forEach(c -> usesOf(name, c, out));
    }

    /**
     * The inline definition of {@code d}'s name that holds at {@code line}: the last one the prose announces above it in its
     * section ({@code If instead we write the loss as $\ell = -z_c + \log \sum_j e^{z_j}$} after {@code the loss
     * $\ell = -\sum_k y_k \log p_k$}), as a display written again holds from there on (a number set, {@code where $z = 0$},
     * is a point, no inline definition: {@link InlinePoints}).
     */
    private InlineDefinitions restated(InlineDefinitions d, int line) {
        InlineDefinitions holding = d;
        for (InlineDefinitions o : defs.inline) {
            if (o.line() > d.line() && o.line() <= line && o.name().equals(d.name()) && defs.inScope(o, line)
                    && (o.reads() || redefines(o, d))) {
                holding = o;
            }
        }
        return holding;
    }

    /**
     * Whether the later inline formula {@code o}, announced or not, gives {@code d}'s name a value of the same kind by other
     * names ("Logistic regression uses $h_\\theta(x) = g(\\theta^T x)$" after "The hypothesis is $h_\\theta(x) = \\theta^T x$"):
     * the author's meaning from there on, so the earlier one no longer holds below it (read, it made the right logistic
     * gradient ✗); a point or a case ({@code $h(x) = 0$}) or an update from itself is none.
     */
    private static boolean redefines(InlineDefinitions o, InlineDefinitions d) {
        return o.ofAFunction() == d.ofAFunction() && InlineDefinitions.givenByNames(o.latex());
    }

    /**
     * {@code read} with the inline definitions of the names their bodies use, in turn, until none is added: those
     * {@code admitted} that are above the step, of a name no display defines and not yet {@code named}.
     */
    private List<InlineDefinitions> withTheirNames(List<InlineDefinitions> read, Set<String> named, Side right,
                                                   Predicate<InlineDefinitions> admitted) {
        List<InlineDefinitions> out = new ArrayList<>(read);
        for (int k = 0; k < out.size(); k++) {
            InlineDefinitions r = out.get(k);
            Set<String> more = new LinkedHashSet<>();
            more.addAll(bodyNames(r));
            for (InlineDefinitions d : defs.inline) {
                if (more.contains(d.name()) && admitted.test(d) && announcedFor(d, right) && defs.inScope(d, right.line())
                        && !defs.isDefined(d.name())
                        && named.add(d.name())) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /**
     * The document's definitions with the inline ones the step may read ({@link #unread}), announced or not, as display
     * definitions, as {@link #withInline} reads them; one that does not read, or would define a name by itself, is left out.
     */
    private Definitions withInlineRead(Side left, Side right) {
        Definitions out = defs.definitions;
        for (InlineDefinitions d : Stream.concat(unread(left, right, true).stream(), unread(left, right, false).stream()).toList()) {
            Optional<Definition> def = d.asNameDefinition(naming, text, reading.context);
            try {
                out = def.isPresent() ? out.with(def.get()) : out;
            } catch (InputException cycle) {
                // m_t = f(m_t): no definition to read
            }
        }
        return out;
    }

    /**
     * The names the body of {@code d} mentions, read as {@link #withInline} reads it: a name's, a function's, or a component's
     * at a whole-number index ({@code $y_1 = x_1 - m$} mentions the mean m, whose own inline definition the step then reads:
     * was left out, and ∂y_1/∂x_1 was 1, a wrong ✓ of the slip and ✗ of the right ½).
     */
    private Set<String> bodyNames(InlineDefinitions d) {
        Set<String> out = new LinkedHashSet<>();
        d.asNameDefinition(naming, text, reading.context)
                .or(() -> componentOfNoDisplayName(d).flatMap(x -> d.asComponentDefinition(naming)))
                .ifPresent(def -> out.addAll(InlineDefinitions.names(def.body())));
        d.asFunction(naming, text, reading.context).ifPresent(f -> out.addAll(InlineDefinitions.names(f.body())));
        return out;
    }

    /**
     * Whether a false step holds (proven or numerically equal) with its inline definitions read as
     * displays would be: only then are they why it is false. Otherwise naming them would suggest they
     * were ({@code 1/(1 + e^z) = σ(z)} is false whatever z is; a dropped minus stays a dropped minus
     * whatever φ_nj is).
     */
    private boolean rescued(List<InlineDefinitions> unread, Side left, Side right, List<Assumption.Branch> branches) {
        return withInline(unread, left, right, branches).filter(Inline::holds).isPresent();
    }

    /**
     * A step checked with inline definitions read as displays would be, and those of them it left out, unread
     * ({@link #withInline}).
     */
    private record Inline(PairChecker.Result result, List<InlineDefinitions> leftOut) {
        boolean holds() {
            return result.outcome() == Outcome.PROVEN || result.outcome() == Outcome.NUMERICALLY_EQUAL;
        }
    }

    /**
     * {@code functions} ordered so that one whose body calls another comes before it ("$A(t) = A_0 e^{-k_1 t}$" above "what is
     * left, $C(t) = A_0 - A(t) - B(t)$"): each is applied where the ones before it put their bodies; in order when they call
     * each other.
     */
    private static List<InlineDefinitions> callersFirst(List<InlineDefinitions> functions) {
        List<InlineDefinitions> left = new ArrayList<>(functions);
        List<InlineDefinitions> out = new ArrayList<>();
        while (!left.isEmpty()) {
            InlineDefinitions next = left.stream()
                    .filter(d -> left.stream().noneMatch(o -> o != d && !o.name().equals(d.name()) && o.bodyMentions(d.name())))
                    .findFirst().orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return out;
    }

    /**
     * The step checked with {@code unread} read as display definitions would be (a function's calls applied),
     * or empty where none of them can be read so. One that cannot be read beside others that can ({@code Let
     * $\mathbf{z} = …$, $\hat{y}_k = …$ and $L = …$}) is left out, its name free, only where no derivative of the
     * step is by a name its right side mentions, and only for a step that then holds: what holds for every value
     * of the name holds for the one it defines, but a step false or undecided so may be so only for the others.
     */
    private Optional<Inline> withInline(List<InlineDefinitions> unread, Side left, Side right,
                                        List<Assumption.Branch> branches) {
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(this::collectWrt);
        }
        Definitions read = defs.definitions;
        Map<String, Integer> at = new HashMap<>(defs.definedAt);
        Set<String> known = new LinkedHashSet<>(defs.knownNames);
        Expr a = left.expr().get();
        Expr b = right.expr().get();
        Expr head = chain.get().head != null && chain.get().head.readable() ? chain.get().head.expr().get() : null;
        // names first: a function read after them is applied to its calls in their bodies too (γ_k = π_k N(x | μ_k, σ²) / …)
        List<InlineDefinitions> namesFirst = Stream.concat(unread.stream().filter(d -> !d.ofAFunction()),
                callersFirst(unread.stream().filter(InlineDefinitions::ofAFunction).toList()).stream()).toList();
        List<InlineDefinitions> leftOut = new ArrayList<>();
        Map<Indexed, Sym> ownNames = new HashMap<>();
        for (InlineDefinitions d : namesFirst) {
            SourceSpan written = SourceSpan.of(text, d.at(), 1);
            Optional<Indexed> component = componentOfNoDisplayName(d);
            Optional<Definition> as = d.asNameDefinition(naming, text, reading.context)
                    .or(() -> component.flatMap(x -> d.asComponentDefinition(naming)))
                    .map(def -> withDisplayFunctions(def, written)).map(def -> Einstein.read(def, assume, defs));
            if (as.isPresent() && component.isPresent()) {
                // Write $S_1 = …$: the step's S_1 is the component's own name, as after a display's S_1 = …
                Sym own = new Sym(d.name());
                ownNames.put(component.get(), own);
                a = Exprs.replace(a, component.get(), own);
                b = Exprs.replace(b, component.get(), own);
                head = head == null ? null : Exprs.replace(head, component.get(), own);
                // and the display definitions read before it (g_2(\theta) = m_2 - \theta - \theta^2 below "with $m_2 = …$"), as a
                // display's component renames them: else the step's m_2 is the sample moment and its definitions' the letter
                Indexed writtenAs = component.get();
                try {
                    read = ComponentDefinitions.renamed(read, body -> Exprs.replace(body, writtenAs, own), Set.of());
                } catch (InputException cycle) {
                    return Optional.empty();
                }
            }
            // Let $f(\mathbf{w}) = …$ of vectors: its bare name's value (as) and its calls (f) alike, as a display's are read
            Optional<DocumentFunction> f = as.isPresent() && !d.ofAFunction() ? Optional.empty() : d.asFunction(naming, text, reading.context);
            if (as.isEmpty() && f.isEmpty()) {
                leftOut.add(d); // a shape this cannot read: left out below, or no claim that it would help
                continue;
            }
            at.putIfAbsent(d.name(), d.line());
            known.add(d.name());
            as.ifPresent(def -> known.addAll(InlineDefinitions.names(def.body())));
            f.ifPresent(g -> known.addAll(InlineDefinitions.names(g.body())));
            try {
                if (f.isPresent()) {
                    // where $h_\theta(x) = …$: its calls, in the definitions and the step, applied as a display's would be
                    Set<Integer> samples = defs.sampleArguments.getOrDefault(f.get().name(), Set.of());
                    SourceSpan where = SourceSpan.of(text, left.start(), 1);
                    DocumentFunction applied = withDisplayFunctions(f.get(), where);
                    read = CallsBeforeDefinition.applied(read, applied, samples, where);
                    a = CallsBeforeDefinition.applied(a, applied, samples, where);
                    b = CallsBeforeDefinition.applied(b, applied, samples, where);
                    head = head == null ? null : CallsBeforeDefinition.applied(head, applied, samples, where);
                    Optional<String> refused = CallsBeforeDefinition.refused(List.of(a, b), applied, samples, where);
                    if (refused.isPresent()) {
                        // \phi(x | \sigma^3) applied to (x | v_k): a call the definition cannot take stays a call of a
                        // function left undefined, which would judge the step for another function than the document's
                        return Optional.of(new Inline(new PairChecker.Result(Outcome.UNDECIDED, "its definition could not be "
                                + "applied at " + refused.get(), Optional.empty(), Optional.empty()), List.of()));
                    }
                    // its bare name (∂S/∂β of Let $S(β) = …$) is its value, as a display function's is
                    Optional<Definition> value = d.asFunctionValue(naming).map(def -> withDisplayFunctions(def, where)).or(() -> as);
                    if (value.isPresent() && defs.definitions.of(d.name()).isEmpty()) {
                        read = read.with(value.get());
                    }
                } else {
                    // Given $g_i = \partial L/\partial y_i$: the loss known through its gradient, as in a display
                    Definitions readSoFar = read;
                    Optional<Definition> loss = UpstreamGradients.loss(as.get().target(), as.get().body(), read, defs.functions.keySet(),
                            wrt -> UpstreamSums.limits(wrt, reading.context, text, readSoFar));
                    if (loss.isPresent()) {
                        String name = loss.get().name();
                        if (!UpstreamSums.limits(((org.symgrad.expr.Derivative) as.get().body()).wrt(), reading.context, text, readSoFar).isEmpty()) {
                            defs.sizedLosses.add(name);
                        }
                        for (Expr side : head == null ? List.of(a, b) : List.of(a, b, head)) {
                            if (UpstreamGradients.misuse(side, read, name, d.name()).isPresent()) {
                                return Optional.empty();
                            }
                        }
                        known.add(name);
                    }
                    try {
                        read = read.with(loss.orElse(as.get()));
                    } catch (InputException cycle) {
                        // "Let $z_j = \sum_k w_{jk} a_k + b_j$ and $a_j = \sigma(z_j)$": one letter for two layers' units reads as
                        // a cycle; the definition that closes it is left out, its name free, as one that does not read
                        leftOut.add(d);
                    }
                }
            } catch (InputException e) {
                return Optional.empty();
            }
        }
        if (!ownNames.isEmpty()) {
            // Let $x_1 = 2$, $w_1 = -3$, then $n = x_1 w_1 + b$: the components' own names in the inline bodies read after them too,
            // else ∂n/∂w_1 differentiated an n of other names and was 0
            try {
                read = ComponentDefinitions.renamed(read, body -> ComponentDefinitions.written(body, ownNames), Set.of());
            } catch (InputException cycle) {
                return Optional.empty();
            }
        }
        if (leftOut.size() == unread.size()) {
            // Calibrated probabilities are $\hat{p}_k = \operatorname{softmax}(z / T)_k$: announced, so not "not defined"
            leftOutReason = String.join("; ", leftOut.stream().map(InlineDefinitions::unreadWords).toList());
            return Optional.empty();
        }
        for (Expr side : head == null ? List.of(a, b) : List.of(a, b, head)) {
            if (IndexAsValue.in(read.expand(side), Set.of()).isPresent()) {
                return Optional.empty(); // a function applied to an index its body uses as a number (P(j) = j/Z in Σ_j P(j))
            }
        }
        if (!leftOut.isEmpty()) {
            Set<String> wrt = new LinkedHashSet<>();
            for (Expr side : head == null ? List.of(a, b) : List.of(a, b, head)) {
                byNames(read.expand(side), wrt);
            }
            for (InlineDefinitions d : leftOut) {
                Optional<String> by = wrt.stream().filter(d::bodyMentions).findFirst();
                if (by.isPresent()) {
                    leftOutReason = d.unreadWords() + ", and the step takes a derivative by " + by.get()
                            + ", which it may use, so the inline definitions beside it are not read either; " + InlineDefinitions.WRITE_AS_DISPLAY;
                    return Optional.empty();
                }
            }
        }
        // ∂a_i/∂q where the inline definitions use q as a vector ($s_j = q^\top k_j$): the gradient, component by component
        // (not under a special case, "if $x_i = x$ for all $i$", where the plain x is the entries' one value)
        Optional<VectorVariables.Reading> byComponents = assume.sampling.constraints().stream().anyMatch(c -> c instanceof Sampling.Equal)
                ? Optional.empty() : VectorVariables.of(a, b, head, read);
        if (byComponents.isPresent() && byComponents.get().unreadable().isPresent()) {
            return Optional.empty();
        }
        if (byComponents.isPresent()) {
            a = byComponents.get().left();
            b = byComponents.get().right();
            head = byComponents.get().head();
        }
        // Let $y_i = \gamma \hat{x}_i + \beta$, then ∂ℓ/∂γ = Σ_i ∂ℓ/∂y_i x̂_i: ℓ known through its gradient, as beside a display
        Optional<UpstreamGradients.Implied> implied = impliedUpstream(head == null ? List.of(a, b) : List.of(a, b, head), read, known,
                at, right.line());
        if (implied.isPresent()) {
            read = read.with(implied.get().loss());
        }
        // $a^{(l)} = \sigma(z^{(l)})$ beside the last layer's a^{(L)}: that layer, as checkAsAssumed reads it (CapitalLayers)
        Optional<LabelLayers.Anchored> named = CapitalLayers.of(head == null ? List.of(a, b) : List.of(a, b, head), read);
        named.ifPresent(n -> addComponentNote(n.note()));
        read = named.map(LabelLayers.Anchored::definitions).orElse(read);
        try {
            Function<Definitions, PairChecker> checker = d -> new PairChecker(new PairChecker.Knowledge(d, assume.assumptions,
                    assume.sampling, known, at, negatives, oneNumbers, defs.sizedLosses, layout));
            PairChecker.Result r = throughUpstream(checker.apply(read).check(a, b, branches, head), implied, checker.apply(read), a, b,
                    branches);
            if (r.outcome() == Outcome.FALSE) {
                // as a step without inline definitions is (check): false only where two labels of a comparison are one
                Optional<PairChecker.Result> distinct = withDistinctLabels(checker.apply(read), read, at, a, b, head, branches);
                r = distinct.isPresent() ? distinct.get() : asTwoArrays(checker, read, a, b, head, branches, right.line()).orElse(r);
            }
            // as a step without inline definitions is (check): false here, right under an assumption the text no longer states
            Definitions readAll = read;
            Expr x = a;
            Expr y = b;
            Expr h = head;
            r = unlessUndrawn(unlessLapsedHold(r, () -> checker.apply(readAll).check(x, y, branches, h)), x, y, readAll);
            Inline checked = new Inline(r, List.copyOf(leftOut));
            if (leftOut.isEmpty() || checked.holds()) {
                byComponents.ifPresent(c -> addComponentNote(c.note()));
                return Optional.of(checked);
            }
            leftOutReason = String.join("; ", leftOut.stream().map(InlineDefinitions::unreadWords).toList()) + ": with "
                    + (leftOut.size() == 1 ? "it" : "them") + " left out the step is not proven, which may be only because "
                    + (leftOut.size() == 1 ? "that name is" : "those names are") + " left free; " + InlineDefinitions.WRITE_AS_DISPLAY;
            return Optional.empty();
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /**
     * The loss a step knows only through its upstream gradient, {@code ∂ℓ/∂γ = Σ_i ∂ℓ/∂y_i x̂_i} with ℓ nowhere defined
     * ({@link UpstreamGradients#implied}), read with {@code read}: its name and gradient added to {@code known}, its line
     * ({@code line}, the step's) to {@code at}, its note to the step's.
     */
    private Optional<UpstreamGradients.Implied> impliedUpstream(List<Expr> sides, Definitions read, Set<String> known,
                                                                Map<String, Integer> at, int line) {
        Optional<UpstreamGradients.Implied> implied = defs.upstream.isEmpty()
                ? UpstreamGradients.implied(sides, read, defs.functions.keySet(), known) : Optional.empty();
        implied.ifPresent(i -> {
            known.add(i.loss().name());
            known.add(i.gradient());
            at.put(i.loss().name(), line);
            addComponentNote(i.note());
        });
        return implied;
    }

    /**
     * {@code r}, the verdict on {@code a = b} through an implied upstream gradient, unless it is false only where the
     * difference of the sides does not depend on that gradient: a term without it (+ λw) may be ℓ's direct dependence on
     * the variable, which ℓ, nowhere defined, may have; then undecided, with the reason.
     */
    private PairChecker.Result throughUpstream(PairChecker.Result r, Optional<UpstreamGradients.Implied> implied, PairChecker checker,
                                               Expr a, Expr b, List<Assumption.Branch> branches) {
        if (implied.isEmpty() || r.outcome() != Outcome.FALSE) {
            return r;
        }
        Expr g = implied.get().gradientAvoiding(Exprs.sub(a, b));
        PairChecker.Result rest = checker.check(new Derivative(Exprs.sub(a, b), g), Exprs.ZERO, branches, null);
        if (rest.outcome() == Outcome.FALSE) {
            return r;
        }
        String loss = implied.get().loss().name();
        String by = a instanceof Derivative d ? Printer.ascii(defs.writtenNames.apply(d.wrt())) : "the variable";
        return new PairChecker.Result(Outcome.UNDECIDED, "the step holds only if " + loss + " depends on " + by + " also"
                + " otherwise than through " + implied.get().through()
                + ", and the document does not define " + loss + "; define it", Optional.empty(), Optional.empty());
    }

    /**
     * {@code f}, a function defined in inline math, with the calls in its body of the functions the displays define
     * applied ({@code The hypothesis is $h_\theta(x) = g(\theta^T x)$} above {@code $$g(z) = \frac{1}{1 + e^{-z}}$$}),
     * as a display definition's body has them.
     */
    private DocumentFunction withDisplayFunctions(DocumentFunction f, SourceSpan where) {
        return f.withBody(withDisplayFunctions(f.body(), f.name(), where));
    }

    /**
     * An inline definition's value with the calls of the functions the displays define applied, as a display's value has
     * them ({@code J = \frac{1}{m}\sum_i \mathcal{L}(\hat y^{(i)}, y^{(i)})} below {@code $$\mathcal{L}(\hat y, y) = …$$}): else a
     * call of an unknown function, whose arguments are not expanded, makes a derivative through them 0.
     */
    private Definition withDisplayFunctions(Definition d, SourceSpan where) {
        Expr body = withDisplayFunctions(d.body(), d.name(), where);
        return body == d.body() ? d : new Definition(d.target(), body);
    }

    /**
     * {@code body} with the calls of every function the displays define, other than {@code self}, applied, and the components
     * they define on their own written as those names ({@code $p_c = 1 - 1/R_0$} below {@code $$R_0 = \frac{\beta}{\gamma}$$}: the
     * display's R_0 is the name R0, which a step differentiates by; read apart it was R's entry 0, and p_c did not depend on R0).
     */
    private Expr withDisplayFunctions(Expr body, String self, SourceSpan where) {
        body = defs.components.apply(body);
        for (String name : new TreeSet<>(defs.functions.keySet())) {
            if (!name.equals(self)) {
                body = CallsBeforeDefinition.applied(body, defs.functions.get(name), defs.sampleArguments.getOrDefault(name, Set.of()), where);
            }
        }
        return body;
    }

    /**
     * The pair checked under what the document assumes here; where that is false but a symmetry the text stated for steps
     * before makes it hold ({@link SymmetryScopes}), undecided: the text no longer says it here, and may still mean it.
     */
    PairChecker.Result check(Side left, Side right, List<Assumption.Branch> branches) {
        PairChecker.Result r = heldFixed(onASideInWords(checkAsAssumed(left, right, branches), left, right, branches),
                left, right, branches);
        PairChecker.Result held = unlessSquareOnly(unlessSymmetricConvention(unlessLapsedHold(r, () -> checkAsAssumed(left, right, branches)),
                left, right, branches), left, right, branches);
        return left.expr().isEmpty() || right.expr().isEmpty() ? held
                : unlessUndrawn(held, left.expr().get(), right.expr().get(), defs.definitions);
    }

    /**
     * {@code r}, or undecided where it is numerically equal through the inverse or determinant of a matrix expression
     * ({@link CompoundMatrices}) made of a matrix the document sizes with two letters of their own ({@code X \in \mathbb{R}^{n
     * \times k}}) and does not agree with that matrix tall ({@link TallMatrices}): the check draws every size as one number,
     * where X is square and X(XᵀX)⁻¹Xᵀ = I, which no taller X makes true.
     */
    private PairChecker.Result unlessSquareOnly(PairChecker.Result r, Side left, Side right, List<Assumption.Branch> branches) {
        if (r.outcome() != Outcome.NUMERICALLY_EQUAL || left.expr().isEmpty() || right.expr().isEmpty()) {
            return r;
        }
        List<Expr> sides = new ArrayList<>();
        for (Expr side : List.of(left.expr().get(), right.expr().get())) {
            try {
                sides.add(defs.definitions.expand(side));
            } catch (RuntimeException e) {
                sides.add(side);
            }
        }
        Map<String, org.symgrad.parse.latex.Dimensions.Declared> declared = org.symgrad.parse.latex.Dimensions.in(text);
        Set<String> rectangular = TallMatrices.inCompounds(sides, defs.definitions, declared);
        if (rectangular.isEmpty()) {
            return r;
        }
        Optional<TallMatrices.Tall> tall = TallMatrices.of(sides, defs.definitions, declared);
        PairChecker.Result again = new PairChecker.Result(Outcome.UNDECIDED, "", Optional.empty(), Optional.empty());
        Definitions square = defs.definitions;
        try {
            if (tall.isPresent()) {
                defs.definitions = tall.get().definitions();
                again = checkAsAssumed(withExpr(left, tall.get().sides().apply(left.expr().get())),
                        withExpr(right, tall.get().sides().apply(right.expr().get())), branches);
            }
        } catch (RuntimeException e) {
            // not read with the matrices tall: undecided, as it agrees only square
        } finally {
            defs.definitions = square;
        }
        if (again.outcome() == Outcome.NUMERICALLY_EQUAL || again.outcome() == Outcome.PROVEN) {
            return r;
        }
        return new PairChecker.Result(Outcome.UNDECIDED, TallMatrices.squareOnly(rectangular), Optional.empty(),
                Optional.empty(), r.renamed());
    }

    /**
     * {@code r}, or undecided where it is false for a derivative by a matrix the text states symmetric (or positive definite)
     * and holds in the convention for symmetric matrices, which counts X_ij and X_ji as one variable: G + Gᵀ − diag G for the
     * gradient G this check takes with the entries independent ({@code ∂ log det Σ/∂Σ = 2Σ⁻¹ − diag(Σ⁻¹)}).
     */
    private PairChecker.Result unlessSymmetricConvention(PairChecker.Result r, Side left, Side right, List<Assumption.Branch> branches) {
        if (r.outcome() != Outcome.FALSE || left.expr().isEmpty() || right.expr().isEmpty()
                || !(left.expr().get() instanceof Derivative d) || !(d.wrt() instanceof Indexed x) || x.indices().size() != 2
                || x.indices().get(0).equals(x.indices().get(1)) || assume.sampling.constraints().stream().noneMatch(c ->
                c instanceof org.symgrad.assume.Sampling.Symmetric y && y.name().equals(x.name())
                || c instanceof org.symgrad.assume.Sampling.PositiveDefinite p && p.name().equals(x.name()))) {
            return r;
        }
        String i = x.indices().get(0);
        String j = x.indices().get(1);
        Expr swapped = Indices.renameAll(d, Map.of(i, j, j, i));
        Expr convention = Exprs.sub(Exprs.add(d, swapped), Exprs.mul(new org.symgrad.expr.Delta(i, j), d));
        PairChecker.Result c = checkAsAssumed(withExpr(left, convention), right, branches);
        if (c.outcome() != Outcome.PROVEN && c.outcome() != Outcome.NUMERICALLY_EQUAL) {
            return r;
        }
        return new PairChecker.Result(Outcome.UNDECIDED, "false with the entries of " + x.name() + " read as independent variables "
                + "(the gradient this check takes), but it holds in the convention for a symmetric " + x.name() + " that counts "
                + x.name() + "_ij and " + x.name() + "_ji as one variable (G + Gᵀ − diag G); say which convention the text uses",
                Optional.empty(), Optional.empty(), r.renamed());
    }

    /** The layout the text says its derivatives by vectors and matrices are written in ({@link StatedLayout}). */
    private StatedLayout.Layout layout;

    /** The matrices the text states idempotent or orthogonal ({@link UndrawnProperties}), read once. */
    private Map<String, String> undrawn;

    /** The names {@code e} takes a derivative by, added to {@code out}. */
    private static void derivativesBy(Expr e, Set<String> out) {
        if (e instanceof Derivative d) {
            out.add(d.wrt() instanceof Indexed x ? x.name() : d.wrt() instanceof Sym y ? y.name() : "");
        }
        Exprs.children(e).forEach(c -> derivativesBy(c, out));
    }

    /**
     * {@code r}, or undecided where it is false and a side, its definitions written out, writes a matrix the text states to be
     * what the check does not draw (idempotent, orthogonal): the step may hold where the matrix is so.
     */
    private PairChecker.Result unlessUndrawn(PairChecker.Result r, Expr left, Expr right, Definitions definitions) {
        if (r.outcome() != Outcome.FALSE) {
            return r;
        }
        if (undrawn == null) {
            undrawn = UndrawnProperties.in(text);
        }
        if (undrawn.isEmpty()) {
            return r;
        }
        Set<String> written = new HashSet<>();
        // the names the counterexample sets (P_{1,1}, …): what the false check reads, through every definition
        r.verdict().ifPresent(v -> v.point().keySet().forEach(k -> written.add(k.replaceAll("_.*", ""))));
        for (Expr side : List.of(left, right)) {
            Expr expanded;
            try {
                expanded = definitions.expand(side);
            } catch (RuntimeException e) {
                expanded = side;
            }
            written.addAll(InlineDefinitions.names(expanded));
            written.addAll(InlineDefinitions.names(side));
        }
        // an orthogonal R the step differentiates by (Procrustes, W^\top W = I of PCA): a constraint on the variable, under which
        // a derivative identity is no truer
        Set<String> by = new HashSet<>();
        for (Expr side : List.of(left, right)) {
            derivativesBy(side, by);
        }
        for (Map.Entry<String, String> u : undrawn.entrySet()) {
            // a triangular L the step differentiates by entry (∂/∂L_ii): a point where its other side is 0, no constraint on a direction
            if (written.contains(u.getKey()) && (!by.contains(u.getKey()) || u.getValue().equals(UndrawnProperties.TRIANGULAR))) {
                return new PairChecker.Result(Outcome.UNDECIDED, "false at points where " + u.getKey() + " is any matrix, but the text "
                        + "states " + u.getKey() + " " + u.getValue() + ", which the check does not draw: the step may hold under it",
                        Optional.empty(), Optional.empty(), r.renamed());
            }
        }
        return r;
    }

    /**
     * {@code r}, or undecided where it is false and {@code again}, the same check with the lapsed or conventional assumptions
     * ({@link DocumentAssumptions#withLapsed}) assumed again, is not: the text no longer says them here, or never did.
     */
    private PairChecker.Result unlessLapsedHold(PairChecker.Result r, Supplier<PairChecker.Result> again) {
        if (r.outcome() != Outcome.FALSE || !assume.anyLapsed()) {
            return r;
        }
        PairChecker.Result with = assume.withLapsed(again);
        if (with.outcome() == Outcome.FALSE) {
            return r;
        }
        return new PairChecker.Result(Outcome.UNDECIDED, "false as assumed here, but it holds under " + assume.lapsedText()
                + "; say so where it holds",
                Optional.empty(), Optional.empty(), r.renamed());
    }

    /**
     * {@code r}, or undecided where it is false with a name the step writes read through its display definition, and right
     * with the name held fixed, as the prose holds it or calls it a constant ({@link HeldConstants}): Ostwald's K = α²c/(1 − α)
     * relates the law's constant to α and c, and {@code d/dc √(K/c)} "with K fixed" lets α follow c.
     */
    private PairChecker.Result heldFixed(PairChecker.Result r, Side left, Side right, List<Assumption.Branch> branches) {
        if (r.outcome() != Outcome.FALSE || left.expr().isEmpty() || right.expr().isEmpty()) {
            return r;
        }
        Set<String> written = new HashSet<>(InlineDefinitions.names(left.expr().get()));
        written.addAll(InlineDefinitions.names(right.expr().get()));
        Set<String> tried = new HashSet<>();
        for (HeldConstants h : heldConstants()) {
            Integer at = defs.definedAt.get(h.name());
            if (at == null || at > right.line() || defs.definitions.of(h.name()).isEmpty() || !written.contains(h.name())
                    || !tried.add(h.name())) {
                continue;
            }
            // the words nearest above the step that hold it fixed, else the first
            int said = heldConstants().stream().filter(o -> o.name().equals(h.name()) && o.line() <= right.line())
                    .mapToInt(HeldConstants::line).max().orElse(h.line());
            Definitions saved = defs.definitions;
            PairChecker.Result fixed;
            try {
                defs.definitions = saved.without(h.name());
                fixed = checkAsAssumed(left, right, branches);
            } finally {
                defs.definitions = saved;
            }
            if (fixed.outcome() == Outcome.PROVEN || fixed.outcome() == Outcome.NUMERICALLY_EQUAL) {
                String k = Printer.ascii(defs.writtenNames.apply(new Sym(h.name())));
                return new PairChecker.Result(Outcome.UNDECIDED, "false with " + k + " read through its equation at line " + at
                        + ", but line " + said + " holds " + k + " fixed or calls it a constant, and with " + k + " fixed the step holds:"
                        + " the equation relates the constant to the variables; say which one the step means",
                        Optional.empty(), Optional.empty(), r.renamed());
            }
        }
        return r;
    }

    /** The names the prose holds fixed or calls constants ({@link HeldConstants}), read once. */
    private List<HeldConstants> heldConstants() {
        if (held == null) {
            held = HeldConstants.in(text, naming, at -> SourceSpan.of(text, at, 1).line());
        }
        return held;
    }

    private List<HeldConstants> held;

    /**
     * {@code r}, or undecided where it is false but the prose states a case in words only ({@link WordCases}: "on the
     * active side of the hinge") and the step holds on one side of a switch its sides differentiate: the case may be that
     * side, and the report names it.
     */
    private PairChecker.Result onASideInWords(PairChecker.Result r, Side left, Side right, List<Assumption.Branch> branches) {
        if (r.outcome() != Outcome.FALSE || assume.wordCase == null || assume.proseCase != null
                || left.expr().isEmpty() || right.expr().isEmpty()) {
            return r;
        }
        List<Expr> sides = List.of(defs.definitions.expand(left.expr().get()), defs.definitions.expand(right.expr().get()));
        for (Expr u : org.symgrad.check.Kinks.switchedBy(sides)) {
            for (Expr side : List.of(u, Exprs.neg(u))) {
                String where = Printer.ascii(defs.writtenNames.apply(side)) + " > 0";
                Sampling saved = assume.sampling;
                assume.sampling = saved.with(new Sampling.Holds(side, true, where));
                PairChecker.Result there;
                try {
                    there = checkAsAssumed(left, right, branches);
                } finally {
                    assume.sampling = saved;
                }
                if (there.outcome() == Outcome.PROVEN || there.outcome() == Outcome.NUMERICALLY_EQUAL) {
                    return new PairChecker.Result(Outcome.UNDECIDED, "false as written, but it holds where " + where
                            + ": the case \"" + assume.wordCase + "\" is stated in words only; state it as an inequality to "
                            + "check the step there", Optional.empty(), Optional.empty(), r.renamed());
                }
            }
        }
        return r;
    }

    private PairChecker.Result checkAsAssumed(Side left, Side right, List<Assumption.Branch> branches) {
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(this::collectWrt);
        }
        Expr head = chain.get().head != null && chain.get().head.readable() ? chain.get().head.expr().get() : null;
        Expr a = left.expr().get();
        Expr b = right.expr().get();
        componentNote = null;
        Optional<VectorVariables.Reading> byComponents = VectorVariables.of(a, b, head, defs.definitions);
        if (byComponents.isPresent() && byComponents.get().unreadable().isPresent()) {
            return new PairChecker.Result(Outcome.UNDECIDED, byComponents.get().unreadable().get(), Optional.empty(), Optional.empty());
        }
        if (byComponents.isPresent()) {
            a = byComponents.get().left();
            b = byComponents.get().right();
            head = byComponents.get().head();
            componentNote = byComponents.get().note();
        }
        boolean byWholeMatrix = Stream.of(left, right).anyMatch(s -> s.reading().notes().stream()
                .anyMatch(n -> n.text().contains("read entry by entry")));
        List<Expr> sides = head == null ? List.of(a, b) : List.of(a, b, head);
        Set<String> known = new LinkedHashSet<>(defs.knownNames);
        Map<String, Integer> at = new HashMap<>(defs.definedAt);
        Optional<UpstreamGradients.Implied> implied = impliedUpstream(sides, defs.definitions, known, at, right.line());
        Definitions upstream = implied.map(i -> defs.definitions.with(i.loss())).orElse(defs.definitions);
        // δ^l and δ^{l+1} of layers labelled l above: the layers the step writes, instantiated (LabelLayers)
        Optional<LabelLayers.Anchored> layers = LabelLayers.anchored(sides, upstream, defs.upstream);
        layers.ifPresent(l -> addComponentNote(l.note()));
        Definitions labelled = layers.map(LabelLayers.Anchored::definitions).orElse(upstream);
        // z^2, a^1 of a network of two layers beside the general z^l, a^l: those layers (NumberedLayers)
        Optional<LabelLayers.Anchored> numbered = NumberedLayers.of(sides, labelled);
        numbered.ifPresent(l -> addComponentNote(l.note()));
        Definitions definitions = numbered.map(LabelLayers.Anchored::definitions).orElse(labelled);
        Function<Definitions, PairChecker> checker = d -> new PairChecker(new PairChecker.Knowledge(d, assume.assumptions,
                assume.sampling, known, at, negatives, oneNumbers, defs.sizedLosses, layout), byWholeMatrix);
        PairChecker.Result r = checker.apply(definitions).check(a, b, branches, head);
        PairChecker.Result upstreamOnly = throughUpstream(r, implied, checker.apply(definitions), a, b, branches);
        if (upstreamOnly != r) {
            return upstreamOnly;
        }
        if (r.outcome() == Outcome.FALSE) {
            Optional<PairChecker.Result> distinct = withDistinctLabels(checker.apply(definitions), definitions, at, a, b, head, branches);
            if (distinct.isPresent()) {
                return distinct.get();
            }
            Optional<PairChecker.Result> two = asTwoArrays(checker, definitions, a, b, head, branches, right.line());
            if (two.isPresent()) {
                return two.get();
            }
        }
        if (r.outcome() == Outcome.UNDECIDED) {
            // Σ_i (…) x_i = Xᵀ(…): X, nowhere defined, stacks the examples x_i, by rows or by columns
            List<PairChecker.Result> stacked = new ArrayList<>();
            List<DesignMatrices.Stacking> stackings = DesignMatrices.of(sides, definitions);
            for (DesignMatrices.Stacking s : stackings) {
                PairChecker.Result with = checker.apply(definitions.with(s.definition())).check(a, b, branches, head);
                if (with.outcome() == Outcome.PROVEN || with.outcome() == Outcome.NUMERICALLY_EQUAL) {
                    addComponentNote(s.note());
                    return with;
                }
                stacked.add(with);
            }
            if (stacked.size() == 2 && stacked.stream().allMatch(w -> w.outcome() == Outcome.FALSE)) {
                addComponentNote(stackings.get(0).note() + ", and false with its columns too");
                return stacked.get(0);
            }
        }
        return r;
    }

    /**
     * A false step checked again where two labels of a comparison the sides reach differ ({@link ComparedLabels}: x̂_uij is 0 at
     * i = j, a win of i over j is ½ at i = j), with the note that says so; empty where it reaches none or is not decided there.
     */
    private Optional<PairChecker.Result> withDistinctLabels(PairChecker checker, Definitions definitions, Map<String, Integer> at,
                                                            Expr a, Expr b, Expr head, List<Assumption.Branch> branches) {
        List<Expr> sides = head == null ? List.of(a, b) : List.of(a, b, head);
        Optional<ComparedLabels.Distinct> distinct = ComparedLabels.rescue(sides, definitions, at, defs.writtenNames::apply,
                branches, more -> checker.check(a, b, more, head),
                e -> checker.check(e, Exprs.ZERO, List.of(), null).outcome() == Outcome.PROVEN);
        distinct.ifPresent(d -> addComponentNote(d.note()));
        return distinct.map(ComparedLabels.Distinct::result);
    }

    /**
     * The verdict on a step false with one array, where the document writes two arrays under its name: β_u + β_i of a user
     * and an item ({@link IndexKinds}), w_{ji} and w_{kj} of two layers ({@link LayerWeights}); decided so, with the note.
     */
    private Optional<PairChecker.Result> asTwoArrays(Function<Definitions, PairChecker> checker, Definitions definitions, Expr a,
                                                     Expr b, Expr head, List<Assumption.Branch> branches, int line) {
        List<Expr> written = head == null ? List.of(a, b) : List.of(a, b, head);
        // δ_k given for the output units beside the display's δ_j: first each array at its letter, then the layers' weights
        Optional<IndexKinds.Split> byLetter = LetterDefinitions.of(written, definitions, givenAtLetters(line),
                e -> Printer.ascii(defs.writtenNames.apply(e)));
        Function<Expr, Expr> first = byLetter.map(IndexKinds.Split::sides).orElse(Function.identity());
        Definitions base = byLetter.map(IndexKinds.Split::definitions).orElse(definitions);
        List<Expr> sides = written.stream().map(first).toList();
        Optional<IndexKinds.Split> split = IndexKinds.of(sides, base, text).or(() -> LayerWeights.of(sides, base));
        if (split.isEmpty() && byLetter.isEmpty()) {
            return Optional.empty();
        }
        Function<Expr, Expr> f = split.map(s -> first.andThen(s.sides())).orElse(first);
        PairChecker.Result two = checker.apply(split.map(IndexKinds.Split::definitions).orElse(base)).check(f.apply(a), f.apply(b),
                branches, head == null ? null : f.apply(head));
        if (two.outcome() != Outcome.PROVEN && two.outcome() != Outcome.NUMERICALLY_EQUAL && two.outcome() != Outcome.FALSE) {
            return Optional.empty();
        }
        byLetter.ifPresent(s -> addComponentNote(s.note()));
        split.ifPresent(s -> addComponentNote(s.note()));
        return Optional.of(two);
    }

    /**
     * The inline formulas above the step at {@code line} that a word names definitions and that give, below its display
     * definition, an array at an index ({@code For the output units $\delta_k = y_k - t_k$}): {@link LetterDefinitions}.
     */
    private List<LetterDefinitions.Given> givenAtLetters(int line) {
        List<LetterDefinitions.Given> out = new ArrayList<>();
        for (InlineDefinitions d : defs.inline) {
            if (d.line() <= line && defs.inScope(d, line)) {
                givenAtLetter(d).ifPresent(out::add);
            }
        }
        return out;
    }

    /** {@code d} as the formula it gives an array at another letter than its display definition, if it does. */
    private Optional<LetterDefinitions.Given> givenAtLetter(InlineDefinitions d) {
        Integer display = defs.definedAt.get(d.name());
        if (!d.cued() || display == null || display >= d.line()) {
            return Optional.empty();
        }
        return d.asNameDefinition(naming, text, reading.context).filter(def -> LetterDefinitions.atAnotherLetter(def, defs.definitions))
                .map(def -> new LetterDefinitions.Given(def, d.line(), d.latex()));
    }

    /** {@code note} after the reading notes this pair already has. */
    private void addComponentNote(String note) {
        if (componentNote == null || !componentNote.contains(note)) {
            componentNote = componentNote == null ? note : componentNote + "; " + note; // read once, said once
        }
    }

    /**
     * The verdict on a display that solves a derivative for zero ({@link StationaryPoints}): the derivative at the
     * solution is 0. Said only when decided; a claim that holds with the earlier solutions put in holds jointly.
     */
    Optional<PairVerdict> stationaryPoint(Target t, Side first, Side body) {
        withCompounds();
        Announced known = announced(body.line());
        Optional<StationaryPoints.Claimed> claimed = stationary.solution(t, body.expr().get(), first.text(), body.text(), known.definitions(),
                defs.components::apply);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        StationaryPoints.Claimed c = claimed.get();
        PairChecker checker = checker(known.definitions());
        PairChecker.Result r = checker.check(c.alone(), Exprs.ZERO, assume.branches(), null);
        String joint = "";
        if (r.outcome() == Outcome.FALSE && c.jointly().isPresent()) {
            PairChecker.Result j = checker.check(c.jointly().get(), Exprs.ZERO, assume.branches(), null);
            if (j.outcome() != Outcome.FALSE) {
                r = j;
                joint = "with the estimates solved before it; ";
            }
        }
        if (r.outcome() == Outcome.UNDECIDED || r.outcome() == Outcome.SKIPPED) {
            return Optional.empty();
        }
        String inline = String.join("", known.used().stream().map(d -> d.readWords() + "; ").toList());
        return Optional.of(new PairVerdict(body.line(), c.left(), c.right(), r.outcome(),
                "the text solves the derivative for zero: " + inline + joint + r.detail(), r.verdict().map(defs.writtenNames::apply),
                Optional.empty(), body.start(), body.rowEnd(), List.of()));
    }

    /**
     * The verdict on a step that differentiates a curve the document wrote before it, with the curve's names functions of
     * a variable nothing defines ({@link ImplicitCurves}); or, for a step false as an identity ({@code asRead}), that
     * holds on such a curve. None where the step is neither.
     */
    Optional<PairVerdict> implicit(Side left, Side right, List<Assumption.Branch> branches, ImplicitCurves curves, Outcome asRead) {
        Optional<ImplicitCurves.Claim> claim = slope(left, right, curves);
        if (claim.isEmpty() && (asRead == Outcome.FALSE || asRead == Outcome.UNDECIDED) && left != null && left.readable()
                && right.readable()) {
            // false as an identity, or undecided with a name on one side only (−(x² + y²)/y³ = −25/y³): it may hold on the curve
            claim = curves.onCurve(left.expr().get(), right.expr().get(), right.start(), text, this::undefined);
        }
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        PairChecker checker = checker(defs.definitions);
        boolean proven = !claim.get().rates().isEmpty() && claim.get().checks().stream()
                .allMatch(m -> checker.check(m, Exprs.ZERO, branches, null).outcome() == Outcome.PROVEN);
        StringBuilder detail = new StringBuilder();
        Outcome outcome = proven ? Outcome.PROVEN : ImplicitCurves.onTheCurve(claim.get(), detail);
        if (claim.get().rates().isEmpty() && outcome != Outcome.NUMERICALLY_EQUAL) {
            return Optional.empty(); // false as an identity, and not shown to hold on the curve: false as read
        }
        // y′ is a rate here, not the name yprime the reader took it for
        List<ReadingNote> notes = notes(left, right);
        for (org.symgrad.expr.Sym v : claim.get().rates()) {
            notes.removeIf(n -> n.text().matches(java.util.regex.Pattern.quote(v.name()) + "'* read as the name " + v.name() + "prime.*"));
        }
        return Optional.of(new PairVerdict(right.line(), left.text(), right.text(), outcome, claim.get().reading() + "; "
                + (proven ? "proven" : detail), Optional.empty(), Optional.empty(), right.start(), right.rowEnd(), notes));
    }

    /**
     * The document's definitions with every matrix expression read so far whose inverse or determinant a side takes
     * ({@link CompoundMatrices}: {@code (X^\top X)^{-1}}), defined by its entries: the checker computes its inverse and
     * determinant from them, and differentiates through them.
     */
    private void withCompounds() {
        for (CompoundMatrices.Compound c : vectors.compounds()) {
            if (defs.definitions.of(c.name()).isEmpty()) {
                defs.definitions = defs.definitions.with(new Definition(c.target(), c.body()));
            }
        }
    }

    /** A checker of claims that stand apart from the step's own sides, with {@code definitions} and the document's names. */
    private PairChecker checker(Definitions definitions) {
        return new PairChecker(new PairChecker.Knowledge(definitions, assume.assumptions, assume.sampling, defs.knownNames,
                defs.definedAt, negatives, oneNumbers, defs.sizedLosses, layout), false);
    }

    /** Whether nothing in the document defines the name, as a value or a function. */
    private boolean undefined(String name) {
        return defs.definitions.of(name).isEmpty() && !defs.functions.containsKey(name);
    }

    /** What the step says about the slope of a curve the document wrote before it ({@link ImplicitCurves}), if it says it. */
    Optional<ImplicitCurves.Claim> slope(Side left, Side right, ImplicitCurves curves) {
        if (left == null || right == null || !left.readable() || !right.readable()) {
            return Optional.empty();
        }
        return curves.claim(left.expr().get(), right.expr().get(), right.start(), text, this::undefined);
    }

    /** A closed form with an inverse the text solves a gradient by a vector for zero, checked as the system it solves ({@link InverseSolutions}). */
    Optional<PairVerdict> inverseSolution(Target t, Side first, Side body) {
        withCompounds();
        Definitions definitions = announced(body.line()).definitions();
        return stationary.vectorSolution(t, definitions)
                .flatMap(g -> InverseSolutions.verdict(g, first, body, reading.context, assume.sampling, text, definitions));
    }

    /** The document's definitions with inline ones read as displays ({@link #announced}), and which those were. */
    private record Announced(Definitions definitions, List<InlineDefinitions> used) {
    }

    /**
     * The document's definitions with the inline definitions the prose announces above {@code line} read as displays would
     * be, of names no display defines and each defined inline once: a name's ({@code where $\ell = …$}), a vector's, a
     * function's value ({@code Let $\ell(\mu) = …$}, for {@code \frac{d\ell}{d\mu}}). What a closed form a text solves a
     * derivative for ({@link StationaryPoints}) is checked with.
     */
    private Announced announced(int line) {
        Definitions read = defs.definitions;
        List<InlineDefinitions> used = new ArrayList<>();
        for (InlineDefinitions d : defs.inline) {
            if (!d.reads() || d.line() > line || !defs.inScope(d, line) || defs.isDefined(d.name()) || defs.definedAt.containsKey(d.name())
                    || defs.inline.stream().filter(o -> o.name().equals(d.name())).count() != 1) {
                continue;
            }
            Optional<Definition> as = d.asNameDefinition(naming, text, reading.context)
                    .or(() -> d.asFunctionValue(naming)).map(def -> withDisplayFunctions(def, SourceSpan.of(text, d.at(), 1)));
            if (as.isPresent()) {
                try {
                    read = read.with(as.get());
                    used.add(d);
                } catch (InputException e) {
                    // one that does not fit the others (a cycle): not read
                }
            }
        }
        return new Announced(read, used);
    }

    /** The names {@code e} takes derivatives by, into {@code out}. */
    private static void byNames(Expr e, Set<String> out) {
        if (e instanceof Derivative d) {
            out.add(d.wrt().name());
        }
        Exprs.children(e).forEach(c -> byNames(c, out));
    }

    private void collectWrt(Expr e) {
        if (e instanceof Derivative d) {
            defs.knownNames.add(d.wrt().name());
        } else if (e instanceof IndexSum) {
            // the bound index is not a name
        }
        Exprs.children(e).forEach(this::collectWrt);
    }
}
