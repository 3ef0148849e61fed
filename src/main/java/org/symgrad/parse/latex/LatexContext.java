package org.symgrad.parse.latex;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;

/**
 * What the reader must know about the document around a formula to read it as its author meant
 * (LATEX-INPUT M1, M2, M7, M18): the functions it defines with parameters, the names it defines
 * that would otherwise be read as constants or built-ins ({@code e}, {@code \delta}), and the
 * letters it uses as layer labels in superscripts ({@code o^a}, {@code h^s}).
 */
public interface LatexContext {
    /** A context that knows nothing about a document: every name has its default meaning. */
    LatexContext NONE = withFunctions(Set.of());

    /**
     * A context that knows only that the document uses {@code functionNames} (symgrad's spellings) as functions, so
     * that {@code \mathcal{N}(x \mid \mu_k, \sigma^2)} in a formula read on its own is a call, not a product.
     */
    static LatexContext withFunctions(Set<String> functionNames) {
        Set<String> names = Set.copyOf(functionNames);
        return new LatexContext() {
            @Override
            public Optional<DocumentFunction> function(String name) {
                return Optional.empty();
            }

            @Override
            public boolean defines(String name) {
                return false;
            }

            @Override
            public Set<String> labelLetters() {
                return Set.of();
            }

            @Override
            public boolean definesFunction(String name) {
                return names.contains(name);
            }
        };
    }

    /**
     * The naming of the document {@code document} knows, for a formula read on its own (inline math): which subscripts are
     * parts of names ({@code K_m}, {@code K_i} beside each other), which letters are labels, sizes or summed, which names are
     * functions; none of the statement being read's own letters, no document function applied, and nothing recorded.
     * Read with {@link #NONE} instead, the inline {@code $D = K_m (1 + I/K_i) + S$} made K_m and K_i entries of one K
     * where the displays read two names.
     */
    static LatexContext namingOf(LatexContext document) {
        return new LatexContext() {
            @Override
            public Optional<DocumentFunction> function(String name) {
                return Optional.empty();
            }

            @Override
            public boolean defines(String name) {
                return document.defines(name);
            }

            @Override
            public Set<String> labelLetters() {
                return document.labelLetters();
            }

            @Override
            public Set<String> summedLetters() {
                return document.summedLetters();
            }

            @Override
            public Set<String> iterateLetters() {
                return document.iterateLetters();
            }

            @Override
            public boolean derivativeSuperscript(String base, String letter) {
                return document.derivativeSuperscript(base, letter);
            }

            @Override
            public boolean labelledHead(String base, String letter) {
                return document.labelledHead(base, letter);
            }

            @Override
            public boolean numberedFrames(String base) {
                return document.numberedFrames(base);
            }

            @Override
            public NumberedVectors.Found numberedVectors() {
                return document.numberedVectors();
            }

            @Override
            public Set<String> functionBases() {
                return document.functionBases();
            }

            @Override
            public boolean primedQuantity(String name) {
                return document.primedQuantity(name);
            }

            @Override
            public boolean nIsAnIndex() {
                return document.nIsAnIndex();
            }

            @Override
            public Set<String> runningLetters() {
                return document.runningLetters();
            }

            @Override
            public Set<String> sizeLetters() {
                return document.sizeLetters();
            }

            @Override
            public Set<Expr> documentSizes() {
                return document.documentSizes();
            }

            @Override
            public Set<Expr> sizesApart() {
                return document.sizesApart();
            }

            @Override
            public void sizeNotDeclared() {
                document.sizeNotDeclared();
            }

            @Override
            public void sizeNotDeclaredHere() {
                document.sizeNotDeclaredHere();
            }

            @Override
            public Map<String, Dimensions.Declared> inferredShapes() {
                return document.inferredShapes();
            }

            @Override
            public void shapeInferred(Dimensions.Declared shape) {
                document.shapeInferred(shape);
            }

            @Override
            public void matrixShapeFound(Dimensions.Declared shape) {
                document.matrixShapeFound(shape);
            }

            @Override
            public Map<String, Dimensions.Declared> matrixShapes() {
                return document.matrixShapes();
            }

            @Override
            public Map<String, Expr> lettersApart() {
                return document.lettersApart();
            }

            @Override
            public Optional<WrittenStarts.Range> writtenRange(String letter) {
                return document.writtenRange(letter);
            }

            @Override
            public Optional<WrittenStarts.Range> arrayRange(String array) {
                return document.arrayRange(array);
            }

            @Override
            public Set<String> nameSubscriptLetters() {
                return document.nameSubscriptLetters();
            }

            @Override
            public Set<String> referenceBases() {
                return document.referenceBases();
            }

            @Override
            public boolean sigmaIsQuantity() {
                return document.sigmaIsQuantity();
            }

            @Override
            public boolean writesOnlyApplied(String name) {
                return document.writesOnlyApplied(name);
            }

            @Override
            public boolean ownLogarithms() {
                return document.ownLogarithms();
            }

            @Override
            public Set<String> pairedIndices() {
                return document.pairedIndices();
            }

            @Override
            public boolean definesFunction(String name) {
                return document.definesFunction(name);
            }

            @Override
            public Set<String> scriptLettersApart() {
                return document.scriptLettersApart();
            }

            @Override
            public boolean piIsAVariable() {
                return document.piIsAVariable();
            }

            @Override
            public boolean nIsAVariable() {
                return document.nIsAVariable();
            }

            @Override
            public boolean indexedFunction(String name) {
                return document.indexedFunction(name);
            }

            @Override
            public Set<String> timeIndices() {
                return document.timeIndices();
            }

            @Override
            public boolean namesMagnitude(String name) {
                return document.namesMagnitude(name);
            }
        };
    }

    /**
     * Told that the document writes {@code name} (symgrad's spelling) with a sample index, {@code x^{(i)}}: one example of
     * it. A context that keeps no record ignores it.
     */
    default void sampleIndexed(String name) {
    }

    /** The function the document defines under {@code name} (symgrad's spelling), if any. */
    Optional<DocumentFunction> function(String name);

    /**
     * Whether the document defines {@code name} as a plain name, which then is no longer read as a
     * built-in: a defined {@code e} is not Euler's number, a defined {@code delta} is no Kronecker δ.
     */
    boolean defines(String name);

    /** Letters the document writes as superscript labels on several names ({@code o^a}, {@code h^a}). */
    Set<String> labelLetters();

    /** The letters the document's sums and products run over ({@link SuperscriptIndices}). */
    default Set<String> summedLetters() {
        return Set.of();
    }

    /**
     * The letters the whole document writes as an iterate above a name ({@code a^{(l-1)}}, {@code \\beta^{(t+1)}}): a letter in
     * parentheses above a name is then that index wherever the document writes it, in a formula read on its own too.
     */
    default Set<String> iterateLetters() {
        return Set.of();
    }

    /**
     * Whether the document differentiates by {@code base} (as written, {@code \\ell}) with {@code letter} above it
     * ({@code \\partial \\ell^t}): there the letter labels a variable, it is no power ({@link SuperscriptIndices}).
     */
    default boolean derivativeSuperscript(String base, String letter) {
        return false;
    }

    /**
     * Whether the document defines a function named {@code base} with {@code letter} above it ({@code L_2^{\\tau}(u) = …},
     * spelled {@code L}, {@code tau}): there the letter labels the name, it is no power ({@link LabelledHeads}).
     */
    default boolean labelledHead(String base, String letter) {
        return false;
    }

    /**
     * Whether the document writes {@code name} (symgrad's spelling, {@code R}) primed as a quantity of its own, a resistance
     * per unit length {@code R'(r) = …} that it differentiates itself ({@link PrimedQuantities}): then {@code R'} is the name
     * {@code Rprime}, also before a bracket, not the derivative of R.
     */
    default boolean primedQuantity(String name) {
        return false;
    }

    /**
     * Whether the letter n of the formula is an index, also where it stands as a value ({@code \partial E / \partial x_n = n},
     * {@code \sum_{n=1}^{N} n x_n}): the formula labels with n and the document calls its range size by another name
     * ({@code N}), so its n is not symgrad's range size n.
     */
    default boolean nIsAnIndex() {
        return false;
    }

    /**
     * The letters the document's sums run with ({@link RunningLimits}: {@code t} of {@code \sum_{k=t+1}^{T}}): an index
     * whose value places a range, read as that value where it stands as a number ({@code \gamma^{k-t-1}}).
     */
    default Set<String> runningLetters() {
        return Set.of();
    }

    /**
     * The letters that in a subscript are the range size as a value ({@link org.symgrad.expr.Index#SIZE}): the
     * document writes them as the limit of its sums ({@code \\sum_{t=0}^{n-1} w_t^2}, {@code \\sum_{t=1}^{T}}) and
     * never runs a sum over them, so {@code w_n} is the entry at the size (one past the last there),
     * {@code w_{T-1}} the one before it, not a free index ranging over the sum ({@link UpperLimits#sizeLetters}).
     */
    default Set<String> sizeLetters() {
        return Set.of();
    }

    /**
     * The names the document's sums bound above ({@code m} of {@code \sum_{i=1}^{m}}), each the range size n in every
     * formula of the document, one read on its own too ({@code $R(w) = \frac{c}{2m} w^2$}).
     */
    default Set<Expr> documentSizes() {
        return Set.of();
    }

    /**
     * The names the document's sums bound above that are range sizes of their own, apart from n ({@code K} of
     * {@code \sum_{k=1}^{K}} where the examples run to {@code N}): kept as written, a whole number of its own.
     */
    default Set<Expr> sizesApart() {
        return Set.of();
    }

    /**
     * Records that a sum over the components of a vector or matrix could not be given one of the document's sizes of their
     * own ({@link #sizesApart}): the document does not declare that dimension, so its sizes are read as one instead.
     */
    default void sizeNotDeclared() {
    }

    /**
     * As {@link #sizeNotDeclared}, for the reading of one side that another reading of it (entry by entry) may still take:
     * it counts only where the side is not read.
     */
    default void sizeNotDeclaredHere() {
    }

    /**
     * The shapes of the vectors and matrices the document does not declare, that an earlier reading of it found by what they
     * meet ({@code \mathbf{w}^\top \mathbf{x}_n} with {@code \mathbf{x}_n \in \mathbb{R}^{D}}: w has D entries), read as
     * declared where the document declares no other shape for them.
     */
    default Map<String, Dimensions.Declared> inferredShapes() {
        return Map.of();
    }

    /** Records the shape a reading found for a vector or matrix the document does not declare ({@link #inferredShapes}). */
    default void shapeInferred(Dimensions.Declared shape) {
    }

    /**
     * Records the shape a statement's reading found for a matrix the document does not declare, both its dimensions sizes it
     * declares ({@code O = PV}: n × d); never read as a declaration ({@link #matrixShapes}).
     */
    default void matrixShapeFound(Dimensions.Declared shape) {
    }

    /**
     * The shapes the statements read so far found for the matrices the document does not declare ({@link #matrixShapeFound}),
     * a matrix found with two shapes left out: the number of entries a sum over a matrix's runs to ({@code L = Σ_ij G_ij O_ij}
     * of an upstream gradient G = ∂L/∂O).
     */
    default Map<String, Dimensions.Declared> matrixShapes() {
        return Map.of();
    }

    /** The size of its own each letter the document sums to one runs to ({@code k → K}), for its sums written without one. */
    default Map<String, Expr> lettersApart() {
        return Map.of();
    }

    /**
     * The range the document writes for the sums over {@code letter} ({@code \sum_{k=0}^{m}}), which a
     * {@code \sum_k} without limits takes ({@link WrittenStarts}); empty where it keeps 1..n.
     */
    default Optional<WrittenStarts.Range> writtenRange(String letter) {
        return Optional.empty();
    }

    /**
     * The range the document writes for the sums over the entries of {@code array} ({@code \sum_{i=0}^{K} k_i}), which a
     * {@code \sum_j} without limits over its entries {@code k_j} takes ({@link WrittenStarts#byArray}); empty where it keeps 1..n.
     */
    default Optional<WrittenStarts.Range> arrayRange(String array) {
        return Optional.empty();
    }

    /**
     * The entries the document names as an arg max or arg min ({@code k^* = \\arg\\max_k z_k}), by
     * {@code "max:k"} ({@link ArgExtrema}): {@code \\max_k z_k} is then {@code z_{k^*}}.
     */
    default java.util.Map<String, String> argExtrema() {
        return java.util.Map.of();
    }

    /** The names the document defines as functions of their arguments, whose numbered names are other quantities ({@link ReferenceValues#functions}). */
    default Set<String> functionBases() {
        return Set.of();
    }

    /** Whether the whole numbers the document writes above {@code base} label it ({@link NumberedFrames}: y^1_a, y^2_a). */
    default boolean numberedFrames(String base) {
        return false;
    }

    /** How the document names its bold vectors numbered below, {@code \mathbf{w}_2}: w^{(2)} or member 2 of a family ({@link NumberedVectors}). */
    default NumberedVectors.Found numberedVectors() {
        return NumberedVectors.Found.UNKNOWN;
    }

    /**
     * Lower-case letters the document writes in subscripts as parts of names, not indices
     * ({@code h} of {@code W_{hh}} and {@code b_h} beside {@code h_t}; {@link NameSubscripts}).
     */
    default Set<String> nameSubscriptLetters() {
        return Set.of();
    }

    /**
     * Names the document defines whole in terms of their own numbered reference values ({@code P(T) = P_0 …}): their
     * numbered names are other names, P0, not entries ({@link ReferenceValues}).
     */
    default Set<String> referenceBases() {
        return Set.of();
    }

    /**
     * Whether the document has defined {@code name} (symgrad's spelling, {@code o^(s)}) by a value,
     * so that {@code o_y^s(x)} names that value as a function of x rather than multiplying it by x.
     */
    default boolean definesValue(String name) {
        return false;
    }

    /**
     * Whether the document defines {@code name} by a value so far, or anywhere in inline math ("where $u = …$" below the
     * formula being read): a function whose body names it is differentiated once the step knows it
     * ({@link DocumentFunction#derivativeLeftAt}).
     */
    default boolean definedAnywhere(String name) {
        return false;
    }

    /**
     * Whether the document defines {@code name}, the own name of a magnitude written between bars ({@code absZ} of
     * {@code |Z(\omega)| = …}; {@link Magnitudes}), in a display or in inline math: then those bars read as that name.
     */
    default boolean namesMagnitude(String name) {
        return definesValue(name) || function(name).isPresent();
    }

    /**
     * Whether the document writes σ as a quantity ({@code \sigma^2}; {@link SigmaUse}),
     * so that {@code \sigma(…)} is σ times the bracket, not the sigmoid.
     */
    default boolean sigmaIsQuantity() {
        return false;
    }

    /**
     * Whether the document writes the letter {@code name} ({@code g}, {@code Phi}) only right before a parenthesis or primed,
     * never alone as a factor: Φ then names the normal CDF ({@link LatexNames#greekFunction}), where a design matrix Φ
     * stands alone ({@code \Phi w}, {@code \Phi^T \Phi}).
     */
    default boolean writesOnlyApplied(String name) {
        return false;
    }

    /**
     * Whether the document defines a logarithm of its own under a letter subscript ({@code \log_t(x) = …}, the tempered
     * logarithm; {@link OwnLogarithms}), so that {@code \log_t} is no logarithm in base t.
     */
    default boolean ownLogarithms() {
        return false;
    }

    /**
     * The names the document writes with two index letters and never with one ({@link PairedIndices}): there {@code w_{12}}
     * is the entry at 1 and 2.
     */
    default Set<String> pairedIndices() {
        return Set.of();
    }

    /**
     * The letters the other sides of the equation being read use as indices (its first side's
     * {@code \\partial \\theta_j}), so that {@code x_i^{(j)}} on one side reads j as the sample index
     * it is there too, not as a label of a new name.
     */
    default Set<String> equationIndexLetters() {
        return Set.of();
    }

    /**
     * The letters the statement's first side writes as indices when another side is read ({@code
     * \\frac{\\partial L}{\\partial z_i}}): a sum's index among them is free there, so a term after the sum
     * that uses it is not read into the sum's body.
     */
    default Set<String> headIndexLetters() {
        return Set.of();
    }

    /**
     * The letters the statement's other sides write as indices (after {@code _}), so that a pair sum
     * {@code \\sum_{i \\neq j}} whose j another side uses is the sum with the j-th term left out.
     */
    default Set<String> otherSidesIndexLetters() {
        return Set.of();
    }

    /**
     * Whether a defined one-parameter function's name before a bracket that holds an expression
     * ({@code k \left( \frac{1}{T} + … \right)} beside {@code k(T) = …}) is read as the function's value times the
     * bracket: the second reading of a side whose first reading took it as a call ({@link #calledOnExpression}).
     */
    default boolean bracketsMultiply() {
        return false;
    }

    /**
     * Told that {@code written}, a defined one-parameter function's name before a bracket that holds an expression, was
     * read as a call, where the author may mean the value times the bracket ({@link #bracketsMultiply}).
     */
    default void calledOnExpression(String written) {
    }

    /**
     * The function an announced inline formula of the prose defines under {@code name} ("Let $f(x) = x_1^2 + 3x_1x_2$"), where no
     * display defines it and the prose defines it once; empty otherwise. Read where the step needs the function's parameters
     * to read its notation ({@code \nabla f}); the step itself reads the body as a display definition's when it checks.
     */
    default Optional<DocumentFunction> inlineFunction(String name) {
        return Optional.empty();
    }

    /**
     * The parameters of the function the document defines under {@code name} ({@code f(x) = …}: x), where every
     * definition of it writes the same; empty where they are unknown.
     */
    default Optional<List<Expr>> functionParameters(String name) {
        return function(name).map(DocumentFunction::parameters);
    }

    /**
     * Whether the document defines {@code name} as a function somewhere in its display math, also
     * further down ({@link DefinedFunctions}): then {@code name(…)} is a call of it, whatever its argument.
     */
    default boolean definesFunction(String name) {
        return false;
    }

    /**
     * Told of each call of a function the document has not defined (yet), with the positions of the
     * arguments written as one example of a vector ({@code x^{(i)}}, whose components are {@code x_{ki}}):
     * the value read no longer shows how they were written, and a definition further down applies to them
     * ({@link DocumentFunction#appliedLate}).
     */
    default void calledBeforeDefinition(String name, java.util.Set<Integer> sampleArgs) {
    }

    /**
     * The value the document has defined {@code leaf} ({@code L}, {@code z_i}) to be so far, for an
     * evaluation bar that must take a derivative through it ({@link EvaluationBar}); empty if none.
     */
    default Optional<Expr> definedValue(Expr leaf) {
        return Optional.empty();
    }

    /**
     * The entry at which the statement being read is checked when its first side is a derivative by a
     * matrix and another side writes an outer product ({@link OuterProducts}): {@code ∂L/∂W} is read as
     * {@code ∂L/∂W_{ij}} and {@code (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top} as {@code (p_i - y_i) x_j}.
     */
    default Optional<MatrixEntry> matrixEntry() {
        return Optional.empty();
    }

    /**
     * The matrix {@code base} (symgrad's spelling of its name, bold or not) and the two entry indices.
     *
     * @param base   the matrix's name, {@code W}
     * @param row    the row index, {@code i}
     * @param column the column index, {@code j}
     */
    record MatrixEntry(String base, String row, String column) {
        /** Whether {@code name} (a name's base and suffix, no indices) is this matrix. */
        public boolean names(String name) {
            return base.equals(name);
        }
    }

    /**
     * Letters the document writes both in a script font and plain ({@code \mathcal{L}} beside {@code L};
     * {@link ScriptLetters}): there the script letter is a name of its own, {@code Lcal}.
     */
    default Set<String> scriptLettersApart() {
        return Set.of();
    }

    /**
     * Told that the name {@code name} (symgrad's spelling) was read from {@code base} with a subscript
     * some letters of which became part of the name ({@code w_{qh}} beside a defined h is the name wh with
     * the index q): {@code subscript} is it as written, each such letter and {@code #} where an index stands
     * ({@code #h}), so that a report can write the name back as the document did.
     */
    default void folded(String name, String base, String subscript) {
    }

    /**
     * Whether the document uses the bare π as a variable ({@link PiUse}): then {@code \pi} is read as the name
     * {@link PiUse#VARIABLE}, not as the number.
     */
    default boolean piIsAVariable() {
        return false;
    }

    /**
     * Whether the document uses the letter n as a quantity of its own ({@link NUse}): then its n, plain or indexed, is
     * read as the name {@link NUse#VARIABLE}, apart from the range size n.
     */
    default boolean nIsAVariable() {
        return false;
    }

    /**
     * Whether the document writes {@code name} (symgrad's spelling, {@code f}) as a family of functions, one per index,
     * none of which it defines: {@code f_i'(w)} ({@link DefinedFunctions#primedIndexed}). Then {@code f_i(w)} is the
     * member i at w, an abstract function of the index's value and w, not f_i times w.
     */
    default boolean indexedFunction(String name) {
        return false;
    }

    /** The letters the document uses as a time index of signals written as functions of it, {@code x(n - 1)} ({@link TimeIndices}). */
    default Set<String> timeIndices() {
        return Set.of();
    }

    /** The tokens of the one argument the document applies the sigmoid σ to, or none ({@link SigmaUse}). */
    default List<Token> sigmaArgument() {
        return List.of();
    }
}
