package org.symgrad.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.symgrad.assume.Sampling;
import org.symgrad.derive.Definition;
import org.symgrad.derive.Definitions;
import org.symgrad.error.InputException;
import org.symgrad.error.SourceSpan;
import org.symgrad.error.SymgradException;
import org.symgrad.expr.Derivative;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Index;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.parse.Parser;
import org.symgrad.parse.latex.Condition;
import org.symgrad.parse.latex.IndexAsValue;
import org.symgrad.parse.latex.WrittenStarts;
import org.symgrad.parse.latex.ArgExtrema;
import org.symgrad.parse.latex.SuperscriptIndices;
import org.symgrad.parse.latex.DocumentFunction;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.ScriptLetters;
import org.symgrad.parse.latex.PiUse;
import org.symgrad.parse.latex.SigmaUse;
import org.symgrad.parse.latex.DefinedFunctions;
import org.symgrad.parse.latex.DeltaNames;
import org.symgrad.parse.latex.LabelIndicators;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.NameSubscripts;
import org.symgrad.parse.latex.OuterProducts;
import org.symgrad.parse.latex.VectorEntries;
import org.symgrad.parse.latex.LatexSpans;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.Reading;
import org.symgrad.parse.latex.ReadingNote;
import org.symgrad.parse.latex.LabelledHeads;
import org.symgrad.parse.latex.Target;
import org.symgrad.parse.latex.UpperLimits;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.print.Printer;
import org.symgrad.rewrite.Rule;

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
    private final String text;
    private final DocumentKind kind;
    private final DocumentOptions options;

    private Definitions definitions = Definitions.none();
    private final Map<String, DocumentFunction> functions = new HashMap<>();
    private final Map<String, Integer> definedAt = new HashMap<>();
    /** Definitions written only in inline math, which are not read: named in the hint of a step they leave undecided. */
    private final List<InlineDefinitions> inline = new ArrayList<>();
    private final Map<String, String> unreadable = new HashMap<>();
    private final ComponentDefinitions components = new ComponentDefinitions();
    private final WrittenNames writtenNames = new WrittenNames();
    private final LayerDefinitions layers = new LayerDefinitions();
    private final VectorEntries vectors = new VectorEntries();
    private final StationaryPoints stationary = new StationaryPoints();
    private Set<String> equationIndexLetters = Set.of();
    private Optional<LatexContext.MatrixEntry> matrixEntry = Optional.empty();
    private Set<String> otherSidesIndexLetters = Set.of();
    private Set<String> headIndexLetters = Set.of();
    private final Set<String> plainNames = new LinkedHashSet<>();
    private final Set<String> knownNames = new LinkedHashSet<>();
    private final List<Rule> assumptions = new ArrayList<>();
    private Sampling sampling = Sampling.NONE;
    private final List<Assumption.Branch> directiveBranches = new ArrayList<>();
    private Set<String> labelLetters = Set.of();
    private Set<String> scriptLettersApart = Set.of();
    private Set<String> nameSubscriptLetters = Set.of();
    private boolean sigmaIsQuantity;

    /** Whether the document's bare π is a variable, not the number ({@link PiUse}). */
    private boolean piIsAVariable;
    private List<Token> sigmaArgument = List.of();
    /**
     * The names the document uses as functions, anywhere: defined so in its display math, primed before a
     * bracket ({@link DefinedFunctions}), or defined so in inline math ({@link InlineDefinitions#ofAFunction}).
     */
    private Set<String> functionNames = Set.of();

    /** Names the document writes as a family of undefined functions, {@code f_i'(w)} ({@link DefinedFunctions#primedIndexed}). */
    private Set<String> indexedFunctions = Set.of();
    /** The names any sum of the document bounds above: the range size n in every statement. */
    private Set<Expr> documentSizes = Set.of();
    /** Whether the document writes n itself as a range size ({@code \sum_{i=1}^{n}}). */
    private boolean documentWritesN;
    /** Whether the statement being read labels with n where the document calls its range size by another name. */
    private boolean nIsAnIndex;
    /** The letters that are the range size also in a subscript ({@link UpperLimits#sizeLetters}). */
    private Set<String> sizeLetters = Set.of();
    /** The entries the document names as an arg max or arg min ({@link ArgExtrema}). */
    private Map<String, String> argExtrema = Map.of();
    /** The ranges the document writes for its sums' letters, where one start other than 1 ({@link WrittenStarts}). */
    private Map<String, WrittenStarts.Range> writtenStarts = Map.of();
    /** The letters the document's sums run over, and the names it differentiates by with a letter above ({@link SuperscriptIndices}). */
    private Set<String> summedLetters = Set.of();
    private Set<String> derivativeSuperscripts = Set.of();
    /** The names the document defines as functions with a letter above them, {@code L^tau} ({@link LabelledHeads}). */
    private Set<String> labelledHeads = Set.of();
    /** A loss known only through its gradient ({@link UpstreamGradients}) → the gradient's definition as written. */
    private final Map<String, Definition> upstream = new LinkedHashMap<>();
    /** An undecided pair that uses names the document had not defined yet, to check again at its end. */
    private record Waiting(PairVerdict verdict, Side left, Side right, List<Assumption.Branch> branches, Side head,
                           Side lastReadable, Set<String> undefined) {
    }

    private final List<Waiting> waiting = new ArrayList<>();

    /** How the last pair checked was read by components ({@link VectorVariables}), or null. */
    private String componentNote;
    /** What the last definition read as an upstream gradient says in its row's notes, or null. */
    private String upstreamNote;

    private Assumption.Branch proseBranch;
    private int proseBranchLine;
    private Chain chain;
    private boolean proseSinceChain;

    private final List<Segment.Math> blocks = new ArrayList<>();
    private final List<CheckedEquation> equations = new ArrayList<>();
    private final List<RowMark> rows = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final Map<Integer, String> rowRoles = new HashMap<>();

    private DocumentChecker(String text, DocumentKind kind, DocumentOptions options) {
        this.text = text;
        this.kind = kind;
        this.options = options;
    }

    /** Checks {@code text}, a Markdown or LaTeX document. */
    public static CheckedDocument check(String text, DocumentKind kind, DocumentOptions options) {
        if (kind == DocumentKind.SCRIPT) {
            throw new IllegalArgumentException("a script is run, not scanned as a document");
        }
        if (kind == DocumentKind.NOTEBOOK) {
            return new DocumentChecker(Notebook.markdown(text), DocumentKind.MARKDOWN, options).run();
        }
        return new DocumentChecker(text, kind, options).run();
    }

    private final LatexContext context = new LatexContext() {
        @Override
        public Optional<DocumentFunction> function(String name) {
            return Optional.ofNullable(functions.get(name));
        }

        @Override
        public boolean defines(String name) {
            return plainNames.contains(name);
        }

        @Override
        public Set<String> labelLetters() {
            return labelLetters;
        }

        @Override
        public Set<String> scriptLettersApart() {
            return scriptLettersApart;
        }

        @Override
        public void folded(String name, String base, String subscript) {
            writtenNames.add(name, base, subscript);
        }

        @Override
        public Set<String> nameSubscriptLetters() {
            return nameSubscriptLetters;
        }

        @Override
        public boolean sigmaIsQuantity() {
            return sigmaIsQuantity;
        }

        @Override
        public boolean piIsAVariable() {
            return piIsAVariable;
        }

        @Override
        public List<Token> sigmaArgument() {
            return sigmaArgument;
        }

        @Override
        public Optional<LatexContext.MatrixEntry> matrixEntry() {
            return matrixEntry;
        }

        @Override
        public Set<String> equationIndexLetters() {
            return equationIndexLetters;
        }

        @Override
        public Set<String> headIndexLetters() {
            return headIndexLetters;
        }

        @Override
        public Set<String> otherSidesIndexLetters() {
            return otherSidesIndexLetters;
        }

        @Override
        public boolean nIsAnIndex() {
            return nIsAnIndex;
        }

        @Override
        public Set<String> sizeLetters() {
            return sizeLetters;
        }

        @Override
        public Set<String> summedLetters() {
            return summedLetters;
        }

        @Override
        public boolean derivativeSuperscript(String base, String letter) {
            return derivativeSuperscripts.contains(base + "^" + letter);
        }

        @Override
        public boolean labelledHead(String base, String letter) {
            return labelledHeads.contains(base + "^" + letter);
        }

        @Override
        public Map<String, String> argExtrema() {
            return argExtrema;
        }

        @Override
        public Optional<WrittenStarts.Range> writtenRange(String letter) {
            return Optional.ofNullable(writtenStarts.get(letter));
        }

        @Override
        public boolean definesFunction(String name) {
            return functionNames.contains(name);
        }

        @Override
        public boolean indexedFunction(String name) {
            return indexedFunctions.contains(name);
        }

        @Override
        public boolean definesValue(String name) {
            return definitions.of(name).isPresent();
        }

        @Override
        public Optional<Expr> definedValue(Expr leaf) {
            return definitions.defining(leaf).map(d -> d.instantiate(leaf));
        }

        @Override
        public void calledBeforeDefinition(String name, Set<Integer> sampleArgs) {
            sampleArguments.computeIfAbsent(name, k -> new java.util.TreeSet<>()).addAll(sampleArgs);
        }
    };

    /**
     * The positions of arguments written as one example of a vector ({@code x^{(i)}}) in the calls of each
     * function read before the document defined it ({@link CallsBeforeDefinition}).
     */
    private final Map<String, Set<Integer>> sampleArguments = new java.util.HashMap<>();

    private CheckedDocument run() {
        for (String a : options.assumptions()) {
            directive("assume " + a, 0);
        }
        for (String l : options.lets()) {
            directive("let " + l, 0);
        }
        if (options.einstein()) {
            directive("einstein", 0);
        }
        List<Segment> segments = DocumentScanner.scan(text, kind);
        List<Token> all = new ArrayList<>();
        List<List<Token>> formulas = new ArrayList<>();
        Set<String> defined = new java.util.LinkedHashSet<>();
        Set<String> indexed = new java.util.LinkedHashSet<>();
        for (Segment s : segments) {
            if (s instanceof Segment.Math m) {
                List<Token> tokens = LatexTokens.lex(text, m.start(), m.end());
                all.addAll(tokens);
                formulas.add(tokens);
                defined.addAll(DefinedFunctions.in(tokens));
                defined.addAll(DefinedFunctions.primed(tokens));
                indexed.addAll(DefinedFunctions.primedIndexed(tokens));
            }
        }
        labelLetters = LatexReader.labelLetters(formulas);
        scriptLettersApart = ScriptLetters.apart(all);
        if (DeltaNames.definedIn(formulas)) {
            plainNames.add("delta"); // ESL's δ_{ki} = −2(y_ik − f_ki): the document's errors, not the Kronecker delta
        }
        Set<String> nameParts = new java.util.LinkedHashSet<>(NameSubscripts.in(all));
        // a letter used as a value that subscripts names only as their parameter (\mathcal{L}_q beside p^q), with the
        // inline math's evidence too: \theta_a in "$\pi_\theta(a|s) = …$" makes θ a family of entries
        List<List<Token>> withInline = new ArrayList<>(formulas);
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                withInline.addAll(inlineMath(text, p.start(), p.end()));
            }
        }
        nameParts.addAll(NameSubscripts.parameters(withInline));
        nameSubscriptLetters = Set.copyOf(nameParts);
        // the ranges the prose gives indices ("for $t = 1, \\dots, T$") count as the limits of a sum over them
        List<Token> limits = new ArrayList<>(all);
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                limits.addAll(ProseRanges.asSumLimits(text.substring(p.start(), p.end())));
            }
        }
        documentSizes = UpperLimits.in(limits);
        documentWritesN = UpperLimits.writesN(limits);
        sizeLetters = UpperLimits.sizeLetters(limits);
        writtenStarts = WrittenStarts.in(limits);
        argExtrema = ArgExtrema.in(text);
        summedLetters = SuperscriptIndices.summedLetters(all);
        derivativeSuperscripts = SuperscriptIndices.derivativeSuperscripts(all);
        Set<String> heads = new java.util.LinkedHashSet<>();
        formulas.forEach(f -> heads.addAll(LabelledHeads.in(f)));
        labelledHeads = Set.copyOf(heads);
        if (documentSizes.size() == 1 && documentSizes.iterator().next() instanceof Sym written && !written.equals(Exprs.N)) {
            writtenNames.size(written.name()); // a report prints \sum_{n=1}^N's size as N, apart from the index n
        }
        sigmaIsQuantity = SigmaUse.asQuantity(all);
        piIsAVariable = PiUse.asVariable(formulas);
        if (piIsAVariable) {
            writtenNames.plain(PiUse.VARIABLE, "pi"); // a report writes the document's π as it does
        }
        sigmaArgument = sigmaIsQuantity ? List.of() : SigmaUse.soleArgument(all);
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                inline.addAll(InlineDefinitions.in(text, p.start(), p.end(), this::line));
            }
        }
        inline.stream().filter(d -> d.cued() && d.ofAFunction()).forEach(d -> defined.add(d.name()));
        proseFunctions(segments, formulas, withInline, defined);
        functionNames = Set.copyOf(defined);
        indexedFunctions = Set.copyOf(indexed);
        for (Segment s : segments) {
            switch (s) {
                case Segment.Heading h -> {
                    finishChain();
                    proseBranch = null;
                    proseSinceChain = false;
                    lastHeading = line(h.start());
                }
                case Segment.Directive d -> directive(d.text(), line(d.start()));
                case Segment.Prose p -> {
                    prose(p);
                    proseBefore = text.substring(p.start(), p.end());
                }
                case Segment.Math m -> {
                    proseFunctionsAt(m.start());
                    block(m);
                    proseBefore = "";
                }
            }
        }
        finishChain();
        recheckWithLaterDefinitions();
        if (equations.isEmpty()) {
            messages.add("no equation to check was found in the display math of this document");
        }
        return new CheckedDocument(text, kind, blocks, equations, rows, messages);
    }

    /**
     * The letters the prose names as known functions ({@link ProseFunctionNames}: "where $g$ is the sigmoid"), or writes by
     * the initial of a vector function it names ({@code S(x)_i} after "the softmax"), where the math applies the letter to a
     * bracket as such a function is applied and defines it nowhere. A scalar function holds from the start ({@code defined}
     * gains it); a vector function from where the text names it until a display applies the letter without a component
     * ({@code S(\mathbf{x}_1) = …}: the document's own use of the letter from there on).
     */
    private void proseFunctions(List<Segment> segments, List<List<Token>> formulas, List<List<Token>> math, Set<String> defined) {
        Set<String> bare = new java.util.HashSet<>();
        Set<String> components = new java.util.HashSet<>();
        for (List<Token> tokens : math) {
            bare.addAll(DefinedFunctions.calls(tokens, false).keySet());
            components.addAll(DefinedFunctions.calls(tokens, true).keySet());
        }
        Map<String, Integer> firstComponent = new LinkedHashMap<>();
        formulas.forEach(tokens -> DefinedFunctions.calls(tokens, true).forEach(firstComponent::putIfAbsent));
        Map<String, ProseFunctionNames> named = new LinkedHashMap<>();
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                ProseFunctionNames.in(text, p.start(), p.end()).forEach(n -> named.putIfAbsent(n.name(), n));
            }
        }
        firstComponent.forEach((name, at) -> {
            for (Segment s : segments) {
                if (s instanceof Segment.Prose p && p.start() < at && !named.containsKey(name)) {
                    ProseFunctionNames.byInitial(name, text, p.start(), p.end()).ifPresent(n -> named.put(name, n));
                }
            }
        });
        for (ProseFunctionNames n : named.values()) {
            if (defined.contains(n.name())) {
                continue;
            }
            if (n.vector() && components.contains(n.name())) {
                int until = Integer.MAX_VALUE;
                for (List<Token> tokens : formulas) {
                    Integer at = DefinedFunctions.calls(tokens, false).get(n.name());
                    if (at != null && at > n.offset()) {
                        until = Math.min(until, at);
                    }
                }
                proseVectorFunctions.add(new ProseSpan(n, until));
            } else if (!n.vector() && bare.contains(n.name()) && !components.contains(n.name())) {
                defined.add(n.name());
                bindProseFunction(n);
            }
        }
    }

    /** A vector function the text names ({@link #proseFunctions}), which holds for the math between its mention and {@code until}. */
    private record ProseSpan(ProseFunctionNames named, int until) {
    }

    private final List<ProseSpan> proseVectorFunctions = new ArrayList<>();

    private void bindProseFunction(ProseFunctionNames n) {
        functions.put(n.name(), n.asFunction());
        definedAt.put(n.name(), line(n.offset()));
        knownNames.add(n.name());
        messages.add("line " + line(n.offset()) + ": " + n.note());
    }

    /** Binds or unbinds the vector functions the text names ({@link ProseSpan}) for the math at {@code offset}. */
    private void proseFunctionsAt(int offset) {
        for (java.util.Iterator<ProseSpan> it = proseVectorFunctions.iterator(); it.hasNext();) {
            ProseSpan span = it.next();
            String name = span.named().name();
            DocumentFunction bound = span.named().asFunction();
            if (offset >= span.until()) {
                if (bound.equals(functions.get(name))) {
                    functions.remove(name);
                }
                it.remove();
            } else if (offset > span.named().offset() && !functions.containsKey(name)) {
                bindProseFunction(span.named());
            }
        }
    }

    private int line(int offset) {
        return SourceSpan.of(text, offset, 1).line();
    }

    // ---- directives and prose ----

    private void directive(String d, int line) {
        String where = line > 0 ? "line " + line + ": " : "";
        try {
            if (d.equals("einstein")) {
                messages.add(where + "einstein: an index repeated in a product is summed");
                einstein = true;
            } else if (d.startsWith("assume ")) {
                Assumption a = Assumption.parse(d.substring("assume ".length()));
                assumptions.addAll(a.rules());
                a.constraint().ifPresent(c -> sampling = sampling.with(c));
                a.branch().ifPresent(directiveBranches::add);
                a.constraint().ifPresent(c -> knownNames.addAll(constraintNames(c)));
            } else if (d.startsWith("let ")) {
                String body = d.substring("let ".length());
                int eq = body.indexOf('=');
                if (eq <= 0) {
                    throw new InputException("let: write let NAME = EXPRESSION");
                }
                Expr target = Parser.parseExpression(body.substring(0, eq));
                Expr value = Parser.parseExpression(body.substring(eq + 1));
                if (!(target instanceof Variable v)) {
                    throw new InputException("let defines a name, not " + body.substring(0, eq).strip());
                }
                define(v.name(), target, value, line);
            } else {
                messages.add(where + "directive not understood: '" + d + "' (expected assume …, let … or einstein)");
            }
        } catch (SymgradException e) {
            messages.add(where + "directive '" + d + "' not used: " + e.getMessage());
        }
    }

    private boolean einstein;

    private static Set<String> constraintNames(Sampling.Constraint c) {
        return switch (c) {
            case Sampling.Distinct d -> Set.of();
            case Sampling.Positive p -> Set.of(p.name());
            case Sampling.NonNegative p -> Set.of(p.name());
            case Sampling.UnitInterval u -> Set.of(u.name());
            case Sampling.TwoValued t -> Set.of(t.name());
            case Sampling.Simplex s -> Set.of(s.name());
            case Sampling.SumsTo s -> Set.of(s.name());
            case Sampling.OneHot h -> Set.of(h.name());
            case Sampling.Symmetric s -> Set.of(s.name());
        };
    }

    private void prose(Segment.Prose p) {
        String prose = text.substring(p.start(), p.end());
        if (!prose.isBlank()) {
            proseSinceChain = true;
        }
        stationary.prose(prose);
        Optional<Assumption.Branch> b = ProseConditions.find(prose);
        if (b.isPresent()) {
            proseBranch = b.get();
            proseBranchLine = line(p.start() + prose.indexOf(prose.strip()));
        } else if (proseBranch != null && ProseConditions.endsTheCase(prose)) {
            proseBranch = null;
        }
        List<String> stated = new ArrayList<>(ProseAssumptions.find(prose, name -> definitions.of(name).isPresent()));
        stated.addAll(ProseParameterRanges.find(prose));
        for (String a : stated) {
            int at = line(p.start() + prose.indexOf(prose.strip()));
            messages.add("line " + at + ": assumes " + a + " (from the text)");
            directive("assume " + a, at);
        }
    }

    // ---- blocks, rows, statements ----

    /** A statement of a row: its sides and the relations between them. */
    private record Statement(List<List<Token>> sides, List<Integer> relations, List<Condition> conditions,
                             List<String> conditionNotes, Rows.Row row, String introducer, String text,
                             boolean[] predefined) {
    }

    private void block(Segment.Math m) {
        int blockIndex = blocks.size();
        blocks.add(m);
        List<Token> tokens = LatexTokens.lex(text, m.start(), m.end());
        List<Statement> statements = new ArrayList<>();
        List<Boolean> asides = new ArrayList<>();
        List<Rows.Row> blockRows = Rows.split(tokens);
        for (Rows.Row row : blockRows) {
            List<Piece> pieces = StatementSplitter.split(row.tokens(), text);
            List<Condition> conditions = new ArrayList<>();
            List<String> conditionNotes = new ArrayList<>();
            for (Piece p : pieces) {
                if (p.kind() == Piece.Kind.CONDITION && !isMembership(p.tokens())
                        && p.tokens().get(0).getType() != LatexLexer.FORALL) {
                    try {
                        conditions.add(LatexReader.condition(stripForall(p.tokens()), text, context));
                    } catch (InputException e) {
                        conditionNotes.add("condition " + LatexSpans.text(text, p.tokens()) + " not read: "
                                + e.getMessage());
                    }
                }
            }
            boolean any = false;
            boolean afterAnnotation = false;
            for (Piece p : pieces) {
                afterAnnotation |= any && p.kind() == Piece.Kind.ANNOTATION;
                if (p.kind() == Piece.Kind.STATEMENT) {
                    Statement s = statement(p, conditions, conditionNotes, row);
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
                Side first = side(s.sides().get(0), s, Set.of());
                Side second = side(s.sides().get(1), s, Set.of());
                first.reading().target().ifPresent(t -> {
                    if (!isDefined(t.name())) {
                        defineFromSides(t, second, first.line());
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
        Chain main = chain;
        boolean mainRefining = refining;
        chain = null;
        process(s);
        finishChain();
        chain = main;
        refining = mainRefining;
    }

    /** {@code x \in \mathbb{R}^d}: a statement of types, not a condition symgrad can use or report. */
    private static boolean isMembership(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> t.getType() == LatexLexer.IN || t.getType() == LatexLexer.NOT_IN);
    }

    private static List<Token> stripForall(List<Token> tokens) {
        if (!tokens.isEmpty() && tokens.get(0).getType() == LatexLexer.FORALL) {
            return tokens.subList(1, tokens.size());
        }
        return tokens;
    }

    /** The statement of a piece: its sides split at the top-level relations, or null for a lone expression. */
    private Statement statement(Piece p, List<Condition> conditions, List<String> conditionNotes, Rows.Row row) {
        List<List<Token>> sides = new ArrayList<>();
        List<Integer> relations = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : p.tokens()) {
            int type = t.getType();
            if (type == LatexLexer.LBRACE || type == LatexLexer.LPAREN || type == LatexLexer.LBRACK
                    || type == LatexLexer.BEGIN || type == LatexLexer.LBRACE_LIT) {
                depth++;
            } else if (type == LatexLexer.RBRACE || type == LatexLexer.RPAREN || type == LatexLexer.RBRACK
                    || type == LatexLexer.END || type == LatexLexer.RBRACE_LIT) {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (type == LatexLexer.EQ || type == LatexLexer.DEF_EQ || type == LatexLexer.APPROX)) {
                sides.add(current);
                relations.add(type);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        sides.add(current);
        if (relations.isEmpty() && current.isEmpty()) {
            return null;
        }
        if (relations.isEmpty() && declaresShapes(LatexSpans.text(text, p.tokens()), line(p.tokens().get(0).getStartIndex()))) {
            return null;
        }
        return new Statement(sides, relations, conditions, conditionNotes, row, p.introducer(),
                LatexSpans.text(text, p.tokens()), new boolean[1]);
    }

    /**
     * {@code \mathbf{W}_1: D_x \times H} on its own: a shape the document declares, which the vector notation reads
     * ({@link org.symgrad.parse.latex.Dimensions}), not an equation; said in a note.
     */
    private boolean declaresShapes(String statement, int line) {
        List<org.symgrad.parse.latex.Dimensions.Declared> declared = org.symgrad.parse.latex.Dimensions.statement(statement);
        if (declared.isEmpty()) {
            return false;
        }
        messages.add("line " + line + ": declares the shape " + String.join(", ", declared.stream()
                .map(org.symgrad.parse.latex.Dimensions.Declared::describe).toList()) + " (read by the vector notation)");
        return true;
    }

    /** The one-hot matrices of labels already assumed ({@link LabelIndicators}). */
    private final Set<String> oneHotLabels = new HashSet<>();

    /**
     * {@code 1\{y^{(i)} = l\}} reads as the entry of the labels' one-hot matrix: the first time a side
     * uses one, the document assumes it one-hot, and says so.
     */
    private void assumeOneHotLabels(Expr e, int line) {
        if (e instanceof Indexed x && LabelIndicators.isOneHot(x.name()) && oneHotLabels.add(x.name())) {
            messages.add("line " + line + ": assumes " + x.name() + " one-hot (the indicator of a label that varies "
                    + "by example, one 1 in each row)");
            directive("assume " + x.name() + " one-hot", line);
        }
        Exprs.children(e).forEach(c -> assumeOneHotLabels(c, line));
    }

    /**
     * The letters the statement's first side uses as indices while another side is read: the first side's own,
     * or for a row that continues a chain ({@code = …}), the free indices of the chain's head ({@code ∂y_j/∂x_i}).
     */
    private Set<String> headIndexLetters(Statement s, List<Token> tokens) {
        List<Token> first = s == null || s.sides().isEmpty() ? null : s.sides().get(0);
        if (first != null && !first.isEmpty()) {
            return first.get(0).getStartIndex() == tokens.get(0).getStartIndex() ? Set.of() : LatexReader.indexLetters(first);
        }
        return chain != null && chain.head != null && chain.head.readable() ? Indices.free(chain.head.expr().get()) : Set.of();
    }

    /** Reads one side of a statement, with the range sizes of the whole statement renamed to n. */
    private Side side(List<Token> tokens, Statement s, Set<Expr> rangeSizes) {
        if (tokens.isEmpty()) {
            return null;
        }
        Set<String> letters = new LinkedHashSet<>();
        if (s != null) {
            s.sides().stream().filter(java.util.Objects::nonNull).forEach(t -> letters.addAll(LatexReader.indexLetters(t)));
        }
        equationIndexLetters = letters;
        Set<String> others = new LinkedHashSet<>();
        if (s != null) {
            for (List<Token> t : s.sides()) {
                if (t != null && !t.isEmpty() && t.get(0).getStartIndex() != tokens.get(0).getStartIndex()) {
                    others.addAll(LatexReader.indexLetters(t));
                }
            }
        }
        otherSidesIndexLetters = others;
        headIndexLetters = headIndexLetters(s, tokens);
        matrixEntry = s == null ? Optional.empty() : OuterProducts.entry(s.sides());
        // \partial E / \partial x_n = n under \sum_{n=1}^{N}: the document's size is N, so its n is the index n, also as a value
        nIsAnIndex = (!documentSizes.isEmpty() || !rangeSizes.isEmpty()) && !documentWritesN && letters.contains(Exprs.N.name());
        Reading r;
        try {
            r = vectors.read(tokens, s == null ? List.of(tokens) : s.sides(), text, context,
                    LatexReader.read(tokens, text, context));
        } finally {
            nIsAnIndex = false;
        }
        matrixEntry = Optional.empty();
        equationIndexLetters = Set.of();
        otherSidesIndexLetters = Set.of();
        headIndexLetters = Set.of();
        Set<Expr> sizes = new LinkedHashSet<>(documentSizes);
        sizes.addAll(rangeSizes);
        sizes.addAll(r.rangeSizes());
        Optional<Expr> expr = r.expr().map(e -> LatexReader.withRange(e, sizes));
        Optional<InputException> problem = r.problem();
        expr.ifPresent(e -> assumeOneHotLabels(e, line(tokens.get(0).getStartIndex())));
        expr = expr.map(components::apply).map(layers::apply);
        if (expr.isPresent()) {
            Optional<Indexed> mixed = components.mixed(expr.get());
            if (mixed.isPresent()) {
                problem = Optional.of(new InputException("the document defines " + components.definedOf(mixed.get().name())
                        + " one by one, and here writes " + mixed.get() + ": name the components another way, or "
                        + "define " + mixed.get().name() + " at an index name", LatexSpans.of(text, tokens)));
                expr = Optional.empty();
            }
        }
        if (expr.isPresent()) {
            Optional<String> uses = usesUnreadable(expr.get());
            if (uses.isPresent()) {
                problem = Optional.of(new InputException(uses.get(), LatexSpans.of(text, tokens)));
                expr = Optional.empty();
            }
        }
        if (expr.isPresent() && einstein) {
            expr = Optional.of(Einstein.sum(expr.get()));
        }
        int start = tokens.get(0).getStartIndex();
        return new Side(tokens, r, expr, problem, LatexSpans.text(text, tokens), line(start), start, s.row().end());
    }

    /** The tokens of each inline formula {@code $…$} of the prose between {@code start} and {@code end}. */
    private static List<List<Token>> inlineMath(String text, int start, int end) {
        List<List<Token>> out = new ArrayList<>();
        int open = -1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '$' || i > 0 && text.charAt(i - 1) == '\\') {
                continue;
            }
            if (i + 1 < end && text.charAt(i + 1) == '$') {
                i++;
                open = -1;
                continue;
            }
            if (open < 0) {
                open = i + 1;
            } else {
                if (i > open) {
                    try {
                        out.add(LatexTokens.lex(text, open, i));
                    } catch (RuntimeException unreadable) {
                        // prose that only looks like math: no evidence
                    }
                }
                open = -1;
            }
        }
        return out;
    }

    /** {@code \frac{d\sigma}{da} = \sigma(1 - \sigma)}: the bare σ on the other sides is σ(a) too. */
    private void applyFunctionInScope(List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || first.expr().isEmpty()) {
            return;
        }
        Optional<Fn> call = FunctionInScope.differentiated(first.expr().get())
                .filter(f -> !context.defines(f.name()) && context.function(f.name()).isEmpty());
        if (call.isEmpty()) {
            return;
        }
        sides.replaceAll(x -> x == null || x == first || x.expr().isEmpty() ? x
                : new Side(x.tokens(), x.reading(), x.expr().map(e -> FunctionInScope.applied(e, call.get())),
                        x.problem(), x.text(), x.line(), x.start(), x.rowEnd()));
    }

    /** {@code J = L(\mathbf{o}) + s}, then {@code \partial L / \partial o_a}: the bare L is the call L(o). */
    private void applyAbstractCalls(List<Side> sides) {
        Map<String, Fn> calls = AbstractCallInScope.calls(definitions.all(), functions.keySet());
        if (calls.isEmpty()) {
            return;
        }
        sides.replaceAll(x -> x == null || x.expr().isEmpty() ? x
                : new Side(x.tokens(), x.reading(), x.expr().map(e -> AbstractCallInScope.applied(e, calls)),
                        x.problem(), x.text(), x.line(), x.start(), x.rowEnd()));
    }

    private Optional<String> usesUnreadable(Expr e) {
        String name = switch (e) {
            case Sym s -> s.name();
            case Indexed x -> x.name();
            case Fn f -> f.name();
            default -> null;
        };
        if (name != null && unreadable.containsKey(name)) {
            return Optional.of("uses " + name + ", whose definition could not be read (" + unreadable.get(name) + ")");
        }
        for (Expr c : Exprs.children(e)) {
            Optional<String> inner = usesUnreadable(c);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    // ---- chains and definitions ----

    /** The equation being read: its sides so far and its verdicts. */
    private final class Chain {
        final int line;
        final String text;
        String defines = "";
        final List<String> reading = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<PairVerdict> verdicts = new ArrayList<>();
        final String condition;
        Side head;
        Side last;
        Side lastReadable;
        boolean open;

        Chain(Side first, String text, String condition) {
            this.line = first.line();
            this.text = text;
            this.condition = condition;
        }

        void add(Side s) {
            if (head == null) {
                head = s;
            }
            last = s;
            if (s.readable()) {
                lastReadable = s;
            }
            reading.add(s.expr().map(Printer::ascii).orElse("?"));
        }
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
                chain.verdicts.add(skipped(null, lone, "could not read " + lone.text() + ": " + reason(lone)));
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
                mentioned(s.expr().get()).stream()
                        .filter(n -> !isDefined(n) && !FunctionRegistry.isKnown(n) && !knownNames.contains(n))
                        .forEach(out::add);
            }
        }
        return out;
    }

    /**
     * Undecided steps that used a name the document defines only below them ("f'(x) = Φ(x) + x φ(x)", then
     * "φ(x) = …"), checked again with every definition the document makes. Only a step that then holds is
     * reported so, with the line of the definition it needed; one that does not stays undecided, as a later
     * definition may mean something else than the author had in mind at the step.
     */
    private void recheckWithLaterDefinitions() {
        for (Waiting w : waiting) {
            List<String> now = w.undefined().stream().filter(this::isDefined).toList();
            if (now.isEmpty()) {
                continue;
            }
            chain = new Chain(w.head() == null ? w.right() : w.head(), "", null);
            chain.head = withCalls(w.head(), now);
            chain.lastReadable = withCalls(w.lastReadable(), now);
            PairVerdict again = pair(withCalls(w.left(), now), withCalls(w.right(), now), w.branches());
            chain = null;
            if (again.outcome() != Outcome.PROVEN && again.outcome() != Outcome.NUMERICALLY_EQUAL) {
                continue;
            }
            String where = now.stream().map(n -> n + " (line " + definedAt.getOrDefault(n, 0) + ")")
                    .collect(java.util.stream.Collectors.joining(", "));
            PairVerdict checked = new PairVerdict(again.line(), again.left(), again.right(), again.outcome(),
                    "with the definition" + (now.size() == 1 ? " of " : "s of ") + where + " below it"
                            + (again.detail().isEmpty() ? "" : "; " + again.detail()),
                    again.verdict(), again.expected(), again.rightStart(), again.rowEnd(), again.notes());
            equations.replaceAll(e -> e.verdicts().stream().anyMatch(v -> v == w.verdict()) ? new CheckedEquation(e.line(), e.text(),
                    e.reading(), e.defines(), e.condition(), e.verdicts().stream().map(v -> v == w.verdict() ? checked : v)
                    .toList(), e.notes()) : e);
        }
    }

    /** {@code side} with the calls of the functions {@code names} that the document has defined since applied. */
    private Side withCalls(Side side, List<String> names) {
        if (side == null || side.expr().isEmpty()) {
            return side;
        }
        Expr e = side.expr().get();
        for (String n : names) {
            if (functions.containsKey(n)) {
                e = CallsBeforeDefinition.applied(e, functions.get(n), Set.of(), SourceSpan.of(text, side.start(), 1));
            }
        }
        return new Side(side.tokens(), side.reading(), Optional.of(e), side.problem(), side.text(), side.line(), side.start(),
                side.rowEnd());
    }

    private List<Assumption.Branch> branches() {
        List<Assumption.Branch> out = new ArrayList<>(directiveBranches);
        if (proseBranch != null) {
            out.add(proseBranch);
        }
        return out;
    }

    private String conditionText(List<Condition> rowConditions) {
        List<String> parts = new ArrayList<>();
        for (Assumption.Branch b : directiveBranches) {
            parts.add(b.describe() + " (assumed)");
        }
        if (proseBranch != null) {
            parts.add(proseBranch.describe() + " (from the text at line " + proseBranchLine + ")");
        }
        for (Condition c : rowConditions) {
            parts.add(c.text());
        }
        return String.join(", ", parts);
    }

    /**
     * A statement, with the bounds its row states on one variable ({@code = 1 \quad \text{for } x > 0}, {@code 0 < p < 1})
     * assumed for its steps, as the directive {@code assume x > 0} would be for the whole document.
     */
    private void process(Statement s) {
        List<Assumption> bounds = s.conditions().stream().map(DocumentChecker::bound).flatMap(Optional::stream).toList();
        if (bounds.isEmpty()) {
            processStatement(s);
            return;
        }
        List<Rule> savedRules = List.copyOf(assumptions);
        Sampling savedSampling = sampling;
        for (Assumption a : bounds) {
            assumptions.addAll(a.rules());
            a.constraint().ifPresent(c -> sampling = sampling.with(c));
        }
        try {
            processStatement(s);
        } finally {
            assumptions.clear();
            assumptions.addAll(savedRules);
            sampling = savedSampling;
        }
    }

    /** The condition as the assumption {@code x > 0}, {@code x >= 0} or {@code 0 < x < 1} on a variable, if it is one. */
    private static Optional<Assumption> bound(Condition c) {
        List<Expr> o = c.operands();
        boolean positive = o.size() == 2 && o.get(0) instanceof Sym && Exprs.isNum(o.get(1), 0)
                && (c.relations().get(0).equals(">") || c.relations().get(0).equals(">="));
        boolean unit = o.size() == 3 && o.get(1) instanceof Sym && Exprs.isNum(o.get(0), 0) && Exprs.isNum(o.get(2), 1)
                && c.relations().equals(List.of("<", "<"));
        if (!positive && !unit) {
            return Optional.empty();
        }
        String name = ((Sym) o.get(positive ? 0 : 1)).name();
        try {
            return Optional.of(Assumption.parse(positive ? name + " " + c.relations().get(0) + " 0" : "0 < " + name + " < 1"));
        } catch (SymgradException notAnAssumption) {
            return Optional.empty();
        }
    }

    private void processStatement(Statement s) {
        Set<Expr> sizes = new LinkedHashSet<>();
        List<Side> sides = new ArrayList<>();
        for (List<Token> t : s.sides()) {
            Side side = side(t, s, Set.of());
            if (side != null) {
                sizes.addAll(side.reading().rangeSizes());
            }
            sides.add(side);
        }
        if (!sizes.isEmpty()) {
            sides.replaceAll(x -> x == null ? null : side(x.tokens(), s, sizes));
        }
        applyFunctionInScope(sides);
        applyAbstractCalls(sides);
        if (s.relations().isEmpty()) {
            // a lone expression: the first element of a chain the next row or block may continue with '='
            finishChain();
            refining = false;
            chain = new Chain(sides.get(0), s.text(), conditionText(s.conditions()));
            chain.add(sides.get(0));
            return;
        }
        boolean continuation = sides.get(0) == null;
        if (!continuation && chain != null && chain.open && restates(sides.get(0), chain.head)) {
            sides.set(0, null);
            continuation = true;
        }
        List<Assumption.Branch> branches = new ArrayList<>(branches());
        List<String> notes = new ArrayList<>(s.conditionNotes());
        for (Condition c : s.conditions()) {
            if (c.isIndexRelation()) {
                branches.add(new Assumption.Branch(((Sym) c.operands().get(0)).name(),
                        ((Sym) c.operands().get(1)).name(), c.relations().get(0).equals("=")));
            } else if (bound(c).isEmpty()) {
                notes.add("condition " + c.text() + " not used");
            }
        }
        int from;
        if (continuation) {
            from = 1;
            if (chain == null) {
                // "= b = c" with nothing before: b starts the chain, the first '=' is no pair
                if (sides.size() < 2 || sides.get(1) == null) {
                    return;
                }
                chain = new Chain(sides.get(1), s.text(), conditionText(s.conditions()));
                chain.notes.add("the row starts with '=' but there is nothing before it");
                chain.add(sides.get(1));
                from = 2;
            }
        } else {
            finishChain();
            refining = false;
            Side first = sides.get(0);
            Optional<String> stated = StatedAssumption.of(sides, s.relations(), definitions);
            if (stated.isPresent() && !s.predefined()[0]) {
                // \sum_k y_k = 1 on its own (LATEX-INPUT K9): an assumption for what follows, not a claim
                chain = null;
                directive("assume " + stated.get(), first.line());
                messages.add("line " + first.line() + ": assumes " + stated.get());
                return;
            }
            chain = new Chain(first, s.text(), conditionText(s.conditions()));
            from = 1;
            Optional<Target> logarithm = s.predefined()[0] || definesTarget(s, sides) ? Optional.empty()
                    : logarithmDefinition(s, sides);
            if (s.predefined()[0] || definesTarget(s, sides) || logarithm.isPresent()) {
                Target t = logarithm.orElseGet(() -> first.reading().target().orElseThrow());
                // P(x_1) = S(x_1) = e^{x_1}/(…): names not yet defined, all defined by the first other side
                List<Target> aliases = new ArrayList<>();
                int k = 1;
                while (logarithm.isEmpty() && k + 1 < sides.size() && sides.get(k) != null && s.relations().get(k) == LatexLexer.EQ
                        && sides.get(k).reading().target().filter(a -> !a.builtIn() && !isDefined(a.name())
                        && !a.name().equals(t.name())).isPresent()) {
                    aliases.add(sides.get(k).reading().target().get());
                    k++;
                }
                Side body = sides.get(k);
                boolean defined = true;
                if (!s.predefined()[0]) {
                    upstreamNote = null;
                    defined = defineFromSides(t, logarithm.isPresent() ? exponential(body) : body, first.line());
                    if (upstreamNote != null) {
                        chain.notes.add(upstreamNote);
                    }
                    for (Target a : aliases) {
                        defineFromSides(a, body, first.line());
                    }
                }
                chain.defines = t.name();
                chain.add(first);
                for (int a = 1; a < k; a++) {
                    chain.add(sides.get(a));
                }
                chain.lastReadable = null;
                refining = !t.isCall() && aliases.isEmpty();
                chain.reading.set(0, (logarithm.isPresent() ? "log " : "") + Printer.ascii(t.variable())
                        + (t.squared() ? "^2" : "") + (t.isCall() ? "(…)" : ""));
                if (body == null) {
                    chain.open = true;
                    return;
                }
                chain.add(body);
                rowRoles.put(body.rowEnd(), "definition");
                if (defined && body.readable()) {
                    stationaryPoint(t, first, body).ifPresent(chain.verdicts::add);
                }
                if (!defined && argExtrema.containsValue(t.name())) {
                    // k^* = \arg\max_k z_k: no value, but the label of the max entry (ArgExtrema), read where \max_k is used
                    String[] over = argExtrema.entrySet().stream().filter(a -> a.getValue().equals(t.name()))
                            .map(a -> a.getKey().split(":")).findFirst().orElseThrow();
                    chain.notes.add("names " + first.text() + " as the index of the " + over[0] + " over " + over[1]
                            + ": \\" + over[0] + "_" + over[1] + " is read as its entry at " + first.text());
                } else if (!defined) {
                    chain.verdicts.add(skipped(first, body, "definition of " + t.name() + " could not be read: "
                            + unreadable.getOrDefault(t.name(), body.readable() ? "" : reason(body))));
                }
                from = k + 1;
            } else {
                if (first == null) {
                    return;
                }
                chain.add(first);
                if (restatesDefinition(s, sides)) {
                    Target t = first.reading().target().orElseThrow();
                    PairChecker.Result r = check(first, sides.get(1), branches);
                    boolean layered = r.outcome() == Outcome.FALSE && t.variable() instanceof Indexed x
                            && sides.get(1).expr().filter(b -> LayerDefinitions.writesAtOtherLetters(b, x)).isPresent();
                    if (r.renamed() || r.outcome() == Outcome.FALSE && (layered || redefines(t, sides.get(1), first.line()))) {
                        // the name is given a new meaning: a later definition replaces the earlier one
                        Side body = sides.get(1);
                        int before = definedAt.getOrDefault(t.name(), 0);
                        defineFromSides(t, body, first.line());
                        chain.notes.add(layers.defines(t.variable())
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
                chain.verdicts.add(skipped(left, right, "an approximation (≈) is not checked"));
                chain.add(right);
                chain.head = right;
                continue;
            }
            Optional<Target> named = relation == LatexLexer.DEF_EQ && i == sides.size() - 1 && left != null
                    && left.readable() ? right.reading().target().filter(a -> !a.builtIn() && !a.isCall()
                    && !isDefined(a.name())) : Optional.empty();
            if (named.isPresent()) {
                // Rong's "= y_j - t_j := e_j": the new name after a closing := is defined by the side before it
                defineFromSides(named.get(), left, right.line());
                chain.notes.add(named.get().name() + " is defined as " + left.text() + " by the := before it");
                chain.add(right);
                continue;
            }
            PairVerdict v = pair(left, right, branches);
            if (v.outcome() == Outcome.FALSE && i == sides.size() - 1 && StationaryPoints.setsToZero(chain.head, left, right)) {
                v = skipped(left, right, StationaryPoints.SET_TO_ZERO);
            }
            chain.verdicts.add(v);
            if (v.outcome() == Outcome.UNDECIDED) {
                Set<String> undefined = undefinedNames(left, right);
                if (!undefined.isEmpty()) {
                    waiting.add(new Waiting(v, left, right, branches, chain.head, chain.lastReadable, undefined));
                }
            }
            chain.add(right);
            if (refining && right.readable() && (v.outcome() == Outcome.UNDECIDED && lastRenamed)) {
                // E = -t log(y) = -t log(sigmoid(Wx)): the later side says what y stood for
                Target t = chain.head.reading().target().orElseThrow();
                defineFromSides(t, right, chain.head.line());
                chain.notes.add(t.name() + " is taken as " + right.text() + " (line " + right.line() + ")");
            } else if (v.outcome() == Outcome.FALSE || v.outcome() == Outcome.SKIPPED) {
                refining = false;
            }
        }
    }

    /** Whether a definition chain may still take a later, more explicit side as its body. */
    private boolean refining;
    /** Whether the last checked pair was undecided because its sides use different undefined names. */
    private boolean lastRenamed;

    /** The line of the last heading so far (0 before the first): a new section may give a name a new meaning. */
    private int lastHeading;
    /** The prose just before the display being read, empty after a display. */
    private String proseBefore = "";
    /** Words in the prose before a display that say it gives a name a new meaning ("now let", "instead"). */
    private static final java.util.regex.Pattern REDEFINING = java.util.regex.Pattern.compile(
            "(?i)\\b(now let|let now|redefine[sd]?|instead|a new|another|alternatively|this time|suppose|consider|"
                    + "more generally|in general)\\b");

    /**
     * Whether a restatement {@code T = body} whose right side differs from T's definition gives T a
     * new meaning rather than making a mistake: a new section since the definition, prose that says
     * so ("now let", "instead", "consider"), or a right side in names the definition does not use
     * ({@code S(x_1) = 1/(1 + e^z)} with a z of its own). Otherwise the restatement is a claim, checked
     * against the definition and reported false with its counterexample (issue 9 item 3).
     */
    private boolean redefines(Target t, Side body, int line) {
        int defined = definedAt.getOrDefault(t.name(), 0);
        if (lastHeading > defined && lastHeading < line || REDEFINING.matcher(proseBefore).find()) {
            return true;
        }
        Optional<Definition> old = definitions.of(t.name());
        if (old.isEmpty() || body.expr().isEmpty()) {
            return true;
        }
        Set<String> before = new HashSet<>(mentioned(definitions.expand(old.get().body())));
        before.addAll(mentioned(old.get().target()));
        for (String name : mentioned(definitions.expand(body.expr().get()))) {
            if (!before.contains(name) && !FunctionRegistry.isKnown(name) && !isDefined(name)) {
                return true;
            }
        }
        return false;
    }

    /** The names {@code e} mentions: symbols, vectors (α for α_1) and functions. */
    private static Set<String> mentioned(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        switch (e) {
            case Sym x -> out.add(x.name());
            case Indexed x -> out.add(x.name());
            case Fn f -> out.add(f.name());
            default -> {
            }
        }
        Exprs.children(e).forEach(c -> out.addAll(mentioned(c)));
        return out;
    }

    /**
     * Whether {@code e} holds the squared target {@code t} itself: its name, or an entry of it, except that
     * entries at whole numbers are other values beside a target at a letter (σ_p² = w²σ_1² + … defines the
     * portfolio's σ_p from the assets' σ_1, σ_2, Markowitz 1952).
     */
    private static boolean mentionsItself(Expr e, Target t) {
        boolean atLetter = t.variable() instanceof Indexed v && v.indices().stream().noneMatch(i -> i.matches("[0-9]+"));
        return switch (e) {
            case Sym x -> x.name().equals(t.name());
            case Indexed x when x.name().equals(t.name()) ->
                    !(atLetter && x.indices().stream().allMatch(i -> i.matches("[0-9]+")));
            case Fn f when f.name().equals(t.name()) -> true;
            default -> Exprs.children(e).stream().anyMatch(c -> mentionsItself(c, t));
        };
    }

    /** The first side names something already defined, in the same shape: a restatement to check. */
    private boolean restatesDefinition(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (sides.size() < 2 || sides.get(1) == null || !sides.get(1).readable() || first.reading().target().isEmpty()
                || s.relations().get(0) != LatexLexer.EQ) {
            return false;
        }
        Target t = first.reading().target().get();
        return !t.builtIn() && definitions.of(t.name()).isPresent();
    }

    /** Whether the statement defines its first side (K2): a target not yet defined, then '=' or ':='. */
    private boolean definesTarget(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || sides.size() < 2 || first.reading().target().isEmpty()) {
            return false;
        }
        Target t = first.reading().target().get();
        if (t.squared() && sides.get(1) != null && sides.get(1).expr().filter(b -> mentionsItself(b, t)
                || !t.name().equals(FunctionRegistry.SIGMA) && mentioned(b).isEmpty()).isPresent()) {
            // y^2 = y for a label in {0, 1}, x^2 = 4: a fact about the name, not the definition of its root (σ² of a
            // number is a variance given, as before)
            return false;
        }
        if (s.relations().get(0) == LatexLexer.DEF_EQ) {
            return true;
        }
        if (s.relations().get(0) != LatexLexer.EQ) {
            return false;
        }
        if (t.builtIn()) {
            return !t.component().isEmpty();
        }
        if (unreadable.containsKey(t.name())) {
            return true;
        }
        if (t.isCall()) {
            DocumentFunction f = functions.get(t.name());
            return f == null ? !isDefined(t.name()) || sameNameOtherShape(t) : !f.parameters().equals(t.parameters());
        }
        if (!isDefined(t.name()) || upstream.containsKey(t.name())) {
            return true; // a loss known through its gradient is defined where the document writes it out
        }
        return sameNameOtherShape(t);
    }

    /**
     * The name {@code T} a first side {@code \log T} (or {@code \ln T}) defines, as a density's
     * logarithm is defined ({@code \log p(x) = -\frac{(x-\mu)^2}{2\sigma^2} + c}): T is a definable
     * target not yet defined, the whole side reads as its logarithm, and the equation is T = exp(…)
     * (SPEC §8's definition rule, applied to the name under the logarithm).
     */
    private Optional<Target> logarithmDefinition(Statement s, List<Side> sides) {
        Side first = sides.get(0);
        if (first == null || sides.size() < 2 || sides.get(1) == null || s.relations().get(0) != LatexLexer.EQ
                || first.tokens().size() < 2 || first.tokens().get(0).getType() != LatexLexer.FUNC
                || !Set.of("\\log", "\\ln").contains(first.tokens().get(0).getText())) {
            return Optional.empty();
        }
        Side inner = side(first.tokens().subList(1, first.tokens().size()), s, Set.of());
        Optional<Target> t = inner.reading().target();
        if (t.isEmpty() || t.get().builtIn() || t.get().vector() || t.get().squared()) {
            // \ln \sigma^2 = 2 \ln \sigma is a step about σ, not a definition of it by its square's logarithm
            return Optional.empty();
        }
        if (otherDensity(t.get())) {
            // \ln p(\mathbf{w} \mid \mathbf{t}) after \ln p(\mathbf{t} \mid \mathbf{w}, \beta): another density
            // that the same letter names, as probability writes them; it cannot be read as the first
            return t;
        }
        if (first.expr().isEmpty() || inner.expr().isEmpty() || isDefined(t.get().name()) && !sameNameOtherShape(t.get())
                || !first.expr().get().equals(Exprs.fn("log", inner.expr().get()))) {
            return Optional.empty();
        }
        return t;
    }

    /**
     * A call shape whose name the document defined as a function of another number of arguments
     * ({@code p(\mathbf{w} \mid \mathbf{t})} after {@code p(\mathbf{t} \mid \mathbf{w}, \beta)}): a new
     * definition of the name, as a density is named by its arguments, not a call of the old one.
     */
    private boolean otherDensity(Target t) {
        DocumentFunction f = functions.get(t.name());
        return t.isCall() && f != null && f.parameters().size() != t.parameters().size();
    }

    /** {@code body} read as the exponential of what it says: the value of T where {@code \log T = body}. */
    private static Side exponential(Side body) {
        return new Side(body.tokens(), body.reading(), body.expr().map(e -> Exprs.fn("exp", e)), body.problem(),
                body.text(), body.line(), body.start(), body.rowEnd());
    }

    private boolean isDefined(String name) {
        return definitions.of(name).isPresent() || functions.containsKey(name);
    }

    /** A name defined before with another number of indices ({@code \hat y} then {@code \hat y_i}): a new definition. */
    private boolean sameNameOtherShape(Target t) {
        Optional<Definition> old = definitions.of(t.name());
        if (old.isEmpty()) {
            return functions.containsKey(t.name()) != t.isCall();
        }
        int before = old.get().indices().size();
        int now = t.variable() instanceof Indexed x ? x.indices().size() : 0;
        return before != now || functions.containsKey(t.name()) != t.isCall();
    }

    private boolean restates(Side first, Side head) {
        if (head == null || first == null) {
            return false;
        }
        if (first.text().replaceAll("\\s+", "").equals(head.text().replaceAll("\\s+", ""))) {
            return true;
        }
        return first.expr().isPresent() && first.expr().equals(head.expr());
    }

    /** Defines {@code t} by {@code body}; false, and the name marked unreadable, when that fails. */
    private boolean defineFromSides(Target t, Side body, int line) {
        if (body == null) {
            return false;
        }
        if (t.vector()) {
            // \hat{\mathbf{y}} = \mathrm{softmax}(\mathbf{o}): the vector's component i is softmax(o)_i
            Reading r = LatexReader.read(body.tokens(), text, context, "i");
            if (r.readable() && r.componentTaken()) {
                return define(t.name(), new Indexed(t.name(), List.of("i")), r.expr().get(), line);
            }
        }
        if (!body.readable()) {
            unreadable.put(t.name(), "line " + body.line() + ": " + reason(body));
            functions.remove(t.name());
            return false;
        }
        Expr value = body.expr().get();
        if (t.squared()) {
            // \sigma^2 = V: σ is √V, so that σ² wherever the document writes it is V again
            value = Exprs.fn("sqrt", value);
        }
        if (t.isCall() && calls(value, t.name())) {
            // P(Y | X) = \prod_i P(y^(i) | x^(i)): a label for one value, not a function to apply elsewhere
            unreadable.put(t.name(), "line " + body.line() + ": " + t.name() + " is defined in terms of itself (" + t.name()
                    + " at other arguments on the right), so it names one value, not a function symgrad can apply");
            functions.remove(t.name());
            return false;
        }
        if (t.isCall()) {
            DocumentFunction f = new DocumentFunction(t.name(), t.parameters(), t.component(), value);
            if (!functions.containsKey(t.name())) {
                // J = Σ_i (h_θ(x^{(i)}) − y^{(i)})² above h_θ(x) = θ_0 + θ_1 x: the earlier calls of h_θ apply it now
                SourceSpan where = SourceSpan.of(text, body.start(), 1);
                Set<Integer> samples = sampleArguments.getOrDefault(t.name(), Set.of());
                definitions = CallsBeforeDefinition.applied(definitions, f, samples, where);
                functions.replaceAll((n, g) -> new DocumentFunction(g.name(), g.parameters(), g.component(),
                        CallsBeforeDefinition.applied(g.body(), f, samples, where)));
            }
            functions.put(t.name(), f);
            definedAt.put(t.name(), line);
            unreadable.remove(t.name());
            knownNames.add(t.name());
            addKnown(value);
            if (t.component().isEmpty() && !t.builtIn()) {
                return define(t.name(), t.variable(), value, line);
            }
            return true;
        }
        return define(t.name(), t.variable(), value, line);
    }

    /** Whether {@code e} applies the function {@code name}. */
    private static boolean calls(Expr e, String name) {
        return e instanceof Fn f && f.name().equals(name) || Exprs.children(e).stream().anyMatch(c -> calls(c, name));
    }

    private boolean define(String name, Expr target, Expr value, int line) {
        if (ComponentDefinitions.isComponent(target)) {
            // x_1 = \sin t: one component, a name of its own from here on
            Sym own = components.define((Indexed) target);
            writtenNames.add(own.name(), ((Indexed) target).name(), String.join("", ((Indexed) target).indices()));
            target = own;
            name = own.name();
            // values defined before it (f = x_1^2 + 2 x_2) now mean this name wherever they write x_1; a
            // function's parameters are its own (f(x_1, x_2) = … is a function of any two arguments)
            Definitions renamed = Definitions.none();
            for (Definition d : definitions.all()) {
                renamed = renamed.with(functions.containsKey(d.name()) ? d
                        : new Definition(d.target(), components.apply(d.body())));
            }
            definitions = renamed;
        }
        if (target instanceof Indexed x) {
            // h_{t+1} = tanh(w h_t + …) states the same recurrence as h_t = tanh(w h_{t-1} + …)
            for (String index : x.indices()) {
                Map<String, Long> terms = Index.isAffine(index) ? Index.coefficients(index) : Map.of();
                if (terms.size() == 1 && terms.values().iterator().next() == 1 && !terms.keySet().iterator().next().contains("*")) {
                    String t = terms.keySet().iterator().next();
                    String back = Index.of(Map.of(t, 1L), -Index.offset(index));
                    target = Indices.rename(target, t, back);
                    value = Indices.rename(value, t, back);
                }
            }
        }
        Optional<Definition> loss = UpstreamGradients.loss(target, value, definitions, functions.keySet());
        if (loss.isPresent()) {
            // g_i = ∂L/∂y_i with L nowhere defined: L is read as Σ_i g_i y_i, g a given array (first derivatives only)
            String lossName = loss.get().name();
            definitions = definitions.with(loss.get());
            upstream.put(lossName, new Definition(target, value));
            upstreamNote = lossName + " is read as known through its gradient " + name + " by " + Printer.ascii(
                    ((Derivative) value).wrt()) + " (" + Printer.ascii(loss.get().body()) + " has the same first derivatives)";
            definedAt.put(name, line);
            definedAt.put(lossName, line);
            knownNames.add(name);
            knownNames.add(lossName);
            addKnown(value);
            return true;
        }
        try {
            definitions = definitions.with(new Definition(target, value));
            Definition gradient = upstream.remove(name);
            if (gradient != null) {
                definitions = definitions.with(gradient); // the loss written out: its gradient is its derivative again
            }
            definedAt.put(name, line);
            unreadable.remove(name);
            knownNames.add(name);
            addKnown(value);
            if (name.equals("e") || name.equals("delta") || name.equals("sigma")) {
                plainNames.add(name);
            }
            return true;
        } catch (InputException e) {
            if (target instanceof Indexed x && e.getMessage().startsWith("recursive definition")
                    && defineLayer(x, value, line)) {
                return true;
            }
            unreadable.put(name, "line " + line + ": " + e.getMessage());
            return false;
        }
    }

    /**
     * Defines {@code x}, whose definition by {@code value} is recursive as one name, as its layer's own name
     * ({@link LayerDefinitions}: PRML's {@code z_j = h(a_j)} beside {@code a_j = \sum_i w_{ji} z_i}); false
     * where that is recursive too.
     */
    private boolean defineLayer(Indexed x, Expr value, int line) {
        Optional<Indexed> layer = LayerDefinitions.layerOf(x, value);
        if (layer.isEmpty()) {
            return false;
        }
        LayerDefinitions tried = layers.with(x, layer.get());
        Definitions renamed = Definitions.none();
        try {
            // values defined before it (y_k = \sum_j w_{kj} z_j) now mean this layer's z wherever they write z_j
            for (Definition d : definitions.all()) {
                renamed = renamed.with(functions.containsKey(d.name()) ? d : new Definition(d.target(), tried.apply(d.body())));
            }
            renamed = renamed.with(new Definition(layer.get(), value));
        } catch (InputException again) {
            return false;
        }
        definitions = renamed;
        layers.define(x, layer.get());
        String name = layer.get().name();
        writtenNames.add(name, x.name(), "#".repeat(x.indices().size()));
        definedAt.put(name, line);
        knownNames.add(name);
        addKnown(value);
        return true;
    }

    private void addKnown(Expr e) {
        switch (e) {
            case Sym s -> knownNames.add(s.name());
            case Indexed x -> knownNames.add(x.name());
            case Derivative d -> knownNames.add(d.wrt().name());
            default -> {
            }
        }
        Exprs.children(e).forEach(this::addKnown);
    }

    private static String reason(Side s) {
        InputException e = s.problem().orElseThrow();
        String where = e.span().map(sp -> " (line " + sp.line() + ", column " + sp.column() + ")").orElse("");
        return e.getMessage() + where;
    }

    /** {@code side} read as {@code e}. */
    private static Side withExpr(Side side, Expr e) {
        return e.equals(side.expr().get()) ? side : new Side(side.tokens(), side.reading(), Optional.of(e), side.problem(),
                side.text(), side.line(), side.start(), side.rowEnd());
    }

    private PairVerdict skipped(Side left, Side right, String detail) {
        return new PairVerdict(right.line(), left == null ? "" : left.text(), right.text(), Outcome.SKIPPED, detail,
                Optional.empty(), Optional.empty(), right.start(), right.rowEnd(), notes(left, right));
    }

    private static List<ReadingNote> notes(Side left, Side right) {
        List<ReadingNote> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Side s : new Side[] {left, right}) {
            if (s == null) {
                continue;
            }
            for (ReadingNote n : s.reading().notes()) {
                if (seen.add(n.text())) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private PairVerdict pair(Side left, Side right, List<Assumption.Branch> branches) {
        lastRenamed = false;
        if (right.elided()) {
            return skipped(left, right, "steps elided (\\dots)");
        }
        if (!right.readable()) {
            // the first side of a chain is reported here, with the second, or never
            String first = left != null && left == chain.head && !left.readable() && !left.elided()
                    ? "could not read " + left.text() + ": " + reason(left) + "; " : "";
            return skipped(left, right, first + "could not read " + right.text() + ": " + reason(right));
        }
        Side l = left;
        String bridge = "";
        if (l == null || !l.readable()) {
            l = chain.lastReadable;
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
                List.of(definitions.expand(l.expr().get()), definitions.expand(right.expr().get())), free);
        if (valued.isPresent()) {
            l = withExpr(l, valued.get().get(0));
            right = withExpr(right, valued.get().get(1));
        }
        for (Side side : List.of(l, right)) {
            Optional<String> index = IndexAsValue.in(withInlineFunctions(side.expr().get(), side.start()), free);
            if (index.isPresent()) {
                return skipped(left, right, "could not read " + side.text() + ": " + IndexAsValue.message(index.get()));
            }
        }
        for (Map.Entry<String, Definition> known : upstream.entrySet()) {
            for (Side side : List.of(l, right)) {
                Optional<String> misuse = UpstreamGradients.misuse(side.expr().get(), definitions, known.getKey(),
                        known.getValue().name());
                if (misuse.isPresent()) {
                    return new PairVerdict(right.line(), l.text(), right.text(), Outcome.UNDECIDED, bridge + misuse.get(),
                            Optional.empty(), Optional.empty(), right.start(), right.rowEnd(), notes(l, right));
                }
            }
        }
        // where $z = w x + b$, let $h_\theta(x) = …$: an inline definition the prose announces is read as a display's would be
        List<InlineDefinitions> read = unread(l, right, true);
        Optional<PairChecker.Result> withInline = read.isEmpty() ? Optional.empty() : withInline(read, l, right, branches);
        PairChecker.Result r = withInline.isPresent() ? withInline.get() : check(l, right, branches);
        int announced = withInline.isPresent() ? read.size() : 0;
        // Softmax with temperature T: $p_i = …$, or "where $r = y - f$" below the step — inline math not announced
        // above the step is read only to prove a step left undecided without it, never to make one false (it may
        // be a case or a value, not a definition); one such formula per name only: two ("for $y = 0$ … for $y = 1$")
        // are cases, not a definition. A step false only because a function it calls is left undefined ("The
        // density is $\mathcal{N}(x \mid \mu, \sigma^2) = …$") is read with it too.
        List<InlineDefinitions> others = unread(l, right, false).stream()
                .filter(d -> inline.stream().filter(o -> o.name().equals(d.name())).count() == 1).toList();
        Outcome without = r.outcome();
        if (!others.isEmpty() && (without == Outcome.UNDECIDED || without == Outcome.FALSE && others.stream()
                .anyMatch(d -> d.cued() && d.ofAFunction()))) {
            List<InlineDefinitions> all = Stream.concat(read.subList(0, announced).stream(), others.stream()).toList();
            Optional<PairChecker.Result> holds = withInline(all, l, right, branches)
                    .filter(w -> w.outcome() == Outcome.PROVEN || w.outcome() == Outcome.NUMERICALLY_EQUAL);
            if (holds.isPresent()) {
                read = all;
                withInline = holds;
                r = holds.get();
            }
        }
        lastRenamed = r.renamed();
        // a false step's counterexample follows its detail, as after a hint
        String detail = withInline.isEmpty() ? r.detail() : String.join("; ", read.stream().map(InlineDefinitions::readWords).toList())
                + (read.size() == announced ? "" : "; " + InlineDefinitions.unannounced(read, announced, without))
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
            List<InlineDefinitions> used = read;
            notes.removeIf(n -> used.stream().anyMatch(d -> n.isUndefinedCallOf(d.name())));
        }
        if (componentNote != null) {
            notes.add(new ReadingNote(componentNote, null));
        }
        return new PairVerdict(right.line(), l.text(), right.text(), r.outcome(), bridge + detail,
                r.verdict().map(writtenNames::apply), r.expected().map(writtenNames::apply), right.start(), right.rowEnd(),
                notes);
    }

    /**
     * {@code e} with the calls of functions defined only in inline math applied ({@code $\pi_\theta(a|s) = e^{\theta_a} / …$}):
     * an index passed to such a function is its subscript once applied, not an index used as a value.
     */
    private Expr withInlineFunctions(Expr e, int start) {
        for (InlineDefinitions d : inline) {
            if (d.ofAFunction() && !functions.containsKey(d.name())) {
                Optional<DocumentFunction> f = d.asFunction(functionNames);
                if (f.isPresent()) {
                    try {
                        SourceSpan where = SourceSpan.of(text, start, 1);
                        e = CallsBeforeDefinition.applied(e, withDisplayFunctions(f.get(), where),
                                sampleArguments.getOrDefault(d.name(), Set.of()), where);
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
        if (inline.isEmpty() || outcome == Outcome.PROVEN || outcome == Outcome.SKIPPED) {
            return Optional.empty();
        }
        List<InlineDefinitions> unread = unread(left, right, false).stream().filter(InlineDefinitions::cued).toList();
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
        if (inline.isEmpty()) {
            return List.of();
        }
        Set<String> used = new LinkedHashSet<>();
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(e -> {
                used.addAll(InlineDefinitions.names(e));
                used.addAll(InlineDefinitions.names(definitions.expand(e)));
            });
        }
        List<InlineDefinitions> unread = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (InlineDefinitions d : inline) {
            // a display definition stands unless the inline one comes after it (another meaning, unread)
            Integer display = definedAt.get(d.name());
            boolean displayed = display != null || definitions.of(d.name()).isPresent() || functions.containsKey(d.name());
            // a name a display defined before is not redefined by inline math: only named
            boolean reads = d.reads() && d.line() <= right.line() && !displayed;
            if (used.contains(d.name()) && (!displayed || display != null && display < d.line()) && reads == reading
                    && named.add(d.name())) {
                unread.add(d);
            }
        }
        // the definitions these read may use other inline names in turn, and those others (g_i = ∂L/∂y_i, y_i = γ x̂_i + β,
        // x̂_i = (x_i − μ)/√(σ² + ε)): each read one's body is searched until none is added
        for (int k = 0; reading && k < unread.size(); k++) {
            InlineDefinitions read = unread.get(k);
            Set<String> more = new LinkedHashSet<>();
            read.asDefinition(functionNames).ifPresent(def -> more.addAll(InlineDefinitions.names(def.body())));
            read.asFunction(functionNames).ifPresent(f -> more.addAll(InlineDefinitions.names(f.body())));
            for (InlineDefinitions d : inline) {
                if (more.contains(d.name()) && d.reads() && d.line() <= right.line() && !isDefined(d.name())
                        && named.add(d.name())) {
                    unread.add(d);
                }
            }
        }
        return unread;
    }

    /**
     * Whether a false step holds (proven or numerically equal) with its inline definitions read as
     * displays would be: only then are they why it is false. Otherwise naming them would suggest they
     * were ({@code 1/(1 + e^z) = σ(z)} is false whatever z is; a dropped minus stays a dropped minus
     * whatever φ_nj is).
     */
    private boolean rescued(List<InlineDefinitions> unread, Side left, Side right, List<Assumption.Branch> branches) {
        Optional<Outcome> o = withInline(unread, left, right, branches).map(PairChecker.Result::outcome);
        return o.isPresent() && (o.get() == Outcome.PROVEN || o.get() == Outcome.NUMERICALLY_EQUAL);
    }

    /**
     * The step checked with {@code unread} read as display definitions would be (a function's calls applied),
     * or empty where one of them cannot be read so.
     */
    private Optional<PairChecker.Result> withInline(List<InlineDefinitions> unread, Side left, Side right,
                                                    List<Assumption.Branch> branches) {
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(this::collectWrt);
        }
        Definitions read = definitions;
        Map<String, Integer> at = new HashMap<>(definedAt);
        Set<String> known = new LinkedHashSet<>(knownNames);
        Expr a = left.expr().get();
        Expr b = right.expr().get();
        Expr head = chain.head != null && chain.head.readable() ? chain.head.expr().get() : null;
        // names first: a function read after them is applied to its calls in their bodies too (γ_k = π_k N(x | μ_k, σ²) / …)
        List<InlineDefinitions> namesFirst = Stream.concat(unread.stream().filter(d -> !d.ofAFunction()),
                unread.stream().filter(InlineDefinitions::ofAFunction)).toList();
        for (InlineDefinitions d : namesFirst) {
            Optional<Definition> as = d.asDefinition(functionNames);
            Optional<DocumentFunction> f = as.isPresent() ? Optional.empty() : d.asFunction(functionNames);
            if (as.isEmpty() && f.isEmpty()) {
                return Optional.empty(); // a shape this cannot read: no claim that it would help
            }
            at.putIfAbsent(d.name(), d.line());
            known.add(d.name());
            as.ifPresent(def -> known.addAll(InlineDefinitions.names(def.body())));
            f.ifPresent(g -> known.addAll(InlineDefinitions.names(g.body())));
            try {
                if (f.isPresent()) {
                    // where $h_\theta(x) = …$: its calls, in the definitions and the step, applied as a display's would be
                    Set<Integer> samples = sampleArguments.getOrDefault(f.get().name(), Set.of());
                    SourceSpan where = SourceSpan.of(text, left.start(), 1);
                    DocumentFunction applied = withDisplayFunctions(f.get(), where);
                    read = CallsBeforeDefinition.applied(read, applied, samples, where);
                    a = CallsBeforeDefinition.applied(a, applied, samples, where);
                    b = CallsBeforeDefinition.applied(b, applied, samples, where);
                    head = head == null ? null : CallsBeforeDefinition.applied(head, applied, samples, where);
                    // its bare name (∂S/∂β of Let $S(β) = …$) is its value, as a display function's is
                    Optional<Definition> value = d.asFunctionValue(functionNames);
                    if (value.isPresent() && definitions.of(d.name()).isEmpty()) {
                        read = read.with(value.get());
                    }
                } else {
                    // Given $g_i = \partial L/\partial y_i$: the loss known through its gradient, as in a display
                    Optional<Definition> loss = UpstreamGradients.loss(as.get().target(), as.get().body(), read, functions.keySet());
                    if (loss.isPresent()) {
                        String name = loss.get().name();
                        for (Expr side : head == null ? List.of(a, b) : List.of(a, b, head)) {
                            if (UpstreamGradients.misuse(side, read, name, d.name()).isPresent()) {
                                return Optional.empty();
                            }
                        }
                        known.add(name);
                    }
                    read = read.with(loss.orElse(as.get()));
                }
            } catch (InputException e) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new PairChecker(new PairChecker.Knowledge(read, assumptions, sampling, known, at))
                    .check(a, b, branches, head));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code f}, a function defined in inline math, with the calls in its body of the functions the displays define
     * applied ({@code The hypothesis is $h_\theta(x) = g(\theta^T x)$} above {@code $$g(z) = \frac{1}{1 + e^{-z}}$$}),
     * as a display definition's body has them.
     */
    private DocumentFunction withDisplayFunctions(DocumentFunction f, SourceSpan where) {
        Expr body = f.body();
        for (String name : new TreeSet<>(functions.keySet())) {
            if (!name.equals(f.name())) {
                body = CallsBeforeDefinition.applied(body, functions.get(name), sampleArguments.getOrDefault(name, Set.of()), where);
            }
        }
        return new DocumentFunction(f.name(), f.parameters(), f.component(), body);
    }

    private PairChecker.Result check(Side left, Side right, List<Assumption.Branch> branches) {
        for (Side s : List.of(left, right)) {
            s.expr().ifPresent(this::collectWrt);
        }
        Expr head = chain.head != null && chain.head.readable() ? chain.head.expr().get() : null;
        Expr a = left.expr().get();
        Expr b = right.expr().get();
        componentNote = null;
        Optional<VectorVariables.Reading> byComponents = VectorVariables.of(a, b, head, definitions);
        if (byComponents.isPresent()) {
            a = byComponents.get().left();
            b = byComponents.get().right();
            head = byComponents.get().head();
            componentNote = byComponents.get().note();
        }
        boolean byWholeMatrix = Stream.of(left, right).anyMatch(s -> s.reading().notes().stream()
                .anyMatch(n -> n.text().contains("read entry by entry")));
        return new PairChecker(new PairChecker.Knowledge(definitions, assumptions, sampling, knownNames, definedAt), byWholeMatrix)
                .check(a, b, branches, head);
    }

    /**
     * The verdict on a display that solves a derivative for zero ({@link StationaryPoints}): the derivative at the
     * solution is 0. Said only when decided; a claim that holds with the earlier solutions put in holds jointly.
     */
    private Optional<PairVerdict> stationaryPoint(Target t, Side first, Side body) {
        Optional<StationaryPoints.Claimed> claimed = stationary.solution(t, body.expr().get(), first.text(), body.text(), definitions);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        StationaryPoints.Claimed c = claimed.get();
        PairChecker checker = new PairChecker(new PairChecker.Knowledge(definitions, assumptions, sampling, knownNames,
                definedAt), false);
        PairChecker.Result r = checker.check(c.alone(), Exprs.ZERO, branches(), null);
        String joint = "";
        if (r.outcome() == Outcome.FALSE && c.jointly().isPresent()) {
            PairChecker.Result j = checker.check(c.jointly().get(), Exprs.ZERO, branches(), null);
            if (j.outcome() != Outcome.FALSE) {
                r = j;
                joint = "with the estimates solved before it; ";
            }
        }
        if (r.outcome() == Outcome.UNDECIDED || r.outcome() == Outcome.SKIPPED) {
            return Optional.empty();
        }
        return Optional.of(new PairVerdict(body.line(), c.left(), c.right(), r.outcome(),
                "the text solves the derivative for zero: " + joint + r.detail(), r.verdict().map(writtenNames::apply),
                Optional.empty(), body.start(), body.rowEnd(), List.of()));
    }

    private void collectWrt(Expr e) {
        if (e instanceof Derivative d) {
            knownNames.add(d.wrt().name());
        } else if (e instanceof IndexSum) {
            // the bound index is not a name
        }
        Exprs.children(e).forEach(this::collectWrt);
    }
}
