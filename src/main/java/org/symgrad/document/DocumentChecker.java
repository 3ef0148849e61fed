package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.parse.latex.InvertedMatrices;
import org.symgrad.parse.latex.ArgExtrema;
import org.symgrad.parse.latex.Condition;
import org.symgrad.parse.latex.ConditionalCalls;
import org.symgrad.parse.latex.Dimensions;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.VectorEntries;
import org.symgrad.parse.latex.LatexSpans;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.Target;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.Rule;
import org.symgrad.simplify.Rules;

/**
 * Checks a derivation as it is written in a Markdown or LaTeX document (SPEC §8), in reading order:
 * <ul>
 *   <li>an equation whose first side is a name not yet defined ({@code y_i}, {@code \hat{y}_i},
 *       {@code \sigma(a)_i}, {@code l(y, \hat y)}, {@code E}) defines it by its second side, and its
 *       further sides are checked against that; every other equation is a chain whose adjacent pairs
 *       are checked; a later definition of a name replaces the earlier one;</li>
 *   <li>a row or block that starts with {@code =} continues the chain before it, also across prose;
 *       a block that ends with {@code =} continues in the next, whose restated first side is dropped;</li>
 *   <li>{@code where}-clauses define names for their whole block; directives add assumptions,
 *       definitions and Einstein summation; a branch condition in the prose before a block
 *       ({@code when i = j}) holds for the blocks after it until the next condition or heading;</li>
 *   <li>a side that cannot be read is reported with the reason and its place, and the pair around it
 *       is checked from the last readable side; only equations that use a definition that could not
 *       be read are skipped for that reason.</li>
 * </ul>
 */
public final class DocumentChecker {
    /** The readings again a document may take to learn the sizes of the vectors it does not declare, each from the last. */
    private static final int INFERRING_PASSES = 3;

    private final String text;
    private final DocumentKind kind;
    private final DocumentOptions options;

    private final List<String> messages = new ArrayList<>();
    private final VectorEntries vectors = new VectorEntries();
    private final StationaryPoints stationary = new StationaryPoints();
    /** The curves the document writes, for the steps that differentiate them implicitly. */
    private final ImplicitCurves curves;
    private final DocumentDefinitions defs;
    private final DocumentReading reading;
    private final DocumentAssumptions assume;
    /** Where a symmetry the prose states holds. */
    private final SymmetryScopes symmetries;
    private final ProseFunctionBindings proseFunctions;
    private final StatementReader reader;
    private final DefiningStatements defining;
    private final StepJudge judge;
    /** The label vectors what the prose says of "the labels" is said of ({@link NamelessLabelStatements}). */
    private final NamelessLabelStatements labels;
    /** The letter the prose last named as the true class ({@link TrueClassStatements}), or null. */
    private TrueClassStatements.Named trueClass;

    /** An undecided pair that uses names the document had not defined yet, to check again at its end. */
    private record Waiting(PairVerdict verdict, Side left, Side right, List<Assumption.Branch> branches, Side head,
                           Side lastReadable, Set<String> undefined) {
    }

    private final List<Waiting> waiting = new ArrayList<>();

    /** Whether a definition chain may still take a later, more explicit side as its body. */
    private boolean refining;
    private EquationChain chain;
    private boolean proseSinceChain;

    private final List<Segment.Math> blocks = new ArrayList<>();
    private final List<CheckedEquation> equations = new ArrayList<>();
    private final List<RowMark> rows = new ArrayList<>();
    private final Map<Integer, String> rowRoles = new HashMap<>();

    private DocumentChecker(String text, DocumentKind kind, DocumentOptions options, boolean vectorSizesApart,
                            Map<String, Dimensions.Declared> inferredShapes) {
        this.text = text;
        this.kind = kind;
        this.options = options;
        this.defs = new DocumentDefinitions(text);
        this.reading = new DocumentReading(text, defs, vectorSizesApart);
        reading.inferredShapes = inferredShapes;
        defs.context = reading.context;
        this.assume = new DocumentAssumptions(defs, messages);
        this.symmetries = new SymmetryScopes(assume);
        InvertedMatrices.conventionallySymmetric(text).forEach(a -> assume.conventional(a, "the inverse of a covariance or precision "
                + "matrix is symmetric"));
        InvertedMatrices.conventionallySymmetricThemselves(text).forEach(a -> assume.conventional(a, "a covariance matrix is "
                + "symmetric"));
        this.proseFunctions = new ProseFunctionBindings(text, defs, messages);
        this.reader = new StatementReader(text, reading, defs, assume, vectors, messages, () -> chain);
        this.defining = new DefiningStatements(defs, reader);
        this.judge = new StepJudge(text, defs, reading, assume, vectors, stationary, () -> chain, this::proseAround);
        this.labels = NamelessLabelStatements.of(text);
        this.curves = new ImplicitCurves(text);
    }

    /** Checks {@code text}, a Markdown or LaTeX document. */
    public static CheckedDocument check(String text, DocumentKind kind, DocumentOptions options) {
        if (kind == DocumentKind.SCRIPT) {
            throw new IllegalArgumentException("a script is run, not scanned as a document");
        }
        if (kind == DocumentKind.NOTEBOOK) {
            return check(Notebook.markdown(text), DocumentKind.MARKDOWN, options);
        }
        text = LatexMacros.expanded(text); // the document's own macros (\newcommand{\vx}{\mathbf{x}}) written out
        DocumentChecker checker = new DocumentChecker(text, kind, options, true, Map.of());
        CheckedDocument checked = checker.run();
        Map<String, Dimensions.Declared> inferred = new java.util.TreeMap<>();
        for (int pass = 0; pass < INFERRING_PASSES && checker.reading.sizeNotDeclared; pass++) {
            // a vector the document does not declare, whose size its use gives (w^T x_n, x_n ∈ ℝ^D; z_i = W x_i): read again with
            // that size, while each reading finds sizes the one before did not
            int known = inferred.size();
            checker.reading.shapesFound.forEach(inferred::putIfAbsent);
            if (inferred.size() == known) {
                break;
            }
            checker = new DocumentChecker(text, kind, options, true, new java.util.TreeMap<>(inferred));
            checked = checker.run();
        }
        if (checker.reading.sizeNotDeclared) {
            // a vector whose size the document neither declares nor gives by its use, beside sizes of their own: every size
            // read as one, as before
            checker = new DocumentChecker(text, kind, options, false, Map.of());
            checked = checker.run();
        }
        if (checked.hasFalse() && !checker.assume.einstein && checker.defs.einsteinWouldSum && !checker.defs.sumsWritten) {
            // y_i = W_{ij} x_j with no sum written and no convention stated: the steps false as written that hold with
            // repeated indices summed are undecided, with the hint
            String read = text;
            checked = EinsteinHints.applied(checked, () -> check(read, kind, options.withEinstein()));
        }
        return checked;
    }

    private CheckedDocument run() {
        for (String a : options.assumptions()) {
            assume.directive("assume " + a, 0);
        }
        for (String l : options.lets()) {
            assume.directive("let " + l, 0);
        }
        if (options.einstein()) {
            assume.directive("einstein", 0);
        }
        segments = DocumentScanner.scan(text, kind);
        defs.sections = SectionScopes.of(text, segments, this::line);
        defs.whereClauses = WhereClauses.of(text, segments);
        DocumentReading.Survey survey = reading.survey(segments);
        for (org.symgrad.expr.Expr size : reading.sizesApart) {
            // K beside N: a whole number of its own, known as the sums' limit
            String name = ((org.symgrad.expr.Sym) size).name();
            assume.sampling = assume.sampling.with(new Sampling.Size(name, 0));
            defs.knownNames.add(name);
        }
        if (reading.series) {
            // \sum_{k=0}^{\infty}: partial sums to a length of their own, compared at growing lengths where a step is false
            assume.sampling = assume.sampling.withSeries(org.symgrad.parse.latex.InfiniteLimits.LENGTH.name());
            defs.knownNames.add(org.symgrad.parse.latex.InfiniteLimits.LENGTH.name());
        }
        Set<String> defined = survey.defined();
        ArgExtrema.excluded(reading.argExtrema).forEach((label, left) -> assume.labelBranches.add(new Assumption.Branch(label, left, false)));
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                defs.inline.addAll(InlineDefinitions.in(text, p.start(), p.end(), this::line, reading.sizeLetters, reading.timeIndices,
                        LatexContext.namingOf(reading.context)));
            }
        }
        defs.conditionals = ConditionalCalls.of(survey.formulas());
        reading.inlineParameters = InlineDefinitions.parameters(defs.inline);
        // "the hazard peaks at $t = …$" beside S(t): a point of the function, not a definition of its parameter
        Set<String> parameters = new java.util.HashSet<>();
        survey.formulas().forEach(tokens -> parameters.addAll(org.symgrad.parse.latex.DefinedFunctions.parameters(tokens)));
        reading.inlineParameters.values().forEach(ps -> ps.forEach(p -> {
            if (p instanceof org.symgrad.expr.Sym s) {
                parameters.add(s.name());
            }
        }));
        defs.inline.removeIf(d -> InlinePoints.isPoint(d, text, parameters));
        // "gives $\phi(z) = 1/(2\sqrt{\pi})$" beside $z = …$: φ's value at the quantity z, no definition of φ
        Set<String> quantities = new java.util.HashSet<>(survey.defined());
        defs.inline.stream().filter(d -> !d.ofAFunction()).forEach(d -> quantities.add(d.name()));
        defs.inline.removeIf(d -> InlinePoints.isValueAtQuantity(d, quantities));
        // "Scores $s_k = …$, probabilities $p_k = …$, and the loss is $L = …$.": a list of definitions sets them up, as "Let" does
        AppositiveLists.announce(text, segments, defs.inline);
        // "For a categorical policy $\pi_i = …$, the entropy is $H = …$": announced where its sentence goes on to use it
        defs.forNouns = ForNounDefinitions.of(text, segments, defs.inline);
        reading.inlineFunctions = InlineDefinitions.announcedFunctions(defs.inline, org.symgrad.parse.latex.LatexContext.namingOf(reading.context),
                text, reading.context);
        defs.inline.stream().filter(d -> d.cued() && d.ofAFunction()).forEach(d -> defined.add(d.name()));
        proseFunctions.proseFunctions(segments, survey.formulas(), survey.withInline(), defined);
        reading.functionNames = Set.copyOf(defined);
        // \bar{x} beside \sum_{i=1}^n x_i, never defined: the sample mean
        // (none where the document's sums run to sizes of their own: the letter's sums may run to either)
        for (SampleMeans.Mean mean : SampleMeans.in(survey.withInline(), !reading.sizesApart.isEmpty() ? Set.of()
                : reading.documentSizes.isEmpty() && reading.documentWritesN ? Set.of(org.symgrad.expr.Exprs.N) : reading.documentSizes)) {
            Definition d = mean.definition();
            if (defs.definitions.of(d.name()).isEmpty() && defs.define(d.name(), d.target(), d.body(), 0)) {
                messages.add(mean.note());
            }
        }
        reading.indexedFunctions = Set.copyOf(survey.indexed());
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            switch (s) {
                case Segment.Heading h -> {
                    finishChain();
                    defs.startsAt(line(h.start()));
                    assume.proseBranch = null;
                    assume.proseCase = null;
                    assume.wordCase = null;
                    assume.proseSpecial = List.of();
                    proseSinceChain = false;
                    defining.lastHeading = line(h.start());
                    symmetries.heading();
                }
                case Segment.Directive d -> assume.directive(d.text(), line(d.start()));
                case Segment.Prose p -> {
                    prose(p);
                    defining.proseBefore = text.substring(p.start(), p.end());
                }
                case Segment.Math m -> {
                    proseFunctions.proseFunctionsAt(m.start());
                    closingCases = List.of();
                    if (k + 1 < segments.size() && segments.get(k + 1) instanceof Segment.Prose after) {
                        closingCases = StatedCases.closing(text, after.start(), after.end(), reading.context).stream().toList();
                        String words = text.substring(after.start(), after.end());
                        justifiedBy(words, line(after.start() + words.indexOf(words.strip())));
                    }
                    caseThresholds(m);
                    block(m);
                    symmetries.display();
                    defining.proseBefore = "";
                }
            }
        }
        finishChain();
        recheckWithLaterDefinitions();
        replace(judge.throughTime());
        replace(curves.givenCurves());
        replace(stationary.conditionsOfSystems(this::parametersOf));
        if (equations.isEmpty()) {
            messages.add("no equation to check was found in the display math of this document");
        }
        return new CheckedDocument(text, kind, blocks, equations, rows, messages);
    }

    /**
     * Assumes positive each name that bounds an absolute value in a row of the display's cases ({@link CaseThresholds}: the
     * Huber loss's δ of {@code |r| \le \delta}), unless the document defines it or says so already.
     */
    private void caseThresholds(Segment.Math m) {
        int at = line(m.start());
        for (String name : CaseThresholds.of(text.substring(m.start(), m.end()))) {
            String a = name + " > 0";
            if (defs.definitions.of(name).isPresent() || assume.stated.contains(a) || assume.stated.contains(name + " >= 0")) {
                continue;
            }
            messages.add("line " + at + ": assumes " + a + " (it bounds an absolute value in a case of the display)");
            assume.directive("assume " + a, at);
        }
    }

    /** The parameters the document writes for a function it defines ({@code \mathcal{L}(x, y, \lambda) = …}). */
    private Set<Variable> parametersOf(Variable f) {
        Set<Variable> out = new LinkedHashSet<>();
        if (f instanceof Sym s && defs.functions.containsKey(s.name())) {
            defs.functions.get(s.name()).parameters().forEach(p -> {
                if (p instanceof Variable v) {
                    out.add(v);
                }
            });
        }
        return out;
    }

    /** The case the prose right after the display being read states for it ("where $y f < 1$."), if any. */
    private List<Condition> closingCases = List.of();

    /** The document's segments, once scanned. */
    private List<Segment> segments = List.of();

    /** The prose just before the display at {@code offset} and just after it. */
    private String proseAround(int offset) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < segments.size(); k++) {
            if (segments.get(k) instanceof Segment.Math m && m.start() <= offset && offset < m.end()) {
                for (int n : new int[] {k - 1, k + 1}) {
                    if (n >= 0 && n < segments.size() && segments.get(n) instanceof Segment.Prose p) {
                        out.append(text, p.start(), p.end()).append(' ');
                    }
                }
            }
        }
        return out.toString();
    }

    private int line(int offset) {
        return SourceSpan.of(text, offset, 1).line();
    }

    // ---- directives and prose ----

    /**
     * The prose right after a display that gives its reason ("since $\sum_i p_i = 1$."): what it states of a vector summing
     * to one holds for the display's steps too, so it is assumed from the display on.
     */
    private void justifiedBy(String after, int at) {
        for (String a : SumToOneStatements.justifying(after, name -> defs.definitions.of(name).isPresent())) {
            if (!assume.stated.contains(a)) {
                messages.add("line " + at + ": assumes " + a + " (from the text), for the step above it too");
                assume.directive("assume " + a, at);
            }
        }
    }

    /** Whether the case in force is the other side of one stated before it ({@link OtherCases}). */
    private boolean turned;

    private void prose(Segment.Prose p) {
        String prose = text.substring(p.start(), p.end());
        // "Let $h_t = \tanh(w h_{t-1} + x_t)$ with $h_0 = 0$": the recurrence's initial value, wherever it is expanded
        defs.started(RecurrenceStarts.in(text, p.start(), p.end(), reading.context), p.start());
        if (!prose.isBlank()) {
            proseSinceChain = true;
        }
        stationary.prose(prose);
        if (!assume.einstein && Einstein.stated(prose)) {
            // "Using the Einstein summation convention (repeated indices are summed)": as the directive says it
            assume.directive("einstein", line(p.start() + prose.indexOf(prose.strip())));
        }
        curves.prose(text, p.start(), p.end(), LatexContext.namingOf(reading.context));
        Optional<Assumption.Branch> b = ProseConditions.find(prose);
        // "If $i = j$, … and otherwise": the display after it is the other case
        // ("Otherwise" once more stays in the other case)
        boolean otherwise = OtherCases.turns(prose);
        if (b.isPresent()) {
            assume.proseBranch = b.get();
            assume.proseBranchLine = line(p.start() + prose.indexOf(prose.strip()));
        } else if (assume.proseBranch != null && otherwise) {
            if (!turned) {
                assume.proseBranch = OtherCases.other(assume.proseBranch);
                assume.proseBranchLine = line(p.start() + prose.indexOf(prose.strip()));
            }
        } else if (assume.proseBranch != null && ProseConditions.endsTheCase(prose)) {
            assume.proseBranch = null;
        }
        int caseLine = line(p.start() + prose.indexOf(prose.strip()));
        Optional<StatedCases.Case> stated = StatedCases.before(text, p.start(), p.end(), reading.context, caseLine);
        if (!prose.isBlank()) {
            assume.wordCase = stated.isPresent() ? null : WordCases.before(prose).orElse(null);
        }
        List<SpecialCases.Special> special = SpecialCases.before(text, p.start(), p.end(), reading.context, caseLine);
        if (special.isEmpty()) {
            // "For a dissimilar pair" after "label $y$ (1 similar, 0 dissimilar)": y = 0
            special = LabelWords.before(text, p.start(), p.end(), reading.context, caseLine);
        }
        if (!special.stream().allMatch(this::settable)) {
            special = List.of();
        }
        if (stated.isPresent()) {
            assume.proseCase = stated.get();
            assume.proseSpecial = special;
        } else if (!special.isEmpty()) {
            // "When $\alpha = 1$ we recover the lasso:" narrows the case stated before ("For $w > 0$"), it does not leave it
            assume.proseSpecial = special;
        } else if (assume.proseCase != null && otherwise) {
            // "When $y w^\top x < 1$, $$…$$ and otherwise $$…$$": where the case does not hold
            if (!turned) {
                assume.proseCase = OtherCases.other(assume.proseCase, caseLine).orElse(null);
                assume.proseSpecial = List.of();
            }
        } else if (b.isPresent() || ProseConditions.endsTheCase(prose) || assume.wordCase != null && !prose.isBlank()) {
            // "and for a negative one" after "For a positive residual $r$": another case, in words, ends the one stated
            assume.proseCase = null;
            assume.proseSpecial = List.of();
        }
        if (!prose.isBlank()) {
            turned = otherwise && (assume.proseCase != null || assume.proseBranch != null) || turned && !b.isPresent() && stated.isEmpty();
        }
        List<String> assumed = new ArrayList<>(SumToOneStatements.find(prose, name -> defs.definitions.of(name).isPresent()));
        assumed.addAll(ProseParameterRanges.find(prose));
        assumed.addAll(LabelValueSets.find(prose, name -> defs.definitions.of(name).isPresent()));
        assumed.addAll(ProseAssumptions.hollow(prose));
        assumed.addAll(ProseAssumptions.diagonal(prose));
        assumed.addAll(ProseAssumptions.positiveDefinite(prose));
        int at = line(p.start() + prose.indexOf(prose.strip()));
        assumed.removeIf(assume.stated::contains); // said as the step's justification, and so assumed from the step on
        for (String a : assumed) {
            messages.add("line " + at + ": assumes " + a + " (from the text)");
            assume.directive("assume " + a, at);
        }
        symmetries.prose(prose, at, messages);
        labels.assumed(prose, name -> defs.definitions.of(name).isPresent(), assume.stated::contains, at, messages)
                .forEach(a -> assume.directive("assume " + a, at));
        TrueClassStatements.find(prose).filter(c -> TrueClassStatements.subscript(text, c.letter())).ifPresent(c -> trueClass = c);
        hotAtTrueClass(at);
        if (!special.isEmpty()) {
            consequences(SpecialCases.consequences(text, p.start(), p.end(), reading.context, caseLine));
        }
    }

    /** Set while the consequences a special case's sentence states are checked: claims only, nothing they write is defined. */
    private boolean claimsOnly;

    /**
     * The equations a special case's sentence states follow from it ("At $w = 0$ every $\mu_n = \frac12$, so"), each checked
     * as a claim of its own where the case holds, as the display after it is; none defines its first side, and none is used
     * to check that display. An equation the prose before it left open ends there.
     */
    private void consequences(List<SpecialCases.Consequence> stated) {
        for (SpecialCases.Consequence c : stated) {
            List<Token> tokens = LatexTokens.lex(text, c.start(), c.end());
            for (Rows.Row row : Rows.split(tokens)) {
                for (Piece p : StatementSplitter.split(row.tokens(), text)) {
                    Statement s = p.kind() == Piece.Kind.STATEMENT ? reader.statement(p, List.of(), List.of(), row, false) : null;
                    if (s == null || s.relations().isEmpty() || s.sides().get(0).isEmpty()) {
                        continue;
                    }
                    finishChain();
                    // the claim's own inline math is no definition to check it with ("then $z = b$" is not proven by z = b)
                    List<InlineDefinitions> all = List.copyOf(defs.inline);
                    defs.inline.removeIf(d -> d.at() >= c.start() && d.at() < c.end());
                    claimsOnly = true;
                    try {
                        aside(s);
                    } finally {
                        claimsOnly = false;
                        defs.inline.clear();
                        defs.inline.addAll(all);
                    }
                }
            }
        }
    }

    /**
     * Whether a special case may set {@code name}: a quantity the document does not define, and no range size the sums run
     * to ("if $n = 1$").
     */
    private boolean settable(SpecialCases.Special c) {
        String name = SpecialCases.name(c.condition());
        if (rangeSize(c.condition())) {
            // "For a single example ($m = 1$)": the sums run to m, here to 1
            return true;
        }
        return !defs.isDefined(name) && !name.equals(org.symgrad.expr.Exprs.N.name()) && !reading.sizeLetters.contains(name);
    }

    /** Whether {@code c} sets the range size the sums run to (m of \sum_{i=1}^{m}, or n) to a whole number at least 1. */
    private boolean rangeSize(Condition c) {
        return c.operands().get(0) instanceof org.symgrad.expr.Sym s && !defs.isDefined(s.name())
                && (s.equals(org.symgrad.expr.Exprs.N) || reading.sizeLetters.contains(s.name()))
                && c.operands().get(1) instanceof org.symgrad.expr.Num v && v.value().isInteger() && v.value().signum() > 0;
    }

    /** Whether the entries of the vector {@code name} are assumed to sum to one (one-hot, a simplex, Σ_k y_k = 1). */
    private boolean labelVector(String name) {
        return labelVectors().contains(name);
    }

    /** The vectors whose entries are assumed to sum to one (one-hot, a simplex, Σ_k y_k = 1), each once. */
    private List<String> labelVectors() {
        return assume.sampling.constraints().stream().flatMap(c -> switch (c) {
            case Sampling.OneHot h when h.along() == Sampling.Along.ENTRIES && h.at().isEmpty() -> java.util.stream.Stream.of(h.name());
            case Sampling.Simplex x when x.along() == Sampling.Along.ENTRIES -> java.util.stream.Stream.of(x.name());
            case Sampling.SumsTo t when t.along() == Sampling.Along.ENTRIES && t.total() == 1 -> java.util.stream.Stream.of(t.name());
            default -> java.util.stream.Stream.<String>empty();
        }).distinct().toList();
    }

    /**
     * The label vector assumed so far (one-hot, or entries that sum to one), one only, with its 1 at the letter the prose
     * names as the true class ({@link TrueClassStatements}): {@code y one-hot at c}, said once.
     */
    private void hotAtTrueClass(int line) {
        if (trueClass == null) {
            return;
        }
        List<String> hot = labelVectors();
        if (hot.size() != 1 || hot.get(0).equals(trueClass.letter()) || trueClass.vector().filter(v -> !v.equals(hot.get(0))).isPresent()) {
            return;
        }
        String a = hot.get(0) + " one-hot at " + trueClass.letter();
        if (!assume.stated.contains(a)) {
            messages.add("line " + line + ": assumes " + a + " (from the text: \"" + trueClass.said() + "\")");
            assume.directive("assume " + a, line);
        }
    }

    // ---- blocks, rows, statements ----

    private void block(Segment.Math m) {
        int blockIndex = blocks.size();
        blocks.add(m);
        List<Token> tokens = LatexTokens.lex(text, m.start(), m.end());
        List<Statement> statements = new ArrayList<>();
        List<Boolean> asides = new ArrayList<>();
        List<Rows.Row> blockRows = Rows.split(tokens);
        for (Rows.Row row : blockRows) {
            // d_{1,2} = … ± …: the two definitions it writes (SignedPairs)
            List<Piece> pieces = StatementSplitter.split(row.tokens(), text).stream()
                    .flatMap(p -> SignedPairs.split(p).stream()).toList();
            List<Condition> conditions = new ArrayList<>();
            List<String> conditionNotes = new ArrayList<>();
            conditions.addAll(closingCases);
            for (Piece p : pieces) {
                if (p.kind() == Piece.Kind.CONDITION && !StatementReader.isMembership(p.tokens())
                        && p.tokens().get(0).getType() != LatexLexer.FORALL) {
                    try {
                        conditions.add(LatexReader.condition(StatementReader.stripForall(p.tokens()), text, reading.context));
                    } catch (InputException e) {
                        conditionNotes.add("condition " + LatexSpans.text(text, p.tokens()) + " not read: "
                                + e.getMessage());
                    }
                }
            }
            boolean any = false;
            boolean afterAnnotation = false;
            for (int k = 0; k < pieces.size(); k++) {
                Piece p = pieces.get(k);
                afterAnnotation |= any && p.kind() == Piece.Kind.ANNOTATION;
                if (p.kind() == Piece.Kind.STATEMENT) {
                    Statement s = reader.statement(p, conditions, conditionNotes, row, StatementSplitter.arrowAfter(row.tokens(), pieces, k));
                    if (s != null) {
                        statements.add(s);
                        asides.add(any && (ASIDE_WORDS.contains(s.introducer()) || afterAnnotation));
                        any = true;
                    }
                }
            }
            if (!any) {
                rowRoles.putIfAbsent(row.end(), pieces.stream().anyMatch(p -> p.kind() == Piece.Kind.CONDITION)
                        ? "condition" : "not an equation");
            }
        }
        // where-clauses define their names for the whole block (LATEX-INPUT K4)
        for (Statement s : statements) {
            if (s.introducer().equals("where") && s.sides().size() >= 2 && !s.sides().get(0).isEmpty()) {
                Side first = reader.side(s.sides().get(0), s, Set.of());
                Side second = reader.side(s.sides().get(1), s, Set.of());
                first.reading().target().ifPresent(t -> {
                    if (!defs.isDefined(t.name())) {
                        defs.defineFromSides(t, second, first.line());
                        s.predefined()[0] = true;
                    }
                });
            }
        }
        boolean startsWithEquals = !statements.isEmpty() && statements.get(0).sides().get(0).isEmpty();
        if (proseSinceChain && !startsWithEquals) {
            finishChain();
        } else if (proseSinceChain && chain != null) {
            chain.notes.add("continues the equation of line " + chain.line + " across the text between them");
        }
        proseSinceChain = false;
        for (int i = 0; i < statements.size(); i++) {
            if (asides.get(i) && continuedBelow(statements, i)) {
                aside(statements.get(i));
            } else {
                process(statements.get(i));
            }
        }
        for (Rows.Row row : blockRows) {
            List<PairVerdict> here = new ArrayList<>();
            for (CheckedEquation e : equations) {
                for (PairVerdict v : e.verdicts()) {
                    if (v.rowEnd() == row.end()) {
                        here.add(v);
                    }
                }
            }
            if (chain != null) {
                for (PairVerdict v : chain.verdicts) {
                    if (v.rowEnd() == row.end()) {
                        here.add(v);
                    }
                }
            }
            rows.add(new RowMark(blockIndex, row.end(), here, rowRoles.getOrDefault(row.end(), "")));
        }
        stationary.blockEnded();
    }

    /**
     * Words that introduce a statement beside a row's equation, not a step of it: {@code \quad \text{where } z = w x},
     * {@code \text{since } \sigma' = \sigma(1 - \sigma)}.
     */
    private static final Set<String> ASIDE_WORDS = Set.of("where", "since", "because", "with", "given", "assuming",
            "provided", "for", "when", "whenever", "if");

    /** Whether the first statement of a later row of the block continues a chain with {@code &=}. */
    private static boolean continuedBelow(List<Statement> statements, int i) {
        for (int j = i + 1; j < statements.size(); j++) {
            if (statements.get(j).row() != statements.get(i).row()) {
                return statements.get(j).sides().get(0).isEmpty();
            }
        }
        return false;
    }

    /**
     * A statement beside the row's equation, {@code \frac{df}{dw} &= \frac{\sigma(z)(1 - \sigma(z)) x}{\sigma(z)} \quad
     * \text{where } z = w x}, or in a remark, {@code \text{(using } \sigma'(u) = … \text{)}}: checked or read on its own,
     * while the next row's {@code &=} continues the row's equation, not the aside (it compared w x with the next side).
     */
    private void aside(Statement s) {
        EquationChain main = chain;
        boolean mainRefining = refining;
        chain = null;
        process(s);
        finishChain();
        chain = main;
        refining = mainRefining;
    }

    private void finishChain() {
        if (chain == null) {
            return;
        }
        stationary.equationEnded(chain.head, chain.last);
        if (chain.verdicts.isEmpty() && chain.defines.isEmpty()) {
            Side lone = chain.head;
            if (lone != null && !lone.readable() && !lone.elided()) {
                // a formula on its own that cannot be read ($$\frac{d}{dx}$$) is said, not passed over
                chain.verdicts.add(judge.skipped(null, lone, "could not read " + lone.text() + ": " + StepJudge.reason(lone)));
            } else {
                chain = null;
                return;
            }
        }
        String reads = (chain.defines.isEmpty() ? "" : "let ") + String.join(" = ", chain.reading);
        equations.add(new CheckedEquation(chain.line, chain.text, reads, chain.defines, chain.condition,
                chain.verdicts, chain.notes));
        chain = null;
    }

    /** The names the two sides use that the document does not define (yet) and symgrad does not know. */
    private Set<String> undefinedNames(Side left, Side right) {
        Set<String> out = new TreeSet<>();
        for (Side s : new Side[] {left, right}) {
            if (s != null && s.expr().isPresent()) {
                DefiningStatements.mentioned(s.expr().get()).stream()
                        .filter(n -> !defs.isDefined(n) && !FunctionRegistry.isKnown(n) && !defs.knownNames.contains(n))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /** The document's verdicts with those {@code replaced} (by identity) replaced, in its equations and its rows. */
    private void replace(Map<PairVerdict, PairVerdict> replaced) {
        if (replaced.isEmpty()) {
            return;
        }
        java.util.function.UnaryOperator<PairVerdict> swap = v -> replaced.getOrDefault(v, v);
        equations.replaceAll(e -> new CheckedEquation(e.line(), e.text(), e.reading(), e.defines(), e.condition(),
                e.verdicts().stream().map(swap).toList(), e.notes()));
        rows.replaceAll(r -> new RowMark(r.block(), r.end(), r.verdicts().stream().map(swap).toList(), r.role()));
    }

    /**
     * Undecided steps that used a name the document defines only below them ("f'(x) = Φ(x) + x φ(x)", then
     * "φ(x) = …"), checked again with every definition the document makes. Only a step that then holds is
     * reported so, with the line of the definition it needed; one that does not stays undecided, as a later
     * definition may mean something else than the author had in mind at the step — unless the definitions are the display a
     * where-clause closing the step's display opens ("$$… = p_i(\delta_{ik} + p_k)$$ where $$p = \operatorname{softmax}(x)$$",
     * {@link WhereClauses}): the author's own, for that step, which makes a wrong step false.
     */
    private void recheckWithLaterDefinitions() {
        Map<PairVerdict, PairVerdict> rechecked = new java.util.IdentityHashMap<>();
        for (Waiting w : waiting) {
            List<String> now = w.undefined().stream().filter(defs::isDefined).toList();
            if (now.isEmpty()) {
                continue;
            }
            chain = new EquationChain(w.head() == null ? w.right() : w.head(), "", null);
            chain.head = defs.withCalls(w.head(), now);
            chain.lastReadable = defs.withCalls(w.lastReadable(), now);
            PairVerdict again = judge.pair(defs.withCalls(w.left(), now), defs.withCalls(w.right(), now), w.branches());
            chain = null;
            // "where $$p = \operatorname{softmax}(x)$$" right after the step's display: the author's own definition for it, which
            // makes a wrong step false too (WhereClauses)
            boolean closing = now.stream().allMatch(n -> defs.whereClauses.closesWithDisplay(w.right().start(),
                    defs.definedAt.getOrDefault(n, 0), this::line));
            if (again.outcome() != Outcome.PROVEN && again.outcome() != Outcome.NUMERICALLY_EQUAL
                    && !(closing && again.outcome() == Outcome.FALSE)) {
                continue;
            }
            String where = now.stream().map(n -> n + " (line " + defs.definedAt.getOrDefault(n, 0) + ")")
                    .collect(java.util.stream.Collectors.joining(", "));
            PairVerdict checked = new PairVerdict(again.line(), again.left(), again.right(), again.outcome(),
                    "with the definition" + (now.size() == 1 ? " of " : "s of ") + where + " below it"
                            + (again.detail().isEmpty() ? "" : "; " + again.detail()),
                    again.verdict(), again.expected(), again.rightStart(), again.rowEnd(), again.notes());
            rechecked.put(w.verdict(), checked);
        }
        replace(rechecked);
    }

    /**
     * A statement, with the bounds its row states on one variable ({@code = 1 \quad \text{for } x > 0}, {@code 0 < p < 1})
     * assumed for its steps, as the directive {@code assume x > 0} would be for the whole document; the case of an
     * expression it or the prose states ({@code \text{if } y f < 1}, "For $yf < 1$:"; {@link StatedCases}) too.
     */
    private void process(Statement s) {
        List<Condition> stated = new ArrayList<>(s.conditions());
        if (assume.proseCase != null && s.conditions().stream().noneMatch(c -> sameQuantity(c, assume.proseCase.condition()))) {
            stated.add(assume.proseCase.condition());
        }
        // "When $z > 0$" of z = w x + b: a case of z's value, not a bound on a variable z the steps expand away
        List<Condition> ofValues = stated.stream().filter(this::boundsADefinedName).toList();
        List<Assumption> bounds = new ArrayList<>(stated.stream().filter(c -> !ofValues.contains(c))
                .map(DocumentAssumptions::bound).flatMap(Optional::stream).toList());
        List<SpecialCases.Special> specials = assume.proseSpecial;
        // a special case that does not hold for this statement is not described as its case either
        List<SpecialCases.Special> held = specials.stream().filter(c -> holds(c, s)).toList();
        held.forEach(c -> bounds.add(special(c.condition())));
        List<Sampling.Holds> cases = new ArrayList<>();
        // the K of 0 ≤ j − i ≤ K − 1 beside \sum_{k=0}^{K-1} is the range size there too, as in every display
        int at = line(s.row().end());
        Set<String> written = stated.isEmpty() ? Set.of() : writtenNames(s);
        stated.forEach(c -> (ofValues.contains(c) ? StatedCases.ofValues(c) : StatedCases.holds(c)).forEach(h -> cases.add(new Sampling.Holds(
                defs.definitions.expand(defs.components.apply(LatexReader.withRange(withInlineValues(h.positive(), at, written),
                        reading.documentSizes))),
                h.strict(), h.text()))));
        assume.proseSpecial = held;
        try {
            if (bounds.isEmpty() && cases.isEmpty()) {
                // no case: what the statement assumes ($$\\sum_i y_i = 1$$) holds for the steps after it
                processStatement(s);
            } else {
                processUnder(s, bounds, cases);
            }
        } finally {
            assume.proseSpecial = specials;
        }
    }

    /**
     * Whether the row's own order condition {@code row} is of the quantity the prose's case {@code prose} is of ("so $f'(z) = 1$
     * if $z > 0$ and $$f'(z) = \alpha \quad \text{if } z < 0$$"): the row's is the step's case, the prose's another one.
     */
    private static boolean sameQuantity(Condition row, Condition prose) {
        if (row.isIndexRelation() || row.relations().stream().anyMatch(r -> r.equals("=")) || prose.isIndexRelation()) {
            return false;
        }
        Set<String> written = new HashSet<>();
        row.operands().forEach(o -> written.addAll(DefiningStatements.mentioned(o)));
        Set<String> stated = new HashSet<>();
        prose.operands().forEach(o -> stated.addAll(DefiningStatements.mentioned(o)));
        return !written.isEmpty() && written.equals(stated);
    }

    /** Whether {@code c} bounds one name ({@link DocumentAssumptions#bound}) that a display or announced inline math defines. */
    private boolean boundsADefinedName(Condition c) {
        if (DocumentAssumptions.bound(c).isEmpty()) {
            return false;
        }
        String name = ((org.symgrad.expr.Sym) c.operands().get(c.operands().size() == 2 ? 0 : 1)).name();
        return defs.definitions.of(name).isPresent() || defs.inline.stream().anyMatch(d -> d.reads() && d.name().equals(name));
    }

    /**
     * {@code e} with each name that only announced inline math above {@code line} defines ("Let $m = y w x$ denote the margin")
     * written as its value, the last such definition in scope: a case of that name ("If $m \\ge 1$") is a case of its value where
     * the step does not write the name (∂J/∂w of {@code J = \\max(0, 1 - y w x)}), which reads no definition of it. A name the
     * step writes ({@code written}: dρ/dt "for $-1 < t < 1$" after "in terms of $t = z_1 - z_2$") keeps its case as it is.
     */
    private Expr withInlineValues(Expr e, int line, Set<String> written) {
        Expr out = e;
        for (String name : DefiningStatements.mentioned(e)) {
            if (defs.isDefined(name) || written.contains(name)) {
                continue;
            }
            InlineDefinitions last = lastAnnounced(name, line);
            Optional<org.symgrad.derive.Definition> value = last == null ? Optional.empty() : last.asDefinition(reading.context);
            if (value.isPresent() && value.get().target() instanceof org.symgrad.expr.Sym x && x.name().equals(name)) {
                out = org.symgrad.expr.Exprs.replace(out, x, value.get().body());
            }
        }
        // "Let $z_1 = w_1 x + b_1$, $z_2 = …$" then "If $z_1 > z_2$": a case of the components' values, as of a name's
        for (org.symgrad.expr.Indexed x : components(out)) {
            String own = x.name() + String.join("", x.indices());
            if (defs.isDefined(own) || written.contains(x.name())) {
                continue;
            }
            InlineDefinitions last = lastAnnounced(own, line);
            Optional<org.symgrad.derive.Definition> value = last == null || last.component(reading.context).filter(x::equals).isEmpty()
                    ? Optional.empty() : last.asComponentDefinition(reading.context);
            if (value.isPresent()) {
                out = org.symgrad.expr.Exprs.replace(out, x, value.get().body());
            }
        }
        return out;
    }

    /** The last inline definition of {@code name} announced above {@code line} in its scope, or null. */
    private InlineDefinitions lastAnnounced(String name, int line) {
        InlineDefinitions last = null;
        for (InlineDefinitions d : defs.inline) {
            if (d.reads() && d.name().equals(name) && d.line() <= line && defs.inScope(d, line)) {
                last = d;
            }
        }
        return last;
    }

    /** The entries {@code e} writes at whole numbers only ({@code z_1}), each once. */
    private static Set<org.symgrad.expr.Indexed> components(Expr e) {
        Set<org.symgrad.expr.Indexed> out = new java.util.LinkedHashSet<>();
        if (e instanceof org.symgrad.expr.Indexed x && !x.indices().isEmpty()
                && x.indices().stream().allMatch(org.symgrad.expr.Index::isConcrete)) {
            out.add(x);
        }
        org.symgrad.expr.Exprs.children(e).forEach(c -> out.addAll(components(c)));
        return out;
    }

    /** The names the sides of {@code s} write, as read ({@link DefiningStatements#mentioned}). */
    private Set<String> writtenNames(Statement s) {
        Set<String> out = new HashSet<>();
        for (List<Token> t : s.sides()) {
            Side side = reader.side(t, s, Set.of());
            if (side != null) {
                side.expr().ifPresent(e -> out.addAll(DefiningStatements.mentioned(e)));
            }
        }
        return out;
    }

    /** The statement {@code s} checked with the case's {@code bounds} and {@code cases} assumed, for its steps only. */
    private void processUnder(Statement s, List<Assumption> bounds, List<Sampling.Holds> cases) {
        List<Rule> savedRules = List.copyOf(assume.assumptions);
        Sampling savedSampling = assume.sampling;
        for (Assumption a : bounds) {
            assume.assumptions.addAll(a.rules());
            a.constraint().ifPresent(c -> assume.sampling = assume.sampling.with(c));
        }
        for (Sampling.Holds c : cases) {
            assume.sampling = assume.sampling.with(c);
        }
        try {
            processStatement(s);
        } finally {
            assume.assumptions.clear();
            assume.assumptions.addAll(savedRules);
            assume.sampling = savedSampling;
        }
    }

    /**
     * Whether the special case {@code c} holds for the statement {@code s}: always, unless it sets an entry by letters the
     * prose does not quantify over ({@link SpecialCases.Special#byLetters}), which holds for every entry where none of its
     * letters is free in the statement, and of a label vector where the display is in them.
     */
    private boolean holds(SpecialCases.Special c, Statement s) {
        if (!c.byLetters() || oneHotCase(c.condition())) {
            return true;
        }
        Set<String> free = new HashSet<>();
        for (List<Token> t : s.sides()) {
            Side side = reader.side(t, s, Set.of());
            if (side != null) {
                side.expr().ifPresent(e -> free.addAll(Indices.free(e)));
            }
        }
        return c.letters().stream().noneMatch(free::contains);
    }

    /** Whether the case {@code c} puts a label vector's 1 at a letter ("If $y_k = 1$" where y sums to one). */
    private boolean oneHotCase(Condition c) {
        return (SpecialCases.labelEntry(c) || SpecialCases.labelZero(c)) && labelVector(SpecialCases.name(c));
    }

    /**
     * The special case {@code c} the prose states ({@link SpecialCases}: {@code mu = 0}, {@code g_i = g} for all i) as an
     * assumption of the display's steps: an identity the simplifier may use, and the values the points take.
     */
    private Assumption special(Condition c) {
        Expr name = c.operands().get(0);
        if (oneHotCase(c) && SpecialCases.labelZero(c)) {
            // "If $y_k = 0$" of a label vector: its 1 is elsewhere
            return new Assumption(List.of(), Optional.of(Sampling.OneHot.awayFrom(SpecialCases.name(c), ((Indexed) name).indices().get(0))),
                    Optional.empty());
        }
        if (oneHotCase(c)) {
            // "If $y_k = 1$" of a label vector: its 1 is at k, every other entry 0
            return Assumption.parse(SpecialCases.name(c) + " one-hot at " + ((Indexed) name).indices().get(0));
        }
        Expr value = defs.definitions.expand(c.operands().get(1));
        if (rangeSize(c) && !reading.sizesApart.contains(name)) {
            name = org.symgrad.expr.Exprs.N; // the sums' limit m is read as the range size n
        }
        List<Rule> rules = new ArrayList<>();
        try {
            rules.add(Rules.assumption(name, value));
            if (name instanceof org.symgrad.expr.Sym w && value instanceof org.symgrad.expr.Num && !rangeSize(c)) {
                // "At $w = 0$" of a vector or matrix written by its entries (w_d, W_{kl}): each entry is the number too
                rules.add(Rules.assumption(new Indexed(w.name(), List.of("k")), value));
                rules.add(Rules.assumption(new Indexed(w.name(), List.of("k", "l")), value));
            }
        } catch (SymgradException notAnIdentity) {
            rules.clear();
        }
        return new Assumption(List.copyOf(rules), Assumption.special(name, value, c.text()), Optional.empty());
    }

    private void processStatement(Statement s) {
        Set<Expr> sizes = new LinkedHashSet<>();
        List<Side> sides = new ArrayList<>();
        for (List<Token> t : s.sides()) {
            Side side = reader.side(t, s, Set.of());
            if (side != null) {
                sizes.addAll(side.reading().rangeSizes());
            }
            sides.add(side);
        }
        if (!sizes.isEmpty()) {
            sides.replaceAll(x -> x == null ? null : reader.side(x.tokens(), s, sizes));
        }
        reader.applyFunctionInScope(sides);
        reader.applyAbstractCalls(sides);
        if (s.relations().isEmpty()) {
            // a lone expression: the first element of a chain the next row or block may continue with '='
            finishChain();
            refining = false;
            chain = new EquationChain(sides.get(0), s.text(), assume.conditionText(s.conditions()));
            chain.add(sides.get(0));
            return;
        }
        boolean continuation = sides.get(0) == null;
        if (!continuation && chain != null && chain.open && DefiningStatements.restates(sides.get(0), chain.head)) {
            sides.set(0, null);
            continuation = true;
        }
        List<Assumption.Branch> branches = new ArrayList<>(assume.branches());
        List<String> notes = new ArrayList<>(s.conditionNotes());
        for (Condition c : s.conditions()) {
            if (c.isIndexRelation()) {
                branches.add(new Assumption.Branch(((Sym) c.operands().get(0)).name(),
                        ((Sym) c.operands().get(1)).name(), c.relations().get(0).equals("=")));
            } else if (DocumentAssumptions.bound(c).isEmpty() && StatedCases.holds(c).isEmpty()) {
                notes.add("condition " + c.text() + " not used");
            }
        }
        int from;
        // a restatement of a defined name checked as a step before it is read as a new definition (DefiningStatements.redefines)
        PairVerdict restated = null;
        if (continuation) {
            from = 1;
            if (chain == null) {
                // "= b = c" with nothing before: b starts the chain, the first '=' is no pair
                if (sides.size() < 2 || sides.get(1) == null) {
                    return;
                }
                chain = new EquationChain(sides.get(1), s.text(), assume.conditionText(s.conditions()));
                chain.notes.add("the row starts with '=' but there is nothing before it");
                chain.add(sides.get(1));
                from = 2;
            }
        } else {
            finishChain();
            refining = false;
            Side first = sides.get(0);
            Optional<String> stated = claimsOnly ? Optional.empty() : StatedAssumption.of(sides, s.relations(), defs.definitions);
            if (stated.isPresent() && !s.predefined()[0]) {
                // \sum_k y_k = 1 on its own (LATEX-INPUT K9): an assumption for what follows, not a claim
                chain = null;
                assume.directive("assume " + stated.get(), first.line());
                messages.add("line " + first.line() + ": assumes " + stated.get());
                return;
            }
            chain = new EquationChain(first, s.text(), assume.conditionText(s.conditions()));
            from = 1;
            Optional<DefiningStatements.Logarithm> logarithm = s.predefined()[0] || defining.definesTarget(s, sides)
                    ? Optional.empty() : defining.logarithmDefinition(s, sides);
            // y' = \frac{2y - x^2}{y^2 - 2x} after the curve x^3 + y^3 = 6xy: the curve's slope, no definition of a name y' (nor y'')
            boolean slope = !s.predefined()[0] && sides.size() >= 2 && s.relations().get(0) == LatexLexer.EQ
                    && judge.slope(first, sides.get(1), curves).isPresent();
            List<RecurrenceStarts.Start> starts = claimsOnly || s.predefined()[0] || !s.conditions().isEmpty() || assume.proseCase != null
                    || !assume.proseSpecial.isEmpty() ? List.of() : RecurrenceStarts.displayed(sides, s.relations());
            if (!starts.isEmpty() && defs.startsRecurrence(starts, first.start())) {
                // $$h_0 = 0$$ below $$h_t = \tanh(w h_{t-1} + x_t)$$: the recurrence's initial value, as "with $h_0 = 0$" gives it
                chain.defines = first.text().strip();
                for (Side side : sides) {
                    chain.add(side);
                }
                chain.notes.add("the initial value of the recurrence " + starts.get(0).term().name());
                from = sides.size();
            } else if (!claimsOnly && !s.predefined()[0] && logarithm.isEmpty() && sides.size() >= 2 && sides.get(1) != null
                    && defining.definesTarget(s, sides) && UpdateRules.updates(defs.resolved(first.reading().target().orElseThrow()),
                    s.relations().get(0), sides.get(1))) {
                // \theta_j := \theta_j + \alpha(y - e^{\theta^T x})x_j: a step of an iteration, no definition of θ (SPEC §8)
                chain.add(first);
                chain.add(sides.get(1));
                chain.verdicts.add(judge.skipped(first, sides.get(1), UpdateRules.NOT_CHECKED));
                from = 2;
            } else if (!claimsOnly && !slope && (s.predefined()[0] || defining.definesTarget(s, sides) || logarithm.isPresent())) {
                Target t = logarithm.map(DefiningStatements.Logarithm::target).orElseGet(() -> first.reading().target().orElseThrow());
                // P(x_1) = S(x_1) = e^{x_1}/(…): names not yet defined, all defined by the first other side
                List<Target> aliases = new ArrayList<>();
                int k = 1;
                while (logarithm.isEmpty() && k + 1 < sides.size() && sides.get(k) != null && s.relations().get(k) == LatexLexer.EQ
                        && sides.get(k).reading().target().filter(a -> !a.builtIn() && !defs.isDefined(a.name())
                        && !a.name().equals(t.name())).isPresent()) {
                    aliases.add(sides.get(k).reading().target().get());
                    k++;
                }
                Side body = sides.get(k);
                boolean defined = true;
                if (!s.predefined()[0]) {
                    defs.upstreamNote = null;
                    Optional<org.symgrad.derive.Definition> earlier = defs.definitions.of(t.name());
                    defined = defs.defineFromSides(t, logarithm.isPresent() ? DefiningStatements.exponential(body, logarithm.get().base()) : body, first.line());
                    // $$h_0 = 0$$ and then $$h_t = \tanh(w h_{t-1} + x_t)$$: the entry displayed first is the recurrence's start
                    if (defined) {
                        List<RecurrenceStarts.Start> entries = new ArrayList<>();
                        earlier.flatMap(d -> RecurrenceStarts.of(d.target(), d.body())).ifPresent(entries::add);
                        // $$h_0 = 0$$ is read as a component of its own, h0 (ComponentDefinitions)
                        defs.components.of(t.name()).forEach((x, own) -> defs.definitions.of(own.name())
                                .flatMap(d -> RecurrenceStarts.of(x, d.body())).ifPresent(entries::add));
                        entries.stream()
                                .filter(x -> defs.startsRecurrence(List.of(x), first.start()))
                                .forEach(x -> chain.notes.add(Printer.ascii(x.term()) + " = " + Printer.ascii(x.value())
                                        + " above is its initial value"));
                    }
                    if (defs.upstreamNote != null) {
                        chain.notes.add(defs.upstreamNote);
                    }
                    for (Target a : aliases) {
                        defs.defineFromSides(a, body, first.line());
                    }
                }
                // |Z(\omega)| = …: the magnitude's own name, as the document writes it
                chain.defines = t.magnitude() ? "|" + t.barred() + "|" : t.name();
                chain.add(first);
                for (int a = 1; a < k; a++) {
                    chain.add(sides.get(a));
                }
                chain.lastReadable = null;
                // a later side of log L = … is log L's value, not L's: no refining from it
                refining = !t.isCall() && aliases.isEmpty() && logarithm.isEmpty();
                chain.reading.set(0, t.magnitude() ? "|" + t.barred() + (t.isCall() ? "(…)" : "") + "|"
                        : (logarithm.isPresent() ? "log " : "") + Printer.ascii(t.variable()) + (t.squared() ? "^2" : "") + (t.isCall() ? "(…)" : ""));
                if (body == null) {
                    chain.open = true;
                    return;
                }
                chain.add(body);
                rowRoles.put(body.rowEnd(), "definition");
                if (defined && body.readable()) {
                    // a closed form with an inverse that reads (x^* = A^{-1}b, the inverse computed from A) is still checked as the
                    // system the text solves
                    judge.stationaryPoint(t, first, body).or(() -> judge.inverseSolution(t, first, body)).ifPresent(chain.verdicts::add);
                }
                if (!defined && reading.argExtrema.containsValue(t.name())) {
                    // k^* = \arg\max_k z_k: no value, but the label of the max entry (ArgExtrema), read where \max_k is used
                    String[] over = reading.argExtrema.entrySet().stream().filter(a -> a.getValue().equals(t.name()))
                            .map(a -> a.getKey().replace("!=", " \\neq ").split(":")).findFirst().orElseThrow();
                    chain.notes.add("names " + first.text() + " as the index of the " + over[0] + " over " + over[1]
                            + ": \\" + over[0] + "_" + (over[1].contains(" ") ? "{" + over[1] + "}" : over[1])
                            + " is read as its entry at " + first.text());
                } else if (!defined) {
                    chain.verdicts.add(judge.inverseSolution(t, first, body).orElseGet(() -> judge.skipped(first, body, "definition of "
                            + t.name() + " could not be read: " + defs.unreadable.getOrDefault(t.name(), body.readable() ? "" : StepJudge.reason(body)))));
                }
                from = k + 1;
            } else {
                if (first == null) {
                    return;
                }
                chain.add(first);
                if (!claimsOnly && defining.restatesDefinition(s, sides)) {
                    Target t = defs.resolved(first.reading().target().orElseThrow());
                    PairChecker.Result r = judge.check(first, sides.get(1), branches);
                    // h_2 = tanh(h_1 + x_2) below h_t = tanh(w h_{t-1} + x_t): an entry of the recurrence, a claim, no new layer
                    boolean layered = r.outcome() == Outcome.FALSE && t.variable() instanceof Indexed x
                            && !LayerDefinitions.entryOfARecurrence(x, defs.definitions.of(t.name()))
                            && sides.get(1).expr().filter(b -> LayerDefinitions.writesAtOtherLetters(b, x)).isPresent();
                    // Y(E_{\text{MSY}}) = rK/4 after Y(E) = …: Y at a point the text names, a claim, not Y given a new meaning
                    org.symgrad.parse.latex.DocumentFunction f = t.isCall() ? defs.functions.get(t.name()) : null;
                    boolean atPoint = f != null && Rearrangements.atLabelledPoint(f, t.parameters());
                    boolean renamed = r.renamed();
                    // δ^l = Σ_k w^{l+1}_{kj} δ^{l+1}_k σ'(z^l_j) below δ^l ≡ ∂C/∂z^l: a claim relating two layers of one δ (LabelLayers)
                    boolean betweenLayers = sides.get(1).expr().filter(b -> LabelLayers.relatesLayers(t.variable(), b)).isPresent();
                    boolean redefines = r.outcome() == Outcome.FALSE && !layered && !betweenLayers
                            && defining.redefines(t, sides.get(1), first.line());
                    if (!atPoint && (renamed || redefines)) {
                        // L = −Σ q_k z_k + log Σ e^{z_j} after L = −Σ q_k log p_k, p_k = … defined inline: the restatement holds as a
                        // step is checked (with the inline definitions), so it is the step, its verdict kept for the pair
                        restated = judge.pair(first, sides.get(1), branches);
                        boolean holds = restated.outcome() == Outcome.PROVEN || restated.outcome() == Outcome.NUMERICALLY_EQUAL;
                        renamed &= !holds;
                        redefines &= !holds;
                        restated = holds ? restated : null;
                    }
                    if (!atPoint && (renamed || r.outcome() == Outcome.FALSE && (layered || redefines))) {
                        // the name is given a new meaning: a later definition replaces the earlier one
                        Side body = sides.get(1);
                        int before = defs.definedAt.getOrDefault(t.name(), 0);
                        defs.defineFromSides(t, body, first.line());
                        chain.notes.add(defs.layers.defines(t.variable())
                                ? first.text() + " is read one letter per layer: this layer's " + t.name() + ", in terms of "
                                + "the other letters' " + t.name() + " as defined at line " + before
                                : "redefines " + t.name() + ", whose definition at line " + before + " differs");
                        chain.defines = t.name();
                        chain.add(body);
                        rowRoles.put(body.rowEnd(), "definition");
                        from = 2;
                    }
                }
            }
        }
        chain.notes.addAll(notes);
        for (int i = from; i < sides.size(); i++) {
            Side right = sides.get(i);
            if (right == null) {
                chain.open = true;
                continue;
            }
            chain.open = false;
            int relation = s.relations().get(i - 1);
            Side left = chain.last;
            if (relation == LatexLexer.APPROX) {
                chain.verdicts.add(judge.skipped(left, right, "an approximation (≈) is not checked"));
                chain.add(right);
                chain.head = right;
                continue;
            }
            Optional<Target> named = relation == LatexLexer.DEF_EQ && i == sides.size() - 1 && left != null
                    && left.readable() ? right.reading().target().filter(a -> !a.builtIn() && !a.isCall()
                    && !defs.isDefined(a.name())) : Optional.empty();
            if (named.isPresent()) {
                // Rong's "= y_j - t_j := e_j": the new name after a closing := is defined by the side before it
                defs.defineFromSides(named.get(), left, right.line());
                chain.notes.add(named.get().name() + " is defined as " + left.text() + " by the := before it");
                chain.add(right);
                continue;
            }
            PairVerdict v = i == 1 && restated != null ? restated : judge.pair(left, right, branches);
            boolean setsToZero = v.outcome() == Outcome.FALSE && i == sides.size() - 1
                    && StationaryPoints.setsToZero(chain.head, left, right, s.implies());
            if (!setsToZero && (v.outcome() == Outcome.FALSE || v.outcome() == Outcome.UNDECIDED)) {
                // 2x + 2y \frac{dy}{dx} = 0 after the curve x^2 + y^2 = 25: y a function of x that nothing defines
                Optional<PairVerdict> implicit = judge.implicit(left, right, branches, curves, v.outcome());
                if (implicit.isPresent()) {
                    v = implicit.get();
                } else if (!claimsOnly && sides.size() == 2 && left != null && left.readable() && right.readable()) {
                    curves.add(left.expr().get(), right.expr().get(), right.start(), right.line(), left.text() + " = " + right.text(),
                            Optional.of(v));
                }
            }
            if (setsToZero) {
                v = judge.skipped(left, right, StationaryPoints.SET_TO_ZERO);
            } else if (v.outcome() == Outcome.FALSE && sides.size() == 2 && EquationsToSolve.asked(defining.proseBefore)) {
                v = judge.skipped(left, right, EquationsToSolve.NOT_CHECKED); // "Solve $$x^2 - 1 = 0$$": no identity
            } else if (v.outcome() == Outcome.FALSE && i == sides.size() - 1) {
                stationary.condition(chain.head, left, right, v, detail -> judge.skipped(left, right, detail));
            }
            chain.verdicts.add(v);
            if (v.outcome() == Outcome.UNDECIDED) {
                Set<String> undefined = undefinedNames(left, right);
                if (!undefined.isEmpty()) {
                    waiting.add(new Waiting(v, left, right, branches, chain.head, chain.lastReadable, undefined));
                }
            }
            chain.add(right);
            if (refining && right.readable() && (v.outcome() == Outcome.UNDECIDED && judge.lastRenamed)) {
                // E = -t log(y) = -t log(sigmoid(Wx)): the later side says what y stood for
                Target t = chain.head.reading().target().orElseThrow();
                defs.defineFromSides(t, right, chain.head.line());
                chain.notes.add(t.name() + " is taken as " + right.text() + " (line " + right.line() + ")");
            } else if (v.outcome() == Outcome.FALSE || v.outcome() == Outcome.SKIPPED) {
                refining = false;
            }
        }
    }

}
