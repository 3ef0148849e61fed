package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.ArgExtrema;
import org.symgrad.parse.latex.DefinedFunctions;
import org.symgrad.parse.latex.DeltaNames;
import org.symgrad.parse.latex.Dimensions;
import org.symgrad.parse.latex.DocumentFunction;
import org.symgrad.parse.latex.LabelledHeads;
import org.symgrad.parse.latex.LatexContext;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.LatexTokens;
import org.symgrad.parse.latex.NameSubscripts;
import org.symgrad.parse.latex.NUse;
import org.symgrad.parse.latex.OwnVariables;
import org.symgrad.parse.latex.PiUse;
import org.symgrad.parse.latex.PrimedQuantities;
import org.symgrad.parse.latex.ScriptLetters;
import org.symgrad.parse.latex.SigmaUse;
import org.symgrad.parse.latex.SuperscriptIndices;
import org.symgrad.parse.latex.UpperLimits;
import org.symgrad.parse.latex.WrittenStarts;

/**
 * How a document's math reads: what the whole document says about its letters and names (surveyed once, before any
 * of it is checked), what the statement being read says about its indices, and the {@link LatexContext} the reader
 * asks, which also answers from what the document has defined so far ({@link DocumentDefinitions}).
 */
final class DocumentReading {
    private final String text;
    private final DocumentDefinitions defs;

    Set<String> equationIndexLetters = Set.of();
    Optional<LatexContext.MatrixEntry> matrixEntry = Optional.empty();
    Set<String> otherSidesIndexLetters = Set.of();
    Set<String> headIndexLetters = Set.of();
    Set<String> labelLetters = Set.of();
    Set<String> scriptLettersApart = Set.of();
    Set<String> nameSubscriptLetters = Set.of();
    Set<String> referenceBases = Set.of();
    boolean sigmaIsQuantity;
    /** Whether the document defines a logarithm of its own, {@code \log_t(x) = …} ({@link org.symgrad.parse.latex.OwnLogarithms}). */
    boolean ownLogarithms;
    /** The names written with two index letters only ({@link org.symgrad.parse.latex.PairedIndices}). */
    Set<String> pairedIndices = Set.of();

    /** Whether the document's bare π is a variable, not the number ({@link PiUse}). */
    boolean piIsAVariable;
    /** The document's n is a quantity of its own, read apart from the range size n ({@link NUse}). */
    boolean nIsAVariable;
    List<Token> sigmaArgument = List.of();
    /**
     * The names the document uses as functions, anywhere: defined so in its display math, primed before a
     * bracket ({@link DefinedFunctions}), or defined so in inline math ({@link InlineDefinitions#ofAFunction}).
     */
    Set<String> functionNames = Set.of();

    /** The parameters of the functions the prose's inline math defines, where all its definitions of one agree. */
    Map<String, List<Expr>> inlineParameters = Map.of();
    /** The functions announced inline math defines, once each ({@link LatexContext#inlineFunction}). */
    Map<String, DocumentFunction> inlineFunctions = Map.of();

    /** The letters the document writes only right before a parenthesis, never alone ({@link AppliedLetters}). */
    Set<String> appliedLetters = Set.of();
    /** The letters a formula of the document defines as a call, {@code \Phi(z) = …} ({@link AppliedLetters#definedByCall}). */
    Set<String> ownFunctionLetters = Set.of();
    /**
     * The letters written only applied that a formula gives as a name's whole value, g of {@code h = g(\theta x)}
     * ({@link AppliedLetters#wholeValues}), or defines as a call, Φ of {@code \Phi(z) = …}: functions, where a step reads them
     * as numbers times a bracket.
     */
    Set<String> undefinedFunctionLetters = Set.of();

    /** Names the document writes as a family of undefined functions, {@code f_i'(w)} ({@link DefinedFunctions#primedIndexed}). */
    Set<String> indexedFunctions = Set.of();
    /** The letters the document uses as a time index ({@code x(n - 1)}: {@link org.symgrad.parse.latex.TimeIndices}). */
    Set<String> timeIndices = Set.of();
    /** The names any sum of the document bounds above: the range size n in every statement. */
    Set<Expr> documentSizes = Set.of();
    /**
     * The names the document's sums bound above beside another ({@code K} of {@code \sum_{k=1}^{K}} where the examples run
     * to N, or to n): each a range size of its own, a whole number apart from n ({@link org.symgrad.assume.Sampling.Size}).
     * The first size the document writes, or n where it writes n, is the range size n.
     */
    Set<Expr> sizesApart = Set.of();
    /** The letters the document sums to a size of its own, each with that size ({@link org.symgrad.parse.latex.OwnSizes}). */
    Map<String, Expr> lettersApart = Map.of();
    /**
     * Whether vector notation may keep the sizes it declares apart ({@code \mathbf{x}_n \in \mathbb{R}^{D}} beside
     * {@code \sum_{n=1}^{N}}); false for the second reading of a document where some vector's sum had no declared size.
     */
    final boolean vectorSizesApart;
    /**
     * Whether a vector's sum had no declared size ({@link LatexContext#sizeNotDeclared}): the document is read again with
     * its sizes one.
     */
    boolean sizeNotDeclared;
    /** The shapes an earlier reading of the document found for the vectors it does not declare ({@link LatexContext#inferredShapes}). */
    Map<String, Dimensions.Declared> inferredShapes = Map.of();
    /** The shapes this reading found so ({@link LatexContext#shapeInferred}); a name found with two shapes keeps neither. */
    final Map<String, Dimensions.Declared> shapesFound = new java.util.TreeMap<>();
    private final Set<String> shapesConflicting = new java.util.HashSet<>();
    /** {@code shape} kept in {@code found}, unless its name was found with another shape: then neither, from then on. */
    private static void keptIfOne(Map<String, Dimensions.Declared> found, Set<String> conflicting, Dimensions.Declared shape) {
        Dimensions.Declared before = found.putIfAbsent(shape.key(), shape);
        if (before != null && !before.equals(shape) || conflicting.contains(shape.key())) {
            conflicting.add(shape.key());
            found.remove(shape.key());
        }
    }

    /** The matrices' shapes the statements found ({@link LatexContext#matrixShapeFound}); a matrix found with two keeps neither. */
    private final Map<String, Dimensions.Declared> matrixShapes = new java.util.TreeMap<>();
    private final Set<String> matrixShapesConflicting = new java.util.HashSet<>();
    /** Whether the side being read refused a sum for that reason ({@link LatexContext#sizeNotDeclaredHere}): it counts if the side is not read. */
    boolean sizePending;
    /** Whether a statement's side is being read ({@link StatementReader#side}), where a side unread settles {@link #sizePending}. */
    boolean readingSide;
    /** Whether the document writes n itself as a range size ({@code \sum_{i=1}^{n}}). */
    boolean documentWritesN;
    /** Whether the statement being read labels with n where the document calls its range size by another name. */
    boolean nIsAnIndex;
    /** Whether the statement being read takes a defined function's name before a bracket as a product ({@link LatexContext#bracketsMultiply}). */
    boolean bracketsMultiply;
    /** The calls on an expression the statement being read took as calls ({@link LatexContext#calledOnExpression}). */
    final List<String> callsOnExpressions = new ArrayList<>();
    /** The letters the document's sums run with ({@link org.symgrad.parse.latex.RunningLimits}). */
    Set<String> runningLetters = Set.of();
    /** Whether the document writes a sum or product up to \infty, read to a range size n that grows ({@link org.symgrad.parse.latex.InfiniteLimits}). */
    boolean series;
    /** The letters that are the range size also in a subscript ({@link UpperLimits#sizeLetters}). */
    Set<String> sizeLetters = Set.of();
    /** The entries the document names as an arg max or arg min ({@link ArgExtrema}). */
    Map<String, String> argExtrema = Map.of();
    /** The ranges the document writes for its sums' letters, where one start other than 1 ({@link WrittenStarts}). */
    Map<String, WrittenStarts.Range> writtenStarts = Map.of();
    /** The ranges written for the sums over each array's entries ({@link WrittenStarts#byArray}). */
    Map<String, WrittenStarts.Range> arrayStarts = Map.of();
    /** The letters the document's sums run over, and the names it differentiates by with a letter above ({@link SuperscriptIndices}). */
    Set<String> summedLetters = Set.of();
    Set<String> derivativeSuperscripts = Set.of();

    /** The names the document defines as functions of their arguments ({@link org.symgrad.parse.latex.ReferenceValues#functions}). */
    Set<String> functionBases = Set.of();

    /** The names whose whole-number superscripts label them ({@link org.symgrad.parse.latex.NumberedFrames}). */
    Set<String> numberedFrames = Set.of();
    /** How the document names its bold vectors numbered below ({@link org.symgrad.parse.latex.NumberedVectors}). */
    org.symgrad.parse.latex.NumberedVectors.Found numberedVectors = org.symgrad.parse.latex.NumberedVectors.Found.UNKNOWN;
    /** The names the document defines as functions with a letter above them, {@code L^tau} ({@link LabelledHeads}). */
    Set<String> labelledHeads = Set.of();
    /** The names the document writes primed as a quantity of their own ({@link PrimedQuantities}). */
    Set<String> primedQuantities = Set.of();

    /** The letters the document writes as an iterate above a name ({@link LatexContext#iterateLetters}), found once. */
    private Set<String> iterateLetters;

    DocumentReading(String text, DocumentDefinitions defs, boolean vectorSizesApart) {
        this.text = text;
        this.defs = defs;
        this.vectorSizesApart = vectorSizesApart;
    }

    /** {@code sizes} without the names {@code left}. */
    private static Set<Expr> withoutNames(Set<Expr> sizes, Set<String> left) {
        Set<Expr> out = new java.util.LinkedHashSet<>(sizes);
        out.removeIf(e -> e instanceof Sym s && left.contains(s.name()));
        return out;
    }

    /** The math of the document, read once before any of it is checked ({@link #survey}). */
    record Survey(List<List<Token>> formulas, List<List<Token>> withInline, Set<String> defined, Set<String> indexed) {
    }

    /** Surveys the whole document's math (and the inline math of its prose) for how its letters and names read. */
    Survey survey(List<Segment> segments) {
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
                defined.addAll(DefinedFunctions.parametrised(tokens));
                defined.addAll(DefinedFunctions.primed(tokens));
                indexed.addAll(DefinedFunctions.primedIndexed(tokens));
                indexed.addAll(DefinedFunctions.families(tokens));
                defined.addAll(DefinedFunctions.members(tokens));
            }
        }
        labelLetters = LatexReader.labelLetters(formulas);
        scriptLettersApart = ScriptLetters.apart(all);
        if (org.symgrad.parse.latex.LetterE.differentiatedBy(all)) {
            defs.plainNames.add("e"); // Levins's ∂p^*/∂e: the extinction rate e, not Euler's number
        }
        if (DeltaNames.definedIn(formulas)) {
            defs.plainNames.add("delta"); // ESL's δ_{ki} = −2(y_ik − f_ki): the document's errors, not the Kronecker delta
        }
        List<List<Token>> inline = new ArrayList<>();
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                inline.addAll(inlineMath(text, p.start(), p.end()));
            }
        }
        Set<String> nameParts = new java.util.LinkedHashSet<>(NameSubscripts.in(all, formulas, inline));
        // a letter used as a value that subscripts names only as their parameter (\mathcal{L}_q beside p^q), with the
        // inline math's evidence too: \theta_a in "$\pi_\theta(a|s) = …$" makes θ a family of entries
        List<List<Token>> withInline = new ArrayList<>(formulas);
        withInline.addAll(inline);
        if (org.symgrad.parse.latex.LetterE.aSize(text, withInline)) {
            defs.plainNames.add("e"); // V ∈ ℝ^{n×e}: the values' width e, a size, not Euler's number
        }
        if (org.symgrad.parse.latex.LetterE.aParameter(formulas, withInline)) {
            defs.plainNames.add("e"); // the smooth Huber loss h(e) = \sqrt{1 + e^2} - 1: the error e, not Euler's number
        }
        nameParts.addAll(NameSubscripts.parameters(withInline));
        functionBases = org.symgrad.parse.latex.ReferenceValues.functions(formulas);
        // M_c beside the M_i of \sum_i (M_i - M_c): a letter that is no index of the document labels one quantity
        nameParts.addAll(org.symgrad.parse.latex.FamilyLabels.in(withInline, text, functionBases));
        primedQuantities = PrimedQuantities.in(withInline);
        timeIndices = org.symgrad.parse.latex.TimeIndices.in(withInline);
        pairedIndices = org.symgrad.parse.latex.PairedIndices.in(withInline);
        // \bar{\alpha}_t = \prod_{s=1}^{t} (1 - \beta_s): the letter a range runs with is an index, never part of a name
        runningLetters = Set.copyOf(org.symgrad.parse.latex.RunningLimits.in(withInline));
        nameParts.removeAll(runningLetters);
        series = org.symgrad.parse.latex.InfiniteLimits.in(withInline);
        nameSubscriptLetters = Set.copyOf(nameParts);
        // each row of an alignment on its own: "m &= \\beta_1 m_0 + (1 - \\beta_1) g \\\\ v &= …" defines m whole, as a display does
        List<List<Token>> rows = new ArrayList<>();
        formulas.forEach(f -> Rows.split(f).forEach(r -> rows.add(r.tokens())));
        // and the names defined whole in one formula and written at the subscript 0 in another ("$h = \\tanh(a)$ with $a = w h_0 + u x$")
        List<List<Token>> rowsAndInline = new ArrayList<>(rows);
        rowsAndInline.addAll(inline);
        Set<String> bases = new java.util.LinkedHashSet<>(org.symgrad.parse.latex.ReferenceValues.in(rows));
        bases.addAll(StartValueNames.in(rowsAndInline));
        referenceBases = Set.copyOf(bases);
        // the ranges the prose gives indices ("for $t = 1, \\dots, T$") count as the limits of a sum over them
        List<Token> limits = new ArrayList<>(all);
        // and so do the sums of the prose's inline math ("the scores $s_{ij} = \\frac{1}{\\sqrt{d}} \\sum_{k=1}^{d} …$")
        inline.forEach(limits::addAll);
        for (Segment s : segments) {
            if (s instanceof Segment.Prose p) {
                limits.addAll(ProseRanges.asSumLimits(text.substring(p.start(), p.end())));
            }
        }
        // c_i = \sum_{j=1}^{i} x_j: a small letter the formula also writes as a subscript is an index the range runs with
        documentSizes = withoutNames(UpperLimits.in(limits), runningLetters);
        documentWritesN = UpperLimits.writesN(limits);
        if (documentSizes.isEmpty() && !documentWritesN) {
            // x ∈ ℝ^d, Σ ∈ ℝ^{d×d} and no sum's limit: d is the number of entries the sums over them run to
            Dimensions.onlySize(text).filter(d -> !d.equals(Exprs.N.name()))
                    .ifPresent(d -> documentSizes = Set.of(new Sym(d)));
        }
        // x_n ∈ ℝ^D beside Σ_{n=1}^{N}: the size the vectors' sums run to is one of the document's sizes
        Set<String> declared = vectorSizesApart && org.symgrad.parse.latex.OwnSizes.vectors(limits) ? Dimensions.sizes(text) : Set.of();
        Optional<Map<String, Expr>> own = org.symgrad.parse.latex.OwnSizes.letters(limits, declared);
        if (own.isPresent() && !declared.isEmpty()) {
            Set<Expr> sizes = new java.util.LinkedHashSet<>(documentSizes);
            declared.forEach(d -> sizes.add(new Sym(d)));
            documentWritesN |= sizes.remove(Exprs.N); // x ∈ ℝ^n: n is the range size
            documentSizes = java.util.Collections.unmodifiableSet(sizes);
        }
        if (own.isPresent() && documentSizes.size() > (documentWritesN ? 0 : 1)) {
            // N examples and K classes: K is a number of its own, not N (read as one, Σ_{k=1}^{K} 1 = N would hold)
            Set<Expr> apart = new java.util.LinkedHashSet<>(documentSizes);
            if (!documentWritesN) {
                apart.remove(documentSizes.iterator().next());
            }
            sizesApart = Set.copyOf(apart);
            documentSizes = documentWritesN ? Set.of() : Set.of(documentSizes.iterator().next());
            Map<String, Expr> letters = new java.util.LinkedHashMap<>(own.get());
            letters.values().removeIf(v -> !apart.contains(v));
            lettersApart = Map.copyOf(letters);
        }
        sizeLetters = new java.util.LinkedHashSet<>(UpperLimits.sizeLetters(limits));
        sizeLetters.removeAll(runningLetters);
        writtenStarts = WrittenStarts.in(limits);
        arrayStarts = WrittenStarts.byArray(limits);
        argExtrema = ArgExtrema.in(text);
        summedLetters = SuperscriptIndices.summedLetters(all);
        derivativeSuperscripts = SuperscriptIndices.derivativeSuperscripts(all);
        numberedFrames = org.symgrad.parse.latex.NumberedFrames.in(all, labelLetters);
        numberedVectors = org.symgrad.parse.latex.NumberedVectors.in(withInline);
        Set<String> heads = new java.util.LinkedHashSet<>();
        formulas.forEach(f -> heads.addAll(LabelledHeads.in(f)));
        labelledHeads = Set.copyOf(heads);
        if (documentSizes.size() == 1 && documentSizes.iterator().next() instanceof Sym written && !written.equals(Exprs.N)) {
            defs.writtenNames.size(written.name()); // a report prints \sum_{n=1}^N's size as N, apart from the index n
        }
        sigmaIsQuantity = SigmaUse.asQuantity(all) || SigmaUse.givenANumber(withInline);
        appliedLetters = AppliedLetters.of(withInline);
        ownFunctionLetters = AppliedLetters.definedByCall(withInline);
        Set<String> values = AppliedLetters.wholeValues(withInline);
        // and Φ of "Let $\Phi(z) = …$", a function whatever inline math defines for the steps
        undefinedFunctionLetters = appliedLetters.stream().filter(l -> values.contains(l) || ownFunctionLetters.contains(l))
                .collect(java.util.stream.Collectors.toSet());
        ownLogarithms = org.symgrad.parse.latex.OwnLogarithms.definedIn(formulas);
        piIsAVariable = PiUse.asVariable(formulas);
        if (piIsAVariable) {
            defs.writtenNames.plain(PiUse.VARIABLE, OwnVariables.written(PiUse.VARIABLE)); // a report writes the document's π as it does
        }
        nIsAVariable = NUse.asVariable(withInline); // the triplet's norms are often written in the prose's inline math
        if (nIsAVariable) {
            defs.writtenNames.plain(NUse.VARIABLE, OwnVariables.written(NUse.VARIABLE)); // the triplet's negative n, as written
        }
        sigmaArgument = sigmaIsQuantity ? List.of() : SigmaUse.soleArgument(all);
        // y(n) = w_0(n) x(n) + …: a signal at the time index, defined as an indexed quantity, no function of n
        formulas.forEach(tokens -> DefinedFunctions.withParameters(tokens).forEach((name, parameters) -> {
            if (timeIndices.containsAll(parameters)) {
                defined.remove(name);
            }
        }));
        return new Survey(formulas, withInline, defined, indexed);
    }

    final LatexContext context = new LatexContext() {
        @Override
        public void sampleIndexed(String name) {
            defs.sampled.add(name);
        }

        @Override
        public Optional<DocumentFunction> function(String name) {
            return Optional.ofNullable(defs.functions.get(name));
        }

        @Override
        public boolean defines(String name) {
            return defs.plainNames.contains(name);
        }

        @Override
        public Set<String> labelLetters() {
            return labelLetters;
        }

        @Override
        public Set<String> iterateLetters() {
            if (iterateLetters == null) {
                iterateLetters = Set.copyOf(org.symgrad.parse.latex.IterateLetters.in(text));
            }
            return iterateLetters;
        }

        @Override
        public Set<String> scriptLettersApart() {
            return scriptLettersApart;
        }

        @Override
        public void folded(String name, String base, String subscript) {
            defs.writtenNames.add(name, base, subscript);
        }

        @Override
        public Set<String> nameSubscriptLetters() {
            return nameSubscriptLetters;
        }

        @Override
        public Set<String> referenceBases() {
            return referenceBases;
        }

        @Override
        public boolean sigmaIsQuantity() {
            return sigmaIsQuantity;
        }

        @Override
        public boolean writesOnlyApplied(String name) {
            // \Phi(z) = … of its own, in inline math too: the document's function, not the registry's
            return appliedLetters.contains(name) && !ownFunctionLetters.contains(name);
        }

        @Override
        public boolean ownLogarithms() {
            return ownLogarithms;
        }

        @Override
        public Set<String> pairedIndices() {
            return pairedIndices;
        }

        @Override
        public boolean piIsAVariable() {
            return piIsAVariable;
        }

        @Override
        public boolean nIsAVariable() {
            return nIsAVariable;
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
        public Set<String> runningLetters() {
            return runningLetters;
        }

        @Override
        public boolean bracketsMultiply() {
            return bracketsMultiply;
        }

        @Override
        public void calledOnExpression(String written) {
            callsOnExpressions.add(written);
        }

        @Override
        public void sizeNotDeclared() {
            sizeNotDeclared = true;
        }

        @Override
        public Map<String, Dimensions.Declared> inferredShapes() {
            return inferredShapes;
        }

        @Override
        public void shapeInferred(Dimensions.Declared shape) {
            keptIfOne(shapesFound, shapesConflicting, shape);
        }

        @Override
        public void matrixShapeFound(Dimensions.Declared shape) {
            keptIfOne(matrixShapes, matrixShapesConflicting, shape);
        }

        @Override
        public Map<String, Dimensions.Declared> matrixShapes() {
            return java.util.Collections.unmodifiableMap(matrixShapes);
        }

        @Override
        public void sizeNotDeclaredHere() {
            // outside a statement's side (an inline definition) no other reading is tried after it: the re-read is asked for
            sizePending = true;
            sizeNotDeclared |= !readingSide;
        }

        @Override
        public Set<String> sizeLetters() {
            return sizeLetters;
        }

        @Override
        public Set<Expr> documentSizes() {
            return documentSizes;
        }

        @Override
        public Set<Expr> sizesApart() {
            return sizesApart;
        }

        @Override
        public Map<String, Expr> lettersApart() {
            return lettersApart;
        }

        @Override
        public Set<String> summedLetters() {
            return summedLetters;
        }

        @Override
        public Set<String> functionBases() {
            return functionBases;
        }

        @Override
        public boolean numberedFrames(String base) {
            return numberedFrames.contains(base);
        }

        @Override
        public org.symgrad.parse.latex.NumberedVectors.Found numberedVectors() {
            return numberedVectors;
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
        public boolean primedQuantity(String name) {
            return primedQuantities.contains(name);
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
        public Optional<WrittenStarts.Range> arrayRange(String array) {
            return Optional.ofNullable(arrayStarts.get(array));
        }

        @Override
        public boolean definesFunction(String name) {
            return functionNames.contains(name);
        }

        @Override
        public Optional<DocumentFunction> inlineFunction(String name) {
            return defs.functions.containsKey(name) ? Optional.empty() : Optional.ofNullable(inlineFunctions.get(name));
        }

        @Override
        public Optional<List<Expr>> functionParameters(String name) {
            return function(name).map(DocumentFunction::parameters).or(() -> Optional.ofNullable(inlineParameters.get(name)));
        }

        @Override
        public boolean indexedFunction(String name) {
            return indexedFunctions.contains(name);
        }

        @Override
        public Set<String> timeIndices() {
            return timeIndices;
        }

        @Override
        public boolean definesValue(String name) {
            return defs.definitions.of(name).isPresent();
        }

        @Override
        public boolean definedAnywhere(String name) {
            return definesValue(name) || defs.inline.stream().anyMatch(d -> d.name().equals(name));
        }

        @Override
        public boolean namesMagnitude(String name) {
            return definedAnywhere(name) || defs.functions.containsKey(name);
        }

        @Override
        public Optional<Expr> definedValue(Expr leaf) {
            return defs.definitions.defining(leaf).map(d -> d.instantiate(leaf));
        }

        @Override
        public void calledBeforeDefinition(String name, Set<Integer> sampleArgs) {
            defs.sampleArguments.computeIfAbsent(name, k -> new java.util.TreeSet<>()).addAll(sampleArgs);
        }
    };

    /** The tokens of each inline formula {@code $…$} of the prose between {@code start} and {@code end}. */
    static List<List<Token>> inlineMath(String text, int start, int end) {
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
}
