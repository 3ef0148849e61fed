package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.expr.MatrixFunctionNames;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.VectorNotation.PlainLabelled;
import org.symgrad.parse.latex.VectorReader.Node;
import org.symgrad.parse.latex.VectorReader.Unread;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.print.Printer;

/**
 * Vector and matrix notation read entry by entry (SPEC §8): a statement whose sides are vector or matrix
 * expressions ({@code \frac{\partial L}{\partial \mathbf{w}} = \mathbf{X}^\top(\mathbf{X}\mathbf{w} - \mathbf{y})})
 * gives every side the same fresh entry index (two for a matrix) and is read as its entry in index notation
 * ({@code ∂L/∂w_i = Σ_k X_ki (Σ_l X_kl w_l − y_k)}), which the rest of the reader and the check handle.
 *
 * <p>What is a vector: a bold or {@code \vec} lowercase name without a subscript ({@code \hat{\mathbf{y}}} too),
 * {@code \mathbf{1}} (all ones), a plain name the document wrote in bold before; a matrix: a bold capital, or a
 * plain capital written transposed or next to a vector. A small shape inference ({@link Shapes}) reads products
 * (inner dimensions agree; a vector stands as a column, or, when the columns do not fit, every vector as a row),
 * transposes, sums, elementwise products ({@code \odot}), functions applied entrywise (σ, tanh, exp, log, e^,
 * softmax, diag), norms, quotients by a scalar or of vectors of one shape, sums of vectors, derivatives by a vector or
 * matrix ({@code \frac{\partial L}{\partial \boldsymbol\theta}}, {@code \nabla_{\mathbf{w}} L}) and of a vector by a
 * vector (the Jacobian, numerator layout). A label on a bold name is part of it ({@code \mathbf{W}_2},
 * {@code \mathbf{W}^{(1)}}, {@code \boldsymbol\delta^{[2]}}); a summed subscript picks one of several vectors
 * ({@code \mathbf{x}_i}, entries x_ij). What it cannot read without guessing (a product of two columns, a function of a
 * vector whose value is not entrywise, an inverse) is refused with a message naming it. One instance serves one
 * document: it remembers the names written in bold.
 */
public final class VectorEntries {
    private static final String ENTRY_LETTERS = "ijklmnabcd";
    /** The name a parameter of a document's function stands by while its body is printed ({@link VectorCalls#substituted}). */
    static final String PLACEHOLDER_NAME = "zzparameter";
    static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "\\\\mathrm\\{" + PLACEHOLDER_NAME + "([a-z])\\}(?:_\\{([^{}]*)\\}|_([a-zA-Z0-9]))?");
    static final String SUM_LETTERS = "klmnpqrsuvabcdefghotwxyz";
    static final Set<String> BOLD = Set.of("\\mathbf", "\\boldsymbol", "\\bm", "\\mathbfit", "\\pmb", "\\vb");
    static final Set<String> ENTRYWISE = Set.of("\\sigma", "\\tanh", "\\exp", "\\log", "\\ln", "\\sinh", "\\cosh",
            "\\sin", "\\cos", "sigmoid", "tanh", "exp", "log", "relu", "ReLU", "sign", "sgn", "softplus");

    /** Names written as vectors ({@code x}, {@code \theta}, {@code \hat{y}}) and as matrices, in the document so far. */
    final Set<String> vectors = new LinkedHashSet<>();
    /** Those of {@link #vectors} the document writes plain: declared so ({@code \theta \in \mathbb{R}^n}) or defined so ({@link LaterVectors}). */
    final Set<String> plainVectors = new LinkedHashSet<>();
    final Set<String> matrices = new LinkedHashSet<>();
    /** Plain capitals read as matrices in the statement being read ({@link VectorNameScan#seeCapitals}). */
    final Set<String> capitals = new LinkedHashSet<>();
    /** Plain capitals read as matrices in the document's earlier statements ({@link MatrixCapitals}). */
    private final MatrixCapitals matrixCapitals = new MatrixCapitals();
    /** Plain lower-case letters read as vectors in the statement being read: right after a matrix ({@link VectorNameScan#seeColumns}). */
    final Set<String> columns = new LinkedHashSet<>();
    /** Plain letters the statement writes as several vectors, one per subscript ({@link VectorNameScan#seePicked}). */
    final Set<String> picked = new LinkedHashSet<>();
    /** Plain letters the document writes transposed, whole ({@link TransposedLetters}). */
    Set<String> transposedLetters = Set.of();
    /** The columns and capitals the statement writes as vectors and matrices by its notation alone ({@link #seeWrittenColumns}). */
    private final Set<String> writtenNames = new LinkedHashSet<>();
    /** The matrix expressions the document inverts or takes the determinant of, each named ({@link CompoundMatrices}). */
    final CompoundMatrices compounds = new CompoundMatrices();
    /** The statement last read and its sides' entries, by the side's start offset. */
    List<List<Token>> statement;
    private final Map<Integer, Translated> translated = new HashMap<>();
    /**
     * Where the statement's powers of matrices read entry by entry start their exponents ({@code K^{-2}}, {@code A^2},
     * {@code (\sigma^2 I)^{-1}}), and those of numbers made of vectors and matrices ({@code (\mathbf{w}^\top S \mathbf{w})^2}).
     */
    final Set<Integer> matrixPowersRead = new java.util.HashSet<>();
    /** The sides that differentiate by a plain vector beside a side written as a number ({@link #byPlainVector}), by start offset. */
    private final Set<Integer> besideNumber = new java.util.HashSet<>();
    /** The sides read with gradients by vectors as rows (numerator layout), by start offset. */
    private final Set<Integer> numeratorLayout = new java.util.HashSet<>();
    private final Set<Integer> rowGradientSides = new java.util.HashSet<>();
    /** The entry letters of every side read entry by entry, by start offset: what a pair compares. */
    private final Map<Integer, List<String>> entryLetters = new HashMap<>();
    private List<String> lastLetters = List.of();
    /** The matrices the document states are made of its samples ({@link SampleRows}), and the document they were found in. */
    Map<String, SampleRows.Samples> samples = Map.of();
    String samplesOf;
    /** The shapes the document declares ({@link Dimensions}), and the layout of vectors they say (rows, columns, or empty). */
    Map<String, Dimensions.Declared> declared = Map.of();
    /** The names the document declares a shape of, also in two shapes ({@link Dimensions#keys}). */
    Set<String> declaredNames = Set.of();
    Optional<Boolean> layout = Optional.empty();
    /** Capitals whose numbered members the document writes transposed ({@link LabelledCapitals#numberedMatrices}): matrices. */
    Set<String> numberedMatrices = Set.of();
    /** Capitals the document writes only inverted ({@link InvertedMatrices}): the inverse of one that is a matrix is a matrix of its own. */
    Set<String> inverted = Set.of();
    /** Plain capitals the document uses as matrices somewhere ({@link DocumentMatrices}), and those it calls on a vector alone. */
    Set<String> documentMatrices = Set.of();
    /** Plain capitals the document declares matrices or defines by their entries only ({@link PlainMatrices}): matrices where written plainly. */
    Set<String> plainMatrices = Set.of();
    /** Capitals (plain or labelled, by key) the document multiplies to define a matrix ({@link MatrixFactors}): matrices where written plainly. */
    Set<String> factorMatrices = Set.of();
    /** Capitals the document writes by their entries at two indices ({@link PlainMatrices#entryWritten}): no numbers where written whole. */
    Set<String> entryCapitals = Set.of();
    /** Plain capitals the document defines once, as a diagonal matrix ({@code W = \mathrm{diag}(p_i(1 - p_i))}), with the defining side. */
    Map<String, List<Token>> diagonals = Map.of();
    Set<String> calledOnVector = Set.of();
    /** Whether the document gives the plain capital I a meaning of its own ({@link IdentityMatrices#otherwiseMeant}): no identity then. */
    boolean identityMeantOtherwise;
    /** Greek letters the document writes as quantities only ({@link GreekQuantities}): before parentheses, a product. */
    Set<String> greekQuantities = Set.of();
    /** Names the document defines by a matrix or vector written out entry by entry ({@link SizedNames}): of that size. */
    Map<String, SizedNames.Sized> sized = Map.of();
    /** The naming context of the statement being read: the functions the document has defined so far. */
    LatexContext context;
    /** Letters the document writes bold and plain as one scalar ({@link BroadcastScalars}): bold, that scalar in every entry. */
    Set<String> scalars = Set.of();
    /** Plain letters the document says are one number ({@link OneNumberNames}): never a vector for being added to one. */
    Set<String> oneNumbers = Set.of();
    /** Plain names with a layer label the document writes as vectors or matrices ({@link PlainVectors}), and those it defines so. */
    PlainVectors.Found plain = new PlainVectors.Found(Set.of(), Set.of());
    final Set<String> plainDefined = new LinkedHashSet<>();
    /** Plain labelled names a derivative is taken of or by in the statement being read, where it writes vectors ({@link VectorNotation#seeDerivatives}). */
    final Set<String> plainHere = new LinkedHashSet<>();
    final VectorNameScan scan = new VectorNameScan(this);
    final VectorNotation notation = new VectorNotation(this);

    /** A side read entry by entry: its text in index notation at the entry letters, or why not (replacing the reader's message or not). */
    private record Translated(Optional<String> text, List<String> letters, Optional<InputException> problem, boolean replaces) {
    }

    /**
     * The reading of one side of a statement: {@code original} when it read, or when the side writes no vector
     * notation; else its entry read in index notation, or why it could not be.
     */
    public Reading read(List<Token> side, List<List<Token>> sides, String document, LatexContext context, Reading original) {
        this.context = context;
        if (!document.equals(samplesOf)) {
            samplesOf = document;
            compounds.clear();
            samples = SampleRows.in(document);
            declared = Dimensions.with(Dimensions.in(document), context.inferredShapes());
            declaredNames = Dimensions.keys(document);
            layout = Dimensions.rowLayout(declared);
            scalars = BroadcastScalars.in(document);
            oneNumbers = OneNumberNames.in(document);
            numberedMatrices = LabelledCapitals.numberedMatrices(document);
            inverted = InvertedMatrices.in(document);
            documentMatrices = DocumentMatrices.in(document);
            plainMatrices = PlainMatrices.in(document, declared);
            entryCapitals = PlainMatrices.entryWritten(document);
            diagonals = LaterMatrices.diagonals(document);
            calledOnVector = DocumentMatrices.calledOnVector(document);
            greekQuantities = GreekQuantities.in(document);
            transposedLetters = TransposedLetters.in(document);
            identityMeantOtherwise = IdentityMatrices.otherwiseMeant(document);
            // \Sigma^{-1}: a Greek capital that names a matrix by convention, written inverted somewhere, is a matrix
            matrices.addAll(InvertedMatrices.greekMatrices(document));
            // a plain labelled name declared a vector (b^{(1)} \in \mathbb{R}^H) is one by its declaration, as by its notation
            plain = PlainVectors.in(document).withVectors(LabelledVectors.in(document));
            sized = SizedNames.in(document);
            sized.values().forEach(n -> (n.matrix() ? matrices : vectors).add(n.key()));
            plainDefined.clear();
            plainVectors.clear();
            matrixCapitals.clear();
            for (Dimensions.Declared d : declared.values()) {
                // a name declared in bold is a vector or matrix from the start, though the document writes it bold later
                if (d.bold() && !d.key().contains("^")) {
                    (d.matrix() ? matrices : vectors).add(d.key());
                }
            }
            // a plain lower-case name declared with more than one entry (θ ∈ ℝⁿ) is a vector wherever it is written whole
            Dimensions.plainVectors(document).stream().filter(declared::containsKey).forEach(k -> {
                vectors.add(k);
                plainVectors.add(k);
            });
            // W of Z = XW, Z a matrix of the document: a factor of a product of capitals that is a matrix is one (before the later
            // definitions are read, which it may make readable: p = \operatorname{softmax}(Wx))
            Set<String> frobenius = FrobeniusCapitals.in(document);
            factorMatrices = MatrixFactors.in(document, k -> matrixNamed(k) || documentMatrices.contains(k) || frobenius.contains(k));
            laterMatrices(document, context);
            laterVectors(document, context);
            // x and \mu of (x - \mu)^\top \Sigma^{-1} (x - \mu): vectors wherever written whole (after the definitions, whose
            // letters a name already a vector would not make vectors)
            TransposedBrackets.in(document).stream().filter(k -> !scalars.contains(k)).forEach(k -> {
                vectors.add(k);
                plainVectors.add(k);
            });
            // d of D = \operatorname{diag}(d): a vector wherever written whole
            DiagonalLetters.in(document).stream().filter(k -> !scalars.contains(k)).forEach(k -> {
                vectors.add(k);
                plainVectors.add(k);
            });
            // Y of \|Y - XW\|_F: a matrix wherever written whole
            frobenius.stream().filter(k -> !(declared.get(k) instanceof Dimensions.Declared d && !d.matrix()))
                    .forEach(matrices::add);
        }
        if (sides != statement) {
            statement = sides;
            translated.clear();
            matrixPowersRead.clear();
            besideNumber.clear();
            numeratorLayout.clear();
            plainHere.clear();
            picked.clear();
            sides.stream().filter(t -> t != null).forEach(scan::see);
            sides.stream().filter(t -> t != null).forEach(scan::seePicked);
            translateStatement(sides, document, context);
        }
        Translated t = side.isEmpty() ? null : translated.get(side.get(0).getStartIndex());
        boolean readWhole = t != null && t.text().isPresent();
        // A^{-1} with A a matrix: no reciprocal of a number, whatever else reads (MatrixPowers); the inverse of a named matrix
        // is read where the side reads entry by entry (MatrixFunctions)
        Optional<MatrixPowers.Power> power = MatrixPowers.first(side, this::isMatrix, this::opaqueInverse);
        Optional<MatrixPowers.Power> unread = readWhole ? MatrixPowers.first(side, this::isMatrix,
                (capital, bold) -> opaqueInverse(capital, bold) || bold || isMatrix(capital), matrixPowersRead::contains) : power;
        if (unread.isPresent()) {
            if (t != null && t.problem().filter(p -> p.getCause() instanceof UndefinedProduct).isPresent()) {
                // X^\top(XX^\top + \lambda I)^{-1}X\mathbf{y} with X n × d: the product the declared shapes leave undefined is the
                // side's mistake, whatever it inverts
                return new Reading(Optional.empty(), t.problem(), original.target(), original.notes(), original.rangeSizes(), false);
            }
            return matrixPower(side, unread.get(), document, original);
        }
        if (t == null) {
            return original;
        }
        if (t.problem().isPresent()) {
            // (P - Y)W of matrices: the reader's product of numbers is no reading of it
            // X(h - y) with X declared m × n and h - y of m entries: a product the declared shapes leave undefined is no product of numbers
            boolean product = MatrixProducts.written(side, this::isMatrix) || t.problem().get().getCause() instanceof UndefinedProduct
                    || t.problem().get().getCause() instanceof KroneckerProduct
                    || besideNumber.contains(side.get(0).getStartIndex());
            // a written-out matrix or a \nabla the reader does not take either: the entry-by-entry reading's conflict is the cause,
            // not "matrix notation is not supported"
            boolean shown = VectorNotation.explicit(side) || side.stream().anyMatch(k -> WrittenMatrices.begins(k) || k.getType() == LatexLexer.NABLA);
            return !product && (original.expr().isPresent() || !t.replaces() || !shown) ? original
                    : new Reading(Optional.empty(), t.problem(), original.target(), original.notes(), original.rangeSizes(), false);
        }
        String text = t.text().orElseThrow();
        Reading r = LatexReader.read(LatexTokens.lex(text, 0, text.length()), text, context);
        if (r.expr().isEmpty()) {
            // never the reciprocal of a number where the entries did not read
            return power.isPresent() ? matrixPower(side, power.get(), document, original) : original;
        }
        entryLetters.put(side.get(0).getStartIndex(), t.letters());
        lastLetters = t.letters().isEmpty() ? lastLetters : t.letters();
        List<ReadingNote> notes = new ArrayList<>(original.notes());
        notes.add(new ReadingNote("read entry by entry as " + inWords(Printer.ascii(r.expr().get()))
                + (numeratorLayout.contains(side.get(0).getStartIndex()) ? ", a gradient by a vector standing as a row (numerator layout)" : ""),
                LatexSpans.of(document, side)));
        // A^{-1} = …, (AB)^{-1} = …: an inverse or determinant is computed from its matrix, never defined by a side
        Optional<Target> target = (t.letters().isEmpty() ? original.target() : r.target())
                .filter(g -> !MatrixFunctionNames.isComputed(g.name()));
        return new Reading(r.expr(), Optional.empty(), target, notes, r.rangeSizes(), r.componentTaken());
    }

    /**
     * {@code ascii} with inverses and determinants written as functions of their matrices ({@link MatrixFunctionNames#inWords}),
     * a matrix expression's as the statement writes it ({@link CompoundMatrices}).
     */
    public String inWords(String ascii) {
        return compounds.inWords(MatrixFunctionNames.inWords(ascii));
    }

    /** The matrix expressions read so far in the document whose inverse or determinant a side takes ({@link CompoundMatrices}). */
    public java.util.List<CompoundMatrices.Compound> compounds() {
        return compounds.all();
    }

    /** Why a side that writes a power of a matrix ({@link MatrixPowers}) is not read. */
    private static Reading matrixPower(List<Token> side, MatrixPowers.Power power, String document, Reading original) {
        List<Token> written = side.subList(power.start(), power.end());
        return new Reading(Optional.empty(), Optional.of(new InputException(LatexSpans.text(document, written)
                + " is an inverse or power of a matrix, which is no entry-by-entry expression and no power of a number; a step it "
                + "solves, as A w = b, is read entry by entry", LatexSpans.of(document, written))), original.target(), original.notes(),
                original.rangeSizes(), false);
    }

    /**
     * Why a side that could not be read is a mistake: it multiplies two matrices whose declared shapes do not fit
     * ({@link UndefinedProduct}); empty for any other problem.
     */
    public static Optional<String> undefinedProduct(InputException problem) {
        return problem.getCause() instanceof UndefinedProduct p ? Optional.of(p.reason()) : Optional.empty();
    }

    /** Whether the side starting at {@code start} was read entry by entry (also where its value is a number: {@code \mathbf{w}^\top\mathbf{x}}). */
    public boolean readByEntries(int start) {
        return entryLetters.containsKey(start);
    }

    /**
     * The plain capitals the document uses as matrices somewhere by what it writes of them whole (transposed, in a Frobenius norm,
     * declared with two dimensions, beside a bold vector, called a matrix in words, a factor of a product defining a matrix); not
     * I, and not a capital written only at two subscripts ({@code C_{ss}}, which may be a label).
     */
    public Set<String> documentCapitals() {
        Set<String> out = new LinkedHashSet<>();
        java.util.stream.Stream.of(documentMatrices, matrices, factorMatrices, declared.keySet()).flatMap(Set::stream)
                .filter(k -> k.matches("[A-Z]") && !k.equals("I") && !(declared.get(k) instanceof Dimensions.Declared d && !d.matrix()))
                .forEach(out::add);
        return out;
    }

    /** The entry letters the side starting at {@code start} was read at: empty when it was read as it is, or as a scalar. */
    public List<String> letters(int start) {
        return entryLetters.getOrDefault(start, List.of());
    }

    /**
     * The side {@code e}, read at the entry letters {@code at}, read at {@code other} instead (the side before
     * it was read at those): itself when they are the same, renamed when both are entries of one shape, empty
     * when one side is an entry and the other is not.
     */
    public Optional<Expr> aligned(Expr e, List<String> at, List<String> other) {
        if (at.equals(other)) {
            return Optional.of(e);
        }
        if (at.size() != other.size() || at.isEmpty() || other.stream().anyMatch(l -> !at.contains(l) && Indices.free(e).contains(l))) {
            return Optional.empty();
        }
        Map<String, String> renaming = new LinkedHashMap<>();
        for (int k = 0; k < at.size(); k++) {
            renaming.put(at.get(k), other.get(k));
        }
        return Optional.of(Indices.renameAll(e, renaming));
    }

    /** Why two sides read at these entry letters are not compared. */
    public static String unaligned(String left, List<String> leftLetters, String right, List<String> rightLetters) {
        return "could not compare " + left + " with " + right + ": " + reading(left, leftLetters) + ", " + reading(right, rightLetters)
                + "; write both sides as vectors, or both as components";
    }

    private static String reading(String side, List<String> letters) {
        return letters.isEmpty() ? side + " is read as written" : side + " is read entry by entry at " + String.join(", ", letters);
    }

    /** Whether the capital is a matrix: written bold so far, read as one in this statement or an earlier one. */
    boolean isMatrix(String capital) {
        return matrices.contains(capital) || capitals.contains(capital) || matrixCapitals.contains(capital);
    }

    /** Whether the name (its key) is a matrix: {@link #isMatrix}, or one the document declares or states is a matrix ({@link PlainMatrices}). */
    boolean matrixNamed(String key) {
        return isMatrix(key) || plainMatrices.contains(key) || declared.get(key) instanceof Dimensions.Declared d && d.matrix();
    }

    /** Whether the plain capital was read as a matrix in this statement or an earlier one. */
    boolean readAsMatrix(String capital) {
        return capitals.contains(capital) || matrixCapitals.contains(capital);
    }

    /** Whether the inverse of the capital, a matrix the document writes only inverted, is read as a matrix of its own. */
    boolean opaqueInverse(String capital, boolean bold) {
        return inverted.contains(capital) && (bold || isMatrix(capital));
    }

    /** Whether the name is a vector: written bold in the document so far, or standing as one in this statement. */
    boolean isVector(String name) {
        return vectors.contains(name) || columns.contains(name);
    }

    /**
     * The plain letters the statement writes as vectors by its notation alone: transposed, or what a gradient of a function of a
     * vector is by; and the capitals a derivative of a function of a matrix is by ({@link EntryParameters}).
     */
    private void seeWrittenColumns(List<List<Token>> sides) {
        Set<String> before = new LinkedHashSet<>(columns);
        Set<String> capitalsBefore = new LinkedHashSet<>(capitals);
        sides.stream().filter(t -> t != null).forEach(t -> scan.seeTransposed(t, sides));
        sides.stream().filter(t -> t != null).forEach(t -> EntryParameters.seeGradientArguments(t, this));
        if (sides.size() == 2 && sides.get(0) != null && sides.get(1) != null && MatrixCapitals.alone(sides.get(0)) != null) {
            // G = \partial L/\partial O: a capital defined as a gradient by a matrix
            DerivativesByMatrices.see(sides.get(1), this);
        }
        // \nabla_W L = X^\top G of a matrix W: the gradient by a matrix is a matrix, W one in the subscript as in \frac{\partial L}{\partial W}
        sides.stream().filter(t -> t != null && t.stream().anyMatch(x -> x.getType() == LatexLexer.NABLA))
                .forEach(t -> DerivativesByMatrices.see(t, this));
        columns.stream().filter(c -> !before.contains(c)).forEach(writtenNames::add);
        capitals.stream().filter(c -> !capitalsBefore.contains(c)).forEach(writtenNames::add);
    }

    /** Whether the side writes one of {@link #writtenNames} whole: a vector or matrix the scalar reader would take for a number. */
    private boolean writesWrittenName(List<Token> side) {
        for (int k = 0; k < side.size(); k++) {
            Token t = side.get(k);
            if ((t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && writtenNames.contains(t.getText())
                    && !VectorNotation.subscripted(side, k + 1) && (k == 0 || side.get(k - 1).getType() != LatexLexer.UNDERSCORE
                    && side.get(k - 1).getType() != LatexLexer.CARET)) {
                return true;
            }
        }
        return false;
    }

    private void translateStatement(List<List<Token>> sides, String document, LatexContext context) {
        capitals.clear();
        writtenNames.clear();
        // x^T A x, \nabla_x h = 2Ax: a transposed letter, or the vector a gradient is by, is a column, so a capital beside it is a matrix
        seeWrittenColumns(sides);
        sides.stream().filter(t -> t != null).forEach(scan::seeCapitals);
        scan.seeIdentity(sides);
        scan.seeMatrixTerms(sides);
        matrixCapitals.remember(capitals);
        columns.clear();
        seeWrittenColumns(sides);
        // x_n of w^\top x_n, w a column: one of several vectors
        scan.seePickedAfterRows(sides);
        sides.stream().filter(t -> t != null).forEach(scan::seeColumns);
        // d of \|Ax - b\|^2 + d^\top x: transposed before a letter only now a column (after the matrix A)
        sides.stream().filter(t -> t != null).forEach(t -> scan.seeTransposed(t, sides));
        notation.seeDerivatives(sides);
        // a letter the document's sums count to (m of \\sum_{j=1}^{m}) is the range size in a subscript: no index of the entries
        Set<String> used = sizeLetters(context);
        for (List<Token> side : sides) {
            if (side != null) {
                side.stream().filter(t -> t.getType() == LatexLexer.LETTER).forEach(t -> used.add(t.getText()));
            }
        }
        List<String> letters = new ArrayList<>();
        for (String l : lastLetters) {
            if (!used.contains(l)) {
                letters.add(l);
            }
        }
        if (letters.size() < lastLetters.size() || lastLetters.isEmpty()) {
            letters.clear();
            for (char c : ENTRY_LETTERS.toCharArray()) {
                if (!used.contains(String.valueOf(c)) && letters.size() < 2) {
                    letters.add(String.valueOf(c));
                }
            }
        } else if (letters.size() < 2) {
            for (char c : ENTRY_LETTERS.toCharArray()) {
                if (!used.contains(String.valueOf(c)) && !letters.contains(String.valueOf(c)) && letters.size() < 2) {
                    letters.add(String.valueOf(c));
                }
            }
        }
        if (letters.size() < 2) {
            return;
        }
        Optional<String> definedPlain = plainDefinition(sides, document, context, letters, used);
        definedPlain.ifPresent(plainDefined::add);
        capitalsAsMatrices(sides, document, context, letters, used);
        // S = \mathrm{diag}(…), H = \nabla^2 L: a capital defined as a matrix is one from then on (X^\top S X)
        matrixCapitals.remember(capitals);
        rememberedCapitalsInVectorSides(sides, document, context, letters, used);
        List<List<Token>> vectorSides = new ArrayList<>();
        boolean needed = false;
        boolean scalarSide = false;
        boolean numberSide = false;
        boolean plainSides = false;
        // ∇_w L = -2Xᵀ(y - Xw) = 0: a zero closing vector sides sets them to zero (ZeroSides), no scalar side beside them
        boolean zeroBeside = sides.stream().filter(t -> t != null && !t.isEmpty() && !ZeroSides.is(t)
                && notation.hasVectorNotation(t, 0, t.size() - 1)).count() >= 2;
        for (List<Token> side : sides) {
            if (zeroBeside && ZeroSides.is(side)) {
                continue;
            }
            if (side != null && !side.isEmpty() && notation.hasVectorNotation(side, 0, side.size() - 1)) {
                vectorSides.add(side);
                // a plain labelled vector reads as a scalar: the reader's reading of it is no reading of the vector
                boolean writesPlain = notation.writesPlain(side) || notation.writesLabelledCapital(side);
                plainSides |= writesPlain;
                // a matrix's inverse or determinant (\Sigma^{-1}, |\Sigma|) is no reciprocal or absolute value of a number
                // a plain I read as the identity here (IdentityMatrices) is no name of a number either
                needed |= writesPlain || writesWrittenName(side) || MatrixProducts.written(side, this::isMatrix) || MatrixProducts.identityBeside(side, this::isMatrix)
                        || MatrixProducts.timesVector(side, this::isMatrix)
                        // G = \nabla_Y L: a derivative by a matrix of the document, which the scalar reader takes for a number
                        || DerivativesByMatrices.writes(side, this)
                        || capitals.contains("I") && IdentityMatrices.writtenPlain(side)
                        || VectorNotation.derivativeByNumberedBold(side)
                        || LatexReader.read(side, document, context).expr().isEmpty()
                        || MatrixPowers.first(side, this::isMatrix, this::opaqueInverse).isPresent()
                        || MatrixPowers.determinant(side, this::isMatrix);
            } else if (side != null && !side.isEmpty() && (!writesMatrixOut(sides) || LatexReader.read(side, document, context).expr().isPresent())) {
                // beside a matrix written out, a side that reads as nothing (\nabla f of a function of scalars) is no scalar: its
                // pair stays unread, the others are compared
                scalarSide = true;
                numberSide |= !side.stream().allMatch(k -> k.getType() == LatexLexer.DIGIT || k.getType() == LatexLexer.DOT);
            }
        }
        // a plain vector the document declares or defines (θ ∈ ℝⁿ, z = Wx + b): the scalar reader's θ is no reading of it, unless
        // that reader takes it at a component (∂/∂θ_j of Σ_i (σ(x_iᵀθ) − y_i) x_i) where entry by entry does not read every side
        boolean plainVector = vectorSides.stream().anyMatch(notation::writesPlainVector);
        boolean neededElse = needed;
        needed |= plainVector;
        plainSides |= plainVector;
        // a vector picked by a label, defined by vector notation (\mathbf{h}_t = \tanh(\mathbf{a}_t)): entry by entry (PickedVectors)
        needed |= sides.size() > 1 && sides.get(0) != null && PickedVectors.picked(sides.get(0)) && vectorSides.size() > 1;
        // a definition of a vector by name that the reader takes at a component (\hat{\mathbf{y}} = softmax(\mathbf{o}),
        // LATEX-INPUT M5) is the definitions' to read
        if (!needed) {
            return;
        }
        // — unless a later side is no such component (\hat{\mathbf{y}} = softmax(\boldsymbol{\theta}) = \frac{e^{\boldsymbol{\theta}}}{…}):
        // then every side is read entry by entry, the definition too
        // (a capital read as a matrix here, P = \mathrm{softmax}(S), is no vector the reader takes at a component)
        if (!plainSides && sides.get(0) != null && (bareName(sides.get(0)) || labelledName(sides.get(0)))
                && notation.hasVectorNotation(sides.get(0), 0, sides.get(0).size() - 1)
                && !(MatrixCapitals.alone(sides.get(0)) instanceof String head && capitals.contains(head) && sides.size() == 2
                && MatrixProducts.writesPlain(sides.get(1), capitals::contains))) {
            boolean taken = false;
            boolean unread = false;
            for (List<Token> side : sides.subList(1, sides.size())) {
                if (side != null && !side.isEmpty()) {
                    // a reading without the component's letter (\mathbf{c} = \sum_i y_i \mathbf{x}_i as Σ_i y_i x_i) took a vector
                    // for a scalar: no component reading
                    boolean read = LatexReader.read(side, document, context, letters.get(0)).expr()
                            .filter(e -> Indices.free(e).contains(letters.get(0)) || !VectorNotation.explicit(side)
                                    && !MatrixProducts.written(side, this::isMatrix) && !MatrixProducts.identityBeside(side, this::isMatrix)
                                    && !DerivativesByMatrices.writes(side, this))
                            .isPresent();
                    taken |= read;
                    unread |= !read;
                }
            }
            if (taken && !unread) {
                return;
            }
        }
        Map<Integer, Translated> chosen = inEitherLayout(vectorSides, document, context, letters, used);
        if (!fits(chosen) && !layout.orElse(false) && (layout.isEmpty() || !writesDeclared(vectorSides))) {
            // vectors as columns and a gradient by a vector as a row, the numerator layout of a chain rule written
            // left to right (∂E/∂z ∂z/∂y = (y − t)ᵀ W): the gradient's entries are the same, only how it stands differs
            Map<Integer, Translated> numerator = translateAll(vectorSides, document, context, letters, used, false, true);
            if (fits(numerator)) {
                chosen = numerator;
                numeratorLayout.addAll(rowGradientSides);
            }
        }
        // X(h - y) with X declared m × n and h - y of m entries: undefined, which the scalar reader's product of numbers would hide
        boolean undefined = chosen.values().stream().anyMatch(t -> t.problem().filter(p -> p.getCause() instanceof UndefinedProduct).isPresent());
        if (plainVector && !neededElse && !fits(chosen) && !undefined) {
            definedPlain.ifPresent(plainDefined::remove);
            return;
        }
        // \hat b = (X^\top X)^{-1}X^\top y: a lower-case name defined by a side that reads as a vector is one (as LaterVectors makes
        // one before the statements are read, where the letters it is made of are not yet vectors)
        Optional<String> defined = sides.size() == 2 && vectorSides.size() == 1 && vectorSides.get(0) == sides.get(1)
                ? definedName(sides.get(0)).filter(k -> !vectors.contains(k) && !scalars.contains(k) && !oneNumbers.contains(k))
                : Optional.empty();
        Translated definition = defined.isEmpty() ? null : chosen.get(sides.get(1).get(0).getStartIndex());
        if (definition != null && definition.problem().isEmpty() && definition.letters().size() == 1) {
            vectors.add(defined.get());
            plainVectors.add(defined.get());
            translateStatement(sides, document, context);
            return;
        }
        // a vector side beside a side without vectors (\nabla_{\mathbf{w}} J = 0): not an identity of entries
        if (scalarSide && chosen.values().stream().anyMatch(t -> !t.letters().isEmpty())) {
            definedPlain.ifPresent(plainDefined::remove);
            if (numberSide) {
                // \frac{\partial L}{\partial h} = (\hat y - y) w_2 with h = \sigma(W_1 x + b_1): the derivative by the vector is
                // one, the other side as written a number; the scalar reader's derivative by a number h is no reading of it
                for (List<Token> side : vectorSides) {
                    if (byPlainVector(side)) {
                        besideNumber.add(side.get(0).getStartIndex());
                        translated.put(side.get(0).getStartIndex(), new Translated(Optional.empty(), List.of(), Optional.of(new InputException(
                                LatexSpans.text(document, side) + " is a derivative by a vector of the document, and the other side is "
                                        + "written as a number: write both sides as vectors, or both as components",
                                LatexSpans.of(document, side))), true));
                    }
                }
            }
            return;
        }
        translated.putAll(chosen);
        Translated head = chosen.get(sides.get(0) == null || sides.get(0).isEmpty() ? -1 : sides.get(0).get(0).getStartIndex());
        if (definedPlain.isPresent() && (head == null || head.problem().isPresent())) {
            plainDefined.remove(definedPlain.get());
        }
    }

    /**
     * The letters no entry or sum of the entry-by-entry reading may take: those the document's sums count to (m of
     * {@code \\sum_{j=1}^{m}}, the range size in a subscript), and its sizes where they are apart (W ∈ ℝ^{d×k}).
     */
    private static Set<String> sizeLetters(LatexContext context) {
        Set<String> used = new LinkedHashSet<>(context.sizeLetters());
        if (!context.sizesApart().isEmpty()) {
            java.util.stream.Stream.concat(context.sizesApart().stream(), context.documentSizes().stream())
                    .filter(e -> e instanceof org.symgrad.expr.Sym).forEach(e -> used.add(((org.symgrad.expr.Sym) e).name()));
            used.add(org.symgrad.expr.Exprs.N.name()); // the range size the first of them is read as
        }
        return used;
    }

    /**
     * Plain lower-case names the document defines, anywhere, by a side that reads entry by entry as a vector
     * ({@link LaterVectors}: {@code z = Wx + b} with W, x and b declared, then {@code a = \sigma(z)}): vectors from the start,
     * as a declared one is. Each pass may make the next definition's side a vector's ({@code \sigma(z)} once z is one).
     */
    private void laterVectors(String document, LatexContext context) {
        List<LaterVectors.Defined> defined = LaterVectors.in(document);
        boolean grew = true;
        for (int pass = 0; grew && pass < defined.size(); pass++) {
            grew = false;
            for (LaterVectors.Defined d : defined) {
                if (vectors.contains(d.name()) || matrices.contains(d.name()) || scalars.contains(d.name())) {
                    continue;
                }
                Set<String> added = new LinkedHashSet<>();
                Optional<Translated> t = readAlone(d.side(), document, context, added);
                if (t.isPresent() && t.get().problem().isEmpty() && t.get().letters().size() == 1) {
                    vectors.add(d.name());
                    plainVectors.add(d.name());
                    // x and b of z = W x + b: vectors wherever the document writes them whole
                    vectors.addAll(added);
                    plainVectors.addAll(added);
                    grew = true;
                }
            }
        }
    }

    /**
     * The side, alone, read entry by entry at two fresh letters, where it writes vector notation; empty where it does not
     * or where this reading cannot take it.
     */
    private Optional<Translated> readAlone(List<Token> side, String document, LatexContext context, Set<String> added) {
        Set<String> used = sizeLetters(context);
        side.stream().filter(t -> t.getType() == LatexLexer.LETTER).forEach(t -> used.add(t.getText()));
        List<String> letters = new ArrayList<>();
        for (char c : ENTRY_LETTERS.toCharArray()) {
            if (!used.contains(String.valueOf(c)) && letters.size() < 2) {
                letters.add(String.valueOf(c));
            }
        }
        capitals.clear();
        columns.clear();
        Set<String> statementsPlain = new LinkedHashSet<>(plainHere);
        try {
            scan.seeCapitals(side);
            DerivativesByMatrices.see(side, this);
            scan.seeIdentity(List.of(side));
            // W^{(1)} x + b: a plain labelled capital beside a vector is its layer's matrix, as in a statement
            notation.seeDerivatives(List.of(side));
            if (!notation.hasVectorNotation(side, 0, side.size() - 1)) {
                return Optional.empty();
            }
            scan.seeColumns(side);
            added.addAll(scan.wholeColumns(side));
            return Optional.ofNullable(inEitherLayout(List.of(side), document, context, letters, used).get(side.get(0).getStartIndex()));
        } catch (RuntimeException e) {
            // a side this reading cannot take
            return Optional.empty();
        } finally {
            capitals.clear();
            columns.clear();
            plainHere.clear();
            plainHere.addAll(statementsPlain);
        }
    }

    /**
     * The sides read entry by entry with vectors as columns, else as rows; where the document declares its layout
     * ({@code \boldsymbol{b}_1: 1 \times H}), that first, and the other only for sides that write no name it declares.
     * The first reading where the other does not fit either.
     */
    private Map<Integer, Translated> inEitherLayout(List<List<Token>> sides, String document, LatexContext context, List<String> letters,
                                                    Set<String> used) {
        boolean rowsFirst = layout.orElse(false);
        Map<Integer, Translated> first = translateAll(sides, document, context, letters, used, rowsFirst);
        if (fits(first) || layout.isPresent() && writesDeclared(sides)) {
            return first;
        }
        Map<Integer, Translated> other = translateAll(sides, document, context, letters, used, !rowsFirst);
        return fits(other) ? other : first;
    }

    /** Whether every side of a reading entry by entry was read. */
    private static boolean fits(Map<Integer, Translated> reading) {
        return reading.values().stream().allMatch(t -> t.problem().isEmpty());
    }

    /**
     * Capitals the document defines, anywhere, by a side that reads entry by entry as a matrix ({@link LaterMatrices}): tried as
     * that matrix from the start, as a capital read as a matrix in an earlier statement is.
     */
    private void laterMatrices(String document, LatexContext context) {
        for (LaterMatrices.Defined d : LaterMatrices.in(document)) {
            if (matrixCapitals.contains(d.capital()) || matrices.contains(d.capital())) {
                continue;
            }
            // Z = XW of capitals the document declares matrices: vector notation once they are seen as such
            Optional<Translated> t = readAlone(d.side(), document, context, new LinkedHashSet<>());
            if (t.isPresent() && t.get().problem().isEmpty() && t.get().letters().size() == 2) {
                matrixCapitals.remember(Set.of(d.capital()));
            }
        }
    }

    /**
     * Whether the side differentiates a number by a plain vector the document declares or defines, written whole
     * ({@code \frac{\partial L}{\partial h}}, {@code \nabla_h L} with h = \sigma(W_1 x + b_1)).
     */
    private boolean byPlainVector(List<Token> side) {
        int found = 0;
        for (int k = 0; k + 1 < side.size(); k++) {
            int type = side.get(k).getType();
            int at = type == LatexLexer.PARTIAL ? k + 1
                    : type == LatexLexer.NABLA && side.get(k + 1).getType() == LatexLexer.UNDERSCORE ? k + 2 : -1;
            if (at > 0 && at < side.size() && side.get(at).getType() == LatexLexer.LBRACE && at + 1 < side.size()) {
                at++;
            }
            if (at > 0 && at < side.size() && plainVectors.contains(side.get(at).getText())
                    && !VectorNotation.subscripted(side, at + 1) && !(at + 1 < side.size() && side.get(at + 1).getType() == LatexLexer.CARET)) {
                found++;
            }
        }
        // one: the gradient of a number; a vector by a vector (\frac{\partial u}{\partial b}) is a Jacobian, which a number may not be
        return found == 1;
    }

    /** Whether a side writes a matrix out entry by entry ({@link WrittenMatrices}). */
    private static boolean writesMatrixOut(List<List<Token>> sides) {
        return sides.stream().filter(t -> t != null).flatMap(List::stream).anyMatch(WrittenMatrices::begins);
    }

    /**
     * The plain labelled name a statement defines as a vector or matrix: its first side is the name alone ({@code z^{(2)}}),
     * not yet a vector of the document, and every other side reads entry by entry as a vector (a lowercase name) or a
     * matrix (a capital) — {@code z^{(2)} = W^{(2)} y^{(1)}} with y^{(1)} a vector and W^{(2)} a matrix.
     */
    private Optional<String> plainDefinition(List<List<Token>> sides, String document, LatexContext context, List<String> letters,
                                             Set<String> used) {
        if (sides.size() < 2 || sides.get(0) == null || sides.get(0).isEmpty()) {
            return Optional.empty();
        }
        Optional<PlainLabelled> name = VectorNotation.plainLabelled(sides.get(0), 0);
        if (name.isEmpty() || name.get().transposed() || name.get().end() != sides.get(0).size() || notation.knownPlain(name.get().key())) {
            return Optional.empty();
        }
        List<List<Token>> others = new ArrayList<>();
        for (List<Token> side : sides.subList(1, sides.size())) {
            if (side == null || side.isEmpty() || !notation.hasVectorNotation(side, 0, side.size() - 1)) {
                return Optional.empty();
            }
            others.add(side);
        }
        int rank = VectorNotation.capital(name.get().key()) ? 2 : 1;
        Map<Integer, Translated> read = translateAll(others, document, context, letters, used, layout.orElse(false));
        boolean fits = read.values().stream().allMatch(t -> t.problem().isEmpty() && t.letters().size() == rank);
        return fits ? Optional.of(name.get().key()) : Optional.empty();
    }

    /**
     * Where one side writes vector notation and every other only capitals the document read as matrices before
     * ({@code \frac{\partial \mathbf{y}}{\partial \mathbf{x}} = W} after {@code \mathbf{y} = W\mathbf{x}}), or the first side is a
     * capital alone ({@code H = \nabla^2_{\mathbf{w}} L}): those capitals are read as matrices in this statement, if then
     * every side reads entry by entry as a matrix; else the statement is read as before.
     */
    private void capitalsAsMatrices(List<List<Token>> sides, String document, LatexContext context, List<String> letters, Set<String> used) {
        boolean vectorSide = false;
        Set<String> candidates = new LinkedHashSet<>();
        List<List<Token>> all = new ArrayList<>();
        // sides that write no such capital plainly (\nabla_X f): vector notation only once the capitals are matrices
        List<List<Token>> bare = new ArrayList<>();
        boolean remembered = false;
        for (int s = 0; s < sides.size(); s++) {
            List<Token> side = sides.get(s);
            if (side == null || side.isEmpty()) {
                continue;
            }
            all.add(side);
            if (notation.hasVectorNotation(side, 0, side.size() - 1)) {
                vectorSide = true;
                continue;
            }
            Set<String> written = matrixCapitals.writtenIn(side, this::matrixNamed);
            String alone = s == 0 && sides.size() > 1 ? MatrixCapitals.alone(side) : null;
            if (written.isEmpty() && alone == null) {
                bare.add(side);
                continue;
            }
            candidates.addAll(written.isEmpty() ? Set.of(alone) : written);
            remembered |= !written.isEmpty();
        }
        if (candidates.isEmpty() || vectorSide && !bare.isEmpty()) {
            return;
        }
        Set<String> added = new LinkedHashSet<>(candidates);
        added.removeAll(capitals);
        added.removeAll(matrices);
        capitals.addAll(added);
        // without a side in vector notation (\nabla_X f = C - X^{-1} after \nabla_X f = C^\top + X^{-\top}): every side is one
        // once the remembered capitals are matrices again; so is a side that writes them (P = \mathrm{softmax}(S) after S = QK^\top)
        boolean fits = vectorSide || (remembered || !bare.isEmpty()) && bare.stream().allMatch(side -> notation.hasVectorNotation(side, 0, side.size() - 1));
        Map<Integer, Translated> read = fits ? translateAll(all, document, context, letters, used, layout.orElse(false)) : Map.of();
        if (!fits || !read.values().stream().allMatch(t -> t.problem().isEmpty() && t.letters().size() == 2)) {
            capitals.removeAll(added);
        }
    }

    /**
     * Capitals the document read as matrices before that a side with vector notation writes where nothing in it says so again
     * ({@code \mathrm{diag}(1 - \mathbf{h}_t^2)\, U} after {@code U\mathbf{x}_t}): read as those matrices here, if then every
     * such side reads entry by entry at one shape; else as before (a number).
     */
    private void rememberedCapitalsInVectorSides(List<List<Token>> sides, String document, LatexContext context, List<String> letters,
                                                 Set<String> used) {
        List<List<Token>> vectorSides = new ArrayList<>();
        Set<String> added = new LinkedHashSet<>();
        for (List<Token> side : sides) {
            if (side != null && !side.isEmpty() && notation.hasVectorNotation(side, 0, side.size() - 1)) {
                vectorSides.add(side);
                added.addAll(matrixCapitals.writtenIn(side, this::matrixNamed));
            }
        }
        added.removeAll(capitals);
        added.removeAll(matrices);
        if (added.isEmpty() || vectorSides.size() < 2) {
            return;
        }
        capitals.addAll(added);
        Map<Integer, Translated> read = translateAll(vectorSides, document, context, letters, used, layout.orElse(false));
        Set<Integer> shapes = new java.util.HashSet<>();
        read.values().forEach(t -> shapes.add(t.letters().size()));
        if (!fits(read) || shapes.size() != 1 || shapes.contains(0)) {
            capitals.removeAll(added);
        }
    }

    /** Whether the sides write a vector or matrix whose shape the document declares. */
    private boolean writesDeclared(List<List<Token>> sides) {
        for (List<Token> side : sides) {
            for (int k = 0; k < side.size(); k++) {
                Token t = side.get(k);
                if ((t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK)
                        && declared.keySet().stream().anyMatch(key -> key.equals(t.getText()) || key.startsWith(t.getText() + "^{("))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the side is only a bold name and its label: {@code \mathbf{h}^a}, {@code \mathbf{W}^{(1)}}, {@code \boldsymbol{\delta}^{[2]}}. */
    private static boolean labelledName(List<Token> side) {
        for (int k = 1; k < side.size(); k++) {
            if (side.get(k).getType() == LatexLexer.CARET) {
                return bareName(side.subList(0, k)) && VectorNameScan.labelled(side, k) && LatexTokens.argumentEnd(side, k + 1) == side.size();
            }
        }
        return false;
    }

    /**
     * The key of the lower-case name a side is alone, plain or under an accent ({@code b}, {@code \beta}, {@code \hat b} as
     * {@code \hat{b}}); empty for anything else.
     */
    private static Optional<String> definedName(List<Token> side) {
        List<Token> t = side.stream().filter(k -> k.getType() != LatexLexer.SPACING && k.getType() != LatexLexer.LBRACE
                && k.getType() != LatexLexer.RBRACE).toList();
        if (t.size() == 1 && (t.get(0).getType() == LatexLexer.LETTER || t.get(0).getType() == LatexLexer.GREEK)
                && !VectorNotation.capital(t.get(0).getText())) {
            return Optional.of(t.get(0).getText());
        }
        if (t.size() == 2 && t.get(0).getType() == LatexLexer.DECOR && !t.get(0).getText().equals("\\vec")
                && t.get(1).getType() == LatexLexer.LETTER && !VectorNotation.capital(t.get(1).getText())) {
            return Optional.of(t.get(0).getText() + "{" + t.get(1).getText() + "}");
        }
        return Optional.empty();
    }

    /** Whether the side is only a name: {@code \mathbf{z}}, {@code \hat{\mathbf{y}}}, {@code \vec{v}}, {@code G}. */
    static boolean bareName(List<Token> side) {
        int names = 0;
        for (Token t : side) {
            switch (t.getType()) {
                case LatexLexer.LETTER, LatexLexer.GREEK -> names++;
                case LatexLexer.FONT, LatexLexer.DECOR, LatexLexer.LBRACE, LatexLexer.RBRACE, LatexLexer.SPACING -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return names == 1;
    }

    private Map<Integer, Translated> translateAll(List<List<Token>> sides, String document, LatexContext context, List<String> letters,
                                                  Set<String> used, boolean rowVectors) {
        return translateAll(sides, document, context, letters, used, rowVectors, false);
    }

    private Map<Integer, Translated> translateAll(List<List<Token>> sides, String document, LatexContext context, List<String> letters,
                                                  Set<String> used, boolean rowVectors, boolean gradientRows) {
        Map<Integer, Translated> out = new HashMap<>();
        VectorReader reader = new VectorReader(this, document, context, used, letters, rowVectors);
        reader.gradientRows = gradientRows;
        rowGradientSides.clear();
        List<Shape> shapes = new ArrayList<>();
        for (List<Token> side : sides) {
            int start = side.get(0).getStartIndex();
            try {
                reader.tokens = side;
                reader.undeclaredRead = false;
                int rows = reader.rowGradients;
                Node n = reader.expr(LatexReader.tree(side, document).expr());
                if (reader.rowGradients > rows) {
                    rowGradientSides.add(start);
                }
                shapes.add(n.shape());
                String r = reader.shapes.isOne(n.shape().rows()) ? null : letters.get(0);
                String c = reader.shapes.isOne(n.shape().columns()) ? null : r == null ? letters.get(0) : letters.get(1);
                List<String> at = new ArrayList<>();
                if (r != null) {
                    at.add(r);
                }
                if (c != null) {
                    at.add(c);
                }
                out.put(start, new Translated(Optional.of(n.emit().at(r, c)), at, Optional.empty(), false));
            } catch (Unread u) {
                InputException problem = new InputException("could not read " + u.what + " entry by entry: " + u.getMessage(),
                        LatexSpans.of(document, u.where));
                if (u instanceof UndefinedProduct || u instanceof KroneckerProduct) {
                    problem.initCause(u);
                }
                out.put(start, new Translated(Optional.empty(), List.of(), Optional.of(problem), u.conflict));
            } catch (InputException e) {
                out.put(start, new Translated(Optional.empty(), List.of(), Optional.of(e), false));
            }
        }
        if (fits(out) && sidesAgree(reader.shapes, shapes)) {
            reader.inferredShapes().forEach(context::shapeInferred);
            reader.matrixShapes().forEach(context::matrixShapeFound);
        }
        if (reader.writtenOut && reader.shapes.anyUnsized()) {
            // [w_1 w_2][x_1; x_2] beside \mathbf{w}^\top\mathbf{x}: a name's entries run over the whole index range, the written
            // matrix's over its own rows and columns; nothing says the two lengths are one
            for (List<Token> side : sides) {
                out.put(side.get(0).getStartIndex(), new Translated(Optional.empty(), List.of(), Optional.of(new InputException(
                        "a matrix written out entry by entry beside a vector or matrix of a size it does not write, so the statement "
                                + "is not read entry by entry", LatexSpans.of(document, side))), true));
            }
            return out;
        }
        Optional<String> sizes = differentSizes(reader.shapes, shapes);
        if (sizes.isPresent()) {
            // ∇f of two variables beside a column of three written entries: entries past the shorter side read as 0 there, so the
            // sides' sizes, not their entries, decide
            for (List<Token> side : sides) {
                out.put(side.get(0).getStartIndex(), new Translated(Optional.empty(), List.of(), Optional.of(new InputException(
                        "the sides have different sizes (" + sizes.get() + "), so the statement is not read entry by entry",
                        LatexSpans.of(document, side))), true));
            }
            return out;
        }
        for (int k = 1; k < shapes.size(); k++) {
            if (shapes.get(k).rank() != shapes.get(0).rank() && shapes.get(k).rank() > 0 && shapes.get(0).rank() > 0) {
                for (List<Token> side : sides) {
                    out.put(side.get(0).getStartIndex(), new Translated(Optional.empty(), List.of(), Optional.of(new InputException(
                            "the sides have different shapes (" + describe(shapes.get(0)) + ", " + describe(shapes.get(k))
                                    + "), so the statement is not read entry by entry", LatexSpans.of(document, side))), true));
                }
            }
        }
        return out;
    }

    /**
     * The two sizes, as "2 and 3 entries", where two sides' lengths are both known and differ: the lengths of two vectors, or
     * the rows or the columns of two matrices; empty otherwise.
     */
    private static Optional<String> differentSizes(Shapes s, List<Shape> sides) {
        if (sides.size() < 2) {
            return Optional.empty();
        }
        Shape first = sides.get(0);
        for (Shape other : sides.subList(1, sides.size())) {
            List<int[]> pairs = first.rank() == 1 && other.rank() == 1
                    ? List.of(new int[] {length(s, first), length(s, other)})
                    : first.rank() == 2 && other.rank() == 2
                    ? List.of(new int[] {first.rows(), other.rows()}, new int[] {first.columns(), other.columns()}) : List.of();
            for (int[] pair : pairs) {
                Integer a = s.size(pair[0]);
                Integer b = s.size(pair[1]);
                if (a != null && b != null && !a.equals(b)) {
                    return Optional.of(Math.min(a, b) + " and " + Math.max(a, b) + " entries");
                }
            }
        }
        return Optional.empty();
    }

    /** A vector's length: the dimension of its shape other than one. */
    private static int length(Shapes s, Shape vector) {
        return s.isOne(vector.rows()) ? vector.columns() : vector.rows();
    }

    /**
     * Whether the shapes of a statement's sides are one, made so: its sides are equal, so a vector's length on one is its
     * length on the other ({@code \mathbf{z}_i = W\mathbf{x}_i}: z has W's rows).
     */
    private static boolean sidesAgree(Shapes s, List<Shape> sides) {
        for (int k = 1; k < sides.size(); k++) {
            Shape a = sides.get(0);
            Shape b = sides.get(k);
            if (s.isOne(a.rows()) != s.isOne(b.rows()) || s.isOne(a.columns()) != s.isOne(b.columns()) || !s.unify(a, b)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Shape s) {
        return switch (s.rank()) {
            case 0 -> "a scalar";
            case 1 -> "a vector";
            default -> "a matrix";
        };
    }

}
