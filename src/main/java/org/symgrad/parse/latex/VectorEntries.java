package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Indices;
import org.symgrad.parse.latex.Shapes.Shape;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;
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
    /** The name a parameter of a document's function stands by while its body is printed ({@link Reader#substituted}). */
    private static final String PLACEHOLDER_NAME = "zzparameter";
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(
            "\\\\mathrm\\{" + PLACEHOLDER_NAME + "([a-z])\\}(?:_\\{([^{}]*)\\}|_([a-zA-Z0-9]))?");
    private static final String SUM_LETTERS = "klmnpqrsuvabcdefgh";
    private static final Set<String> BOLD = Set.of("\\mathbf", "\\boldsymbol", "\\bm", "\\mathbfit", "\\pmb", "\\vb");
    private static final Set<String> ENTRYWISE = Set.of("\\sigma", "\\tanh", "\\exp", "\\log", "\\ln", "\\sinh", "\\cosh",
            "\\sin", "\\cos", "sigmoid", "tanh", "exp", "log", "relu", "ReLU");

    /** Names written as vectors ({@code x}, {@code \theta}, {@code \hat{y}}) and as matrices, in the document so far. */
    private final Set<String> vectors = new LinkedHashSet<>();
    private final Set<String> matrices = new LinkedHashSet<>();
    /** Plain capitals read as matrices in the statement being read ({@link #seeCapitals}). */
    private final Set<String> capitals = new LinkedHashSet<>();
    /** Plain lower-case letters read as vectors in the statement being read: right after a matrix ({@link #seeColumns}). */
    private final Set<String> columns = new LinkedHashSet<>();
    /** The statement last read and its sides' entries, by the side's start offset. */
    private List<List<Token>> statement;
    private final Map<Integer, Translated> translated = new HashMap<>();
    /** The sides read with gradients by vectors as rows (numerator layout), by start offset. */
    private final Set<Integer> numeratorLayout = new java.util.HashSet<>();
    private final Set<Integer> rowGradientSides = new java.util.HashSet<>();
    /** The entry letters of every side read entry by entry, by start offset: what a pair compares. */
    private final Map<Integer, List<String>> entryLetters = new HashMap<>();
    private List<String> lastLetters = List.of();
    /** The matrices the document states are made of its samples ({@link SampleRows}), and the document they were found in. */
    private Map<String, SampleRows.Samples> samples = Map.of();
    private String samplesOf;
    /** The shapes the document declares ({@link Dimensions}), and the layout of vectors they say (rows, columns, or empty). */
    private Map<String, Dimensions.Declared> declared = Map.of();
    private Optional<Boolean> layout = Optional.empty();
    /** Letters the document writes bold and plain as one scalar ({@link BroadcastScalars}): bold, that scalar in every entry. */
    private Set<String> scalars = Set.of();
    /** Plain names with a layer label the document writes as vectors or matrices ({@link PlainVectors}), and those it defines so. */
    private PlainVectors.Found plain = new PlainVectors.Found(Set.of(), Set.of());
    private final Set<String> plainDefined = new LinkedHashSet<>();
    /** Plain labelled names a derivative is taken of or by in the statement being read, where it writes vectors ({@link #seeDerivatives}). */
    private final Set<String> plainHere = new LinkedHashSet<>();

    /** A side read entry by entry: its text in index notation at the entry letters, or why not (replacing the reader's message or not). */
    private record Translated(Optional<String> text, List<String> letters, Optional<InputException> problem, boolean replaces) {
    }

    /**
     * The reading of one side of a statement: {@code original} when it read, or when the side writes no vector
     * notation; else its entry read in index notation, or why it could not be.
     */
    public Reading read(List<Token> side, List<List<Token>> sides, String document, LatexContext context, Reading original) {
        if (!document.equals(samplesOf)) {
            samplesOf = document;
            samples = SampleRows.in(document);
            declared = Dimensions.in(document);
            layout = Dimensions.rowLayout(declared);
            scalars = BroadcastScalars.in(document);
            plain = PlainVectors.in(document);
            plainDefined.clear();
            for (Dimensions.Declared d : declared.values()) {
                // a name declared in bold is a vector or matrix from the start, though the document writes it bold later
                if (d.bold() && !d.key().contains("^")) {
                    (d.matrix() ? matrices : vectors).add(d.key());
                }
            }
        }
        if (sides != statement) {
            statement = sides;
            translated.clear();
            numeratorLayout.clear();
            plainHere.clear();
            sides.stream().filter(t -> t != null).forEach(this::see);
            translateStatement(sides, document, context);
        }
        Translated t = side.isEmpty() ? null : translated.get(side.get(0).getStartIndex());
        if (t == null) {
            return original;
        }
        if (t.problem().isPresent()) {
            return original.expr().isPresent() || !t.replaces() || !explicit(side) ? original
                    : new Reading(Optional.empty(), t.problem(), original.target(), original.notes(), original.rangeSizes(), false);
        }
        String text = t.text().orElseThrow();
        Reading r = LatexReader.read(LatexTokens.lex(text, 0, text.length()), text, context);
        if (r.expr().isEmpty()) {
            return original;
        }
        entryLetters.put(side.get(0).getStartIndex(), t.letters());
        lastLetters = t.letters().isEmpty() ? lastLetters : t.letters();
        List<ReadingNote> notes = new ArrayList<>(original.notes());
        notes.add(new ReadingNote("read entry by entry as " + Printer.ascii(r.expr().get())
                + (numeratorLayout.contains(side.get(0).getStartIndex()) ? ", a gradient by a vector standing as a row (numerator layout)" : ""),
                LatexSpans.of(document, side)));
        return new Reading(r.expr(), Optional.empty(), t.letters().isEmpty() ? original.target() : r.target(), notes,
                r.rangeSizes(), r.componentTaken());
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

    /** Remembers the names these tokens write in bold or with {@code \vec}. */
    private void see(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.FONT && BOLD.contains(t.getText()) || t.getType() == LatexLexer.DECOR && t.getText().equals("\\vec")) {
                int[] end = new int[1];
                Optional<String> name = nameAt(tokens, k + 1, end);
                if (name.isEmpty() || end[0] < tokens.size() && tokens.get(end[0]).getType() == LatexLexer.UNDERSCORE
                        || labelled(tokens, end[0])) {
                    continue;
                }
                String base = name.get();
                if (scalars.contains(base)) {
                    continue;
                }
                String key = k > 1 && tokens.get(k - 1).getType() == LatexLexer.LBRACE && tokens.get(k - 2).getType() == LatexLexer.DECOR
                        && !tokens.get(k - 2).getText().equals("\\vec") ? tokens.get(k - 2).getText() + "{" + base + "}" : base;
                (Character.isUpperCase(base.charAt(base.startsWith("\\") ? 1 : 0)) ? matrices : vectors).add(key);
            }
        }
    }

    /**
     * Plain capitals that stand as matrices in this statement: transposed ({@code A^T}), next to a vector or
     * matrix ({@code \mathbf{x}^T A \mathbf{x}}), or in the argument of a trace ({@code \operatorname{tr}(A^\top B)},
     * {@code \mathrm{tr}(AB)}: a trace is of a square matrix, so each capital multiplied there is a matrix, not a scalar).
     */
    private void seeCapitals(List<Token> tokens) {
        int[] traced = traceArguments(tokens);
        boolean[] grouped = groupsBesideVectors(tokens);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.WORD && t.getText().matches("[A-Z]{2,}") && traced[k] > 0) {
                // \operatorname{tr}(ABC): the lexer's word of capitals is their product in a trace
                t.getText().chars().forEach(ch -> capitals.add(String.valueOf((char) ch)));
                continue;
            }
            if (t.getType() != LatexLexer.LETTER || !Character.isUpperCase(t.getText().charAt(0)) || subscripted(tokens, k + 1)
                    || k > 0 && (tokens.get(k - 1).getType() == LatexLexer.LBRACE || tokens.get(k - 1).getType() == LatexLexer.FONT)) {
                continue;
            }
            boolean transposed = k + 1 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.CARET
                    && k + 2 < tokens.size() && (tokens.get(k + 2).getType() == LatexLexer.TRANSPOSE || tokens.get(k + 2).getText().equals("T")
                    || tokens.get(k + 2).getType() == LatexLexer.LBRACE && k + 3 < tokens.size()
                    && (tokens.get(k + 3).getType() == LatexLexer.TRANSPOSE || tokens.get(k + 3).getText().equals("T")));
            boolean besideVector = k + 1 < tokens.size() && startsVector(tokens, k + 1) || k > 0 && endsVector(tokens, k - 1);
            if (transposed || besideVector || traced[k] > 0 || grouped[k]) {
                capitals.add(t.getText());
            }
        }
    }

    /**
     * Plain lower-case letters that stand as vectors in this statement: written right after a matrix, unscripted
     * ({@code \mathbf{W}x}, {@code \mathbf{A}x} with A bold, or A a capital read as a matrix), so that {@code \mathbf{W}x},
     * {@code \mathbf{W}\mathbf{x}} and {@code \mathbf{Wx}} read alike. A letter the document adds to entries as one
     * scalar ({@link BroadcastScalars}) or writes with a subscript in the statement stays a scalar.
     */
    private void seeColumns(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() != LatexLexer.LETTER || !Character.isLowerCase(t.getText().charAt(0)) || scalars.contains(t.getText())
                    || k + 1 < tokens.size() && (tokens.get(k + 1).getType() == LatexLexer.UNDERSCORE
                    || tokens.get(k + 1).getType() == LatexLexer.CARET || tokens.get(k + 1).getType() == LatexLexer.LPAREN)
                    || componentIn(tokens, t.getText())) {
                continue;
            }
            Token before = tokens.get(k - 1);
            boolean boldCapital = before.getType() == LatexLexer.RBRACE && k >= 4 && tokens.get(k - 3).getType() == LatexLexer.LBRACE
                    && tokens.get(k - 4).getType() == LatexLexer.FONT && BOLD.contains(tokens.get(k - 4).getText())
                    && (tokens.get(k - 2).getType() == LatexLexer.LETTER || tokens.get(k - 2).getType() == LatexLexer.GREEK)
                    && Character.isUpperCase(tokens.get(k - 2).getText().charAt(tokens.get(k - 2).getText().startsWith("\\") ? 1 : 0));
            boolean plainMatrix = before.getType() == LatexLexer.LETTER && (matrices.contains(before.getText()) || capitals.contains(before.getText()))
                    && !(k >= 2 && (tokens.get(k - 2).getType() == LatexLexer.UNDERSCORE || tokens.get(k - 2).getType() == LatexLexer.CARET
                    || tokens.get(k - 2).getType() == LatexLexer.LBRACE || tokens.get(k - 2).getType() == LatexLexer.FONT));
            if (boldCapital || plainMatrix || addedToPlainVector(tokens, k)) {
                columns.add(t.getText());
            }
        }
    }

    /**
     * Whether the letter at {@code k} is a whole term of a sum in a bracket that holds a plain labelled vector
     * ({@code (y^{(2)} - t)^T}) and the document writes its components ({@code t_j}) elsewhere: a vector of the same length.
     */
    private boolean addedToPlainVector(List<Token> tokens, int k) {
        int before = tokens.get(k - 1).getType();
        int after = k + 1 < tokens.size() ? tokens.get(k + 1).getType() : LatexLexer.RPAREN;
        if (before != LatexLexer.PLUS && before != LatexLexer.MINUS && before != LatexLexer.LPAREN
                || after != LatexLexer.PLUS && after != LatexLexer.MINUS && after != LatexLexer.RPAREN
                || !BroadcastScalars.subscripted(samplesOf, tokens.get(k).getText())) {
            return false;
        }
        int open = k;
        for (int level = 0; open >= 0; open--) {
            int type = tokens.get(open).getType();
            level += type == LatexLexer.RPAREN ? 1 : type == LatexLexer.LPAREN ? -1 : 0;
            if (level < 0) {
                break;
            }
        }
        for (int j = Math.max(open + 1, 0), level = 0; j < tokens.size() && level >= 0; j++) {
            int type = tokens.get(j).getType();
            level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
            Optional<PlainLabelled> p = level == 0 ? plainLabelled(tokens, j) : Optional.empty();
            if (p.isPresent() && knownPlain(p.get().key()) && !capital(p.get().key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether these tokens write the letter with a subscript ({@code x_j}): a component, so the plain letter is no vector here. */
    private static boolean componentIn(List<Token> tokens, String letter) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).getType() == LatexLexer.LETTER && tokens.get(k).getText().equals(letter)
                    && tokens.get(k + 1).getType() == LatexLexer.UNDERSCORE) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is a vector: written bold in the document so far, or standing as one in this statement. */
    private boolean isVector(String name) {
        return vectors.contains(name) || columns.contains(name);
    }

    /**
     * The tokens at the top level of a bracket written beside a vector ({@code \mathbf{u}^T (X + X)\mathbf{v}},
     * {@code (A + B)\mathbf{x}}): a bracket that is no call's arguments, multiplied by a vector on its right or
     * ending a vector on its left, holds a matrix, so the capitals added or multiplied in it are matrices.
     */
    private boolean[] groupsBesideVectors(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        for (int p = 0; p < tokens.size(); p++) {
            if (tokens.get(p).getType() != LatexLexer.LPAREN) {
                continue;
            }
            if (p > 0) {
                int before = tokens.get(p - 1).getType();
                boolean transpose = before == LatexLexer.TRANSPOSE
                        || before == LatexLexer.LETTER && p >= 2 && tokens.get(p - 2).getType() == LatexLexer.CARET
                        || before == LatexLexer.RBRACE && p >= 4 && tokens.get(p - 3).getType() == LatexLexer.LBRACE
                        && tokens.get(p - 4).getType() == LatexLexer.CARET;
                if (!transpose && (before == LatexLexer.LETTER || before == LatexLexer.GREEK || before == LatexLexer.FUNC
                        || before == LatexLexer.TEXT || before == LatexLexer.CMD || before == LatexLexer.WORD
                        || before == LatexLexer.RBRACE && !endsVector(tokens, p - 1))) {
                    continue; // f(A), \sigma(A), \operatorname{f}(A): a call
                }
            }
            int level = 0;
            int q = -1;
            for (int j = p; j < tokens.size(); j++) {
                int type = tokens.get(j).getType();
                level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                if (level == 0) {
                    q = j;
                    break;
                }
            }
            boolean afterVector = p > 0 && (endsVector(tokens, p - 1) || p >= 2 && tokens.get(p - 1).getType() != LatexLexer.RBRACE
                    && transposedVector(tokens, p - 1));
            if (q < 0 || !(q + 1 < tokens.size() && startsVector(tokens, q + 1) || afterVector)) {
                continue;
            }
            int depth = 0;
            for (int j = p + 1; j < q; j++) {
                int type = tokens.get(j).getType();
                if (type == LatexLexer.LPAREN || type == LatexLexer.LBRACE) {
                    depth++;
                } else if (type == LatexLexer.RPAREN || type == LatexLexer.RBRACE) {
                    depth--;
                } else if (depth == 0) {
                    out[j] = true;
                }
            }
        }
        return out;
    }

    /** Whether the token at {@code k} ends a transposed vector: {@code \mathbf{u}^T}, {@code \mathbf{u}^\top}. */
    private boolean transposedVector(List<Token> tokens, int k) {
        int caret = tokens.get(k).getType() == LatexLexer.TRANSPOSE ? k - 1 : k - 1;
        if (caret < 1 || tokens.get(caret).getType() != LatexLexer.CARET) {
            return false;
        }
        return endsVector(tokens, caret - 1);
    }

    /** For each token, how many trace arguments ({@code tr(…)}, {@code \operatorname{tr}\left(…\right)}) it stands in. */
    private static int[] traceArguments(List<Token> tokens) {
        int[] depth = new int[tokens.size() + 1];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int open = -1;
            String text = t.getText().replaceAll("\\s", "");
            if ((t.getType() == LatexLexer.TEXT || t.getType() == LatexLexer.CMD || t.getType() == LatexLexer.FUNC
                    || t.getType() == LatexLexer.WORD)
                    && text.matches("(\\\\(operatorname\\*?|mathrm|text)\\{)?\\\\?(tr|Tr|trace)\\}?") && k + 1 < tokens.size()) {
                open = k + 1;
            } else if (t.getType() == LatexLexer.LETTER && t.getText().equals("t") && k + 2 < tokens.size()
                    && tokens.get(k + 1).getText().equals("r") && tokens.get(k + 1).getType() == LatexLexer.LETTER) {
                open = k + 2;
            }
            if (open < 0 || tokens.get(open).getType() != LatexLexer.LPAREN) {
                continue;
            }
            int level = 0;
            for (int j = open; j < tokens.size(); j++) {
                int type = tokens.get(j).getType();
                level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                if (level == 0) {
                    for (int m = open + 1; m < j; m++) {
                        depth[m]++;
                    }
                    break;
                }
            }
        }
        return depth;
    }

    private boolean startsVector(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int[] end = new int[1];
        return t.getType() == LatexLexer.FONT && BOLD.contains(t.getText()) || t.getType() == LatexLexer.DECOR && t.getText().equals("\\vec")
                || (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && isVector(t.getText()) && !subscripted(tokens, k + 1)
                || t.getType() == LatexLexer.INDICATOR && nameAt(tokens, k, end).isEmpty() && !subscripted(tokens, k + 1);
    }

    private boolean endsVector(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.getType() == LatexLexer.RBRACE && k >= 3 && tokens.get(k - 2).getType() == LatexLexer.LBRACE
                && (tokens.get(k - 3).getType() == LatexLexer.FONT && BOLD.contains(tokens.get(k - 3).getText()))) {
            return true;
        }
        if (t.getType() == LatexLexer.GREEK && k >= 1 && tokens.get(k - 1).getType() == LatexLexer.FONT) {
            return true;
        }
        return (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) && isVector(t.getText())
                && !(k > 0 && tokens.get(k - 1).getType() == LatexLexer.UNDERSCORE);
    }

    /**
     * Whether a label superscript starts at {@code k} after a bold name: {@code ^{(1)}}, {@code ^{[2]}}, or one letter other
     * than T ({@code ^a}, {@code ^{s}}, {@link #letterLabel}).
     */
    private static boolean labelled(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.CARET) {
            return false;
        }
        int end = LatexTokens.argumentEnd(tokens, k + 1);
        if (end < 0) {
            return false;
        }
        List<Token> script = tokens.subList(tokens.get(k + 1).getType() == LatexLexer.LBRACE ? k + 2 : k + 1,
                tokens.get(k + 1).getType() == LatexLexer.LBRACE ? end - 1 : end);
        return !script.isEmpty() && (script.get(0).getType() == LatexLexer.LPAREN || script.get(0).getType() == LatexLexer.LBRACK)
                || script.size() == 1 && letterLabel(script.get(0).getText());
    }

    /**
     * A letter above a bold name labels it, as the reader reads it (LATEX-INPUT M7; NameScripts#isLabelLetter): a vector or
     * matrix is not raised to a power, so {@code \mathbf{h}^a} and {@code \mathbf{h}^s} are two vectors (pre- and
     * post-activation), {@code \mathbf{W}^l} the matrix of layer l, each with entries h^{(a)}_i, W^{(l)}_{ij}. T is the transpose.
     */
    private static boolean letterLabel(String script) {
        return script.matches("[a-zA-Z]") && !script.equals("T");
    }

    /** The letter or Greek name at {@code k} ({@code x}, {@code {x}}, {@code \theta}, {@code {\theta}}); end set past it. */
    private static Optional<String> nameAt(List<Token> tokens, int k, int[] end) {
        if (k >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(k);
        if (t.getType() == LatexLexer.LETTER || t.getType() == LatexLexer.GREEK) {
            end[0] = k + 1;
            return Optional.of(t.getText());
        }
        if (t.getType() == LatexLexer.LBRACE && k + 2 < tokens.size() && tokens.get(k + 2).getType() == LatexLexer.RBRACE
                && (tokens.get(k + 1).getType() == LatexLexer.LETTER || tokens.get(k + 1).getType() == LatexLexer.GREEK)) {
            end[0] = k + 3;
            return Optional.of(tokens.get(k + 1).getText());
        }
        return Optional.empty();
    }

    private void translateStatement(List<List<Token>> sides, String document, LatexContext context) {
        capitals.clear();
        sides.stream().filter(t -> t != null).forEach(this::seeCapitals);
        columns.clear();
        sides.stream().filter(t -> t != null).forEach(this::seeColumns);
        seeDerivatives(sides);
        Set<String> used = new LinkedHashSet<>();
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
        List<List<Token>> vectorSides = new ArrayList<>();
        boolean needed = false;
        boolean scalarSide = false;
        boolean plainSides = false;
        for (List<Token> side : sides) {
            if (side != null && !side.isEmpty() && hasVectorNotation(side, 0, side.size() - 1)) {
                vectorSides.add(side);
                // a plain labelled vector reads as a scalar: the reader's reading of it is no reading of the vector
                boolean writesPlain = writesPlain(side);
                plainSides |= writesPlain;
                needed |= writesPlain || LatexReader.read(side, document, context).expr().isEmpty();
            } else if (side != null && !side.isEmpty()) {
                scalarSide = true;
            }
        }
        // a definition of a vector by name that the reader takes at a component (\hat{\mathbf{y}} = softmax(\mathbf{o}),
        // LATEX-INPUT M5) is the definitions' to read
        if (!needed) {
            return;
        }
        // — unless a later side is no such component (\hat{\mathbf{y}} = softmax(\boldsymbol{\theta}) = \frac{e^{\boldsymbol{\theta}}}{…}):
        // then every side is read entry by entry, the definition too
        if (!plainSides && sides.get(0) != null && (bareName(sides.get(0)) || labelledName(sides.get(0)))
                && hasVectorNotation(sides.get(0), 0, sides.get(0).size() - 1)) {
            boolean taken = false;
            boolean unread = false;
            for (List<Token> side : sides.subList(1, sides.size())) {
                if (side != null && !side.isEmpty()) {
                    boolean read = LatexReader.read(side, document, context, letters.get(0)).expr().isPresent();
                    taken |= read;
                    unread |= !read;
                }
            }
            if (taken && !unread) {
                return;
            }
        }
        // vectors as columns, else as rows; where the document declares its layout (\boldsymbol{b}_1: 1 \times H), that
        // first, and the other only for a statement that writes no name it declares
        boolean rowsFirst = layout.orElse(false);
        Map<Integer, Translated> first = translateAll(vectorSides, document, context, letters, used, rowsFirst);
        boolean fits = first.values().stream().allMatch(t -> t.problem().isEmpty());
        Map<Integer, Translated> chosen = first;
        if (!fits && (layout.isEmpty() || !writesDeclared(vectorSides))) {
            Map<Integer, Translated> other = translateAll(vectorSides, document, context, letters, used, !rowsFirst);
            if (other.values().stream().allMatch(t -> t.problem().isEmpty())) {
                chosen = other;
            } else if (!rowsFirst) {
                // vectors as columns and a gradient by a vector as a row, the numerator layout of a chain rule written
                // left to right (∂E/∂z ∂z/∂y = (y − t)ᵀ W): the gradient's entries are the same, only how it stands differs
                Map<Integer, Translated> numerator = translateAll(vectorSides, document, context, letters, used, false, true);
                if (numerator.values().stream().allMatch(t -> t.problem().isEmpty())) {
                    chosen = numerator;
                    numeratorLayout.addAll(rowGradientSides);
                }
            }
        }
        // a vector side beside a side without vectors (\nabla_{\mathbf{w}} J = 0): not an identity of entries
        if (scalarSide && chosen.values().stream().anyMatch(t -> !t.letters().isEmpty())) {
            definedPlain.ifPresent(plainDefined::remove);
            return;
        }
        translated.putAll(chosen);
        Translated head = chosen.get(sides.get(0) == null || sides.get(0).isEmpty() ? -1 : sides.get(0).get(0).getStartIndex());
        if (definedPlain.isPresent() && (head == null || head.problem().isPresent())) {
            plainDefined.remove(definedPlain.get());
        }
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
        Optional<PlainLabelled> name = plainLabelled(sides.get(0), 0);
        if (name.isEmpty() || name.get().transposed() || name.get().end() != sides.get(0).size() || knownPlain(name.get().key())) {
            return Optional.empty();
        }
        List<List<Token>> others = new ArrayList<>();
        for (List<Token> side : sides.subList(1, sides.size())) {
            if (side == null || side.isEmpty() || !hasVectorNotation(side, 0, side.size() - 1)) {
                return Optional.empty();
            }
            others.add(side);
        }
        int rank = capital(name.get().key()) ? 2 : 1;
        Map<Integer, Translated> read = translateAll(others, document, context, letters, used, layout.orElse(false));
        boolean fits = read.values().stream().allMatch(t -> t.problem().isEmpty() && t.letters().size() == rank);
        return fits ? Optional.of(name.get().key()) : Optional.empty();
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
                return bareName(side.subList(0, k)) && labelled(side, k) && LatexTokens.argumentEnd(side, k + 1) == side.size();
            }
        }
        return false;
    }

    /** Whether the side is only a name: {@code \mathbf{z}}, {@code \hat{\mathbf{y}}}, {@code \vec{v}}, {@code G}. */
    private static boolean bareName(List<Token> side) {
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
        Reader reader = new Reader(document, context, used, letters, rowVectors);
        reader.gradientRows = gradientRows;
        rowGradientSides.clear();
        List<Shape> shapes = new ArrayList<>();
        for (List<Token> side : sides) {
            int start = side.get(0).getStartIndex();
            try {
                reader.tokens = side;
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
                out.put(start, new Translated(Optional.empty(), List.of(), Optional.of(new InputException(
                        "could not read " + u.what + " entry by entry: " + u.getMessage(), LatexSpans.of(document, u.where))), u.conflict));
            } catch (InputException e) {
                out.put(start, new Translated(Optional.empty(), List.of(), Optional.of(e), false));
            }
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

    private static String describe(Shape s) {
        return switch (s.rank()) {
            case 0 -> "a scalar";
            case 1 -> "a vector";
            default -> "a matrix";
        };
    }

    /** Whether the tokens write a vector or matrix in bold, with {@code \vec}, as {@code \mathbf{1}}, or with a transpose. */
    private static boolean explicit(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.getType() == LatexLexer.FONT && BOLD.contains(t.getText()) || t.getType() == LatexLexer.TRANSPOSE
                    || t.getType() == LatexLexer.DECOR && t.getText().equals("\\vec")
                    || t.getType() == LatexLexer.INDICATOR && !subscripted(tokens, k + 1)
                    || t.getText().equals("T") && k > 0 && tokens.get(k - 1).getType() == LatexLexer.CARET) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens from {@code from} to {@code to} write a vector or matrix. */
    private boolean hasVectorNotation(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            boolean scripted = false;
            int[] end = new int[1];
            switch (t.getType()) {
                case LatexLexer.FONT -> {
                    if (BOLD.contains(t.getText()) && (nameAt(tokens, k + 1, end).isPresent() || k + 3 <= to
                            && tokens.get(k + 1).getType() == LatexLexer.LBRACE && tokens.get(k + 3).getType() == LatexLexer.UNDERSCORE
                            && (tokens.get(k + 2).getType() == LatexLexer.LETTER || tokens.get(k + 2).getType() == LatexLexer.GREEK))) {
                        // \mathbf{x}, and \mathbf{x_i} with its subscript inside the braces
                        return true;
                    }
                }
                case LatexLexer.DECOR -> {
                    if (t.getText().equals("\\vec")) {
                        return true;
                    }
                    Optional<String> n = nameAt(tokens, k + 1, end);
                    if (n.isPresent() && vectors.contains(t.getText() + "{" + n.get() + "}") && !subscripted(tokens, end[0])) {
                        return true;
                    }
                }
                case LatexLexer.INDICATOR -> {
                    if (!subscripted(tokens, k + 1) && !(k + 1 < tokens.size() && tokens.get(k + 1).getType() == LatexLexer.LBRACK)) {
                        return true;
                    }
                }
                case LatexLexer.TRANSPOSE -> {
                    return true;
                }
                case LatexLexer.WORD -> {
                    if (matrixWord(t.getText())) {
                        return true;
                    }
                }
                case LatexLexer.LETTER, LatexLexer.GREEK -> {
                    Optional<PlainLabelled> labelled = plainLabelled(tokens, k);
                    if (labelled.isPresent() && labelled.get().end() - 1 <= to && knownPlain(labelled.get().key())) {
                        return true;
                    }
                    scripted = subscripted(tokens, k + 1);
                    boolean decorated = k > 1 && tokens.get(k - 1).getType() == LatexLexer.LBRACE && tokens.get(k - 2).getType() == LatexLexer.DECOR
                            || k > 0 && tokens.get(k - 1).getType() == LatexLexer.DECOR;
                    if (!scripted && !decorated && (isVector(t.getText()) || matrices.contains(t.getText())
                            || capitals.contains(t.getText()))) {
                        return true;
                    }
                    if (t.getText().equals("T") && k > 0 && (tokens.get(k - 1).getType() == LatexLexer.CARET
                            || k > 1 && tokens.get(k - 1).getType() == LatexLexer.LBRACE && tokens.get(k - 2).getType() == LatexLexer.CARET)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** {@code \mathbf y} without its font. */
    private static String stripBold(String t) {
        for (String font : List.of("\\mathbfit", "\\mathbf", "\\boldsymbol", "\\bm", "\\pmb", "\\vb")) {
            if (t.startsWith(font) && t.length() > font.length()) {
                return t.substring(font.length());
            }
        }
        return t;
    }

    private static boolean subscripted(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).getType() == LatexLexer.UNDERSCORE;
    }

    /** A plain name with a layer label, as written at a token ({@code y^{(1)}}, {@code W^{(2)}}, {@code y^{(1)T}}), and the token past it. */
    private record PlainLabelled(String key, boolean transposed, int end) {
    }

    /**
     * The plain name with a layer label at {@code k}: not bold or decorated, its label a number or a capital in parentheses
     * ({@link PlainVectors}), perhaps with a transpose
     * after it ({@code y^{(1)T}}); empty where a subscript follows ({@code y^{(2)}_k}, a component).
     */
    private static Optional<PlainLabelled> plainLabelled(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.getType() != LatexLexer.LETTER && t.getType() != LatexLexer.GREEK || k > 0 && (tokens.get(k - 1).getType() == LatexLexer.FONT
                || tokens.get(k - 1).getType() == LatexLexer.DECOR || tokens.get(k - 1).getType() == LatexLexer.LBRACE && k > 1
                && (tokens.get(k - 2).getType() == LatexLexer.FONT || tokens.get(k - 2).getType() == LatexLexer.DECOR))) {
            return Optional.empty();
        }
        int m = k + 1;
        if (m + 3 >= tokens.size() || tokens.get(m).getType() != LatexLexer.CARET || tokens.get(m + 1).getType() != LatexLexer.LBRACE
                || tokens.get(m + 2).getType() != LatexLexer.LPAREN) {
            return Optional.empty();
        }
        StringBuilder label = new StringBuilder();
        for (m += 3; m < tokens.size() && tokens.get(m).getType() == LatexLexer.DIGIT; m++) {
            label.append(tokens.get(m).getText());
        }
        if (label.isEmpty() && m < tokens.size() && tokens.get(m).getType() == LatexLexer.LETTER
                && Character.isUpperCase(tokens.get(m).getText().charAt(0))) {
            label.append(tokens.get(m++).getText());
        }
        if (label.isEmpty() || m >= tokens.size() || tokens.get(m).getType() != LatexLexer.RPAREN) {
            return Optional.empty();
        }
        m++;
        boolean transposed = m < tokens.size() && (tokens.get(m).getType() == LatexLexer.TRANSPOSE || tokens.get(m).getText().equals("T"));
        m += transposed ? 1 : 0;
        if (m >= tokens.size() || tokens.get(m).getType() != LatexLexer.RBRACE || subscripted(tokens, m + 1)) {
            return Optional.empty();
        }
        return Optional.of(new PlainLabelled(PlainVectors.key(t.getText(), label.toString()), transposed, m + 1));
    }

    /** Whether the plain labelled name is a vector or matrix of the document. */
    private boolean knownPlain(String key) {
        return plain.contains(key) || plainDefined.contains(key) || plainHere.contains(key);
    }

    /**
     * In a statement that writes vector notation, the plain labelled names a derivative is taken of or by
     * ({@code \frac{\partial E}{\partial z^{(2)}} \frac{\partial z^{(2)}}{\partial y^{(1)}} = (y^{(2)} - t)^T W^{(2)}}): the
     * layer's vector (a capital: its matrix), as the derivative of a vector side is a gradient or Jacobian; not a
     * statement without other vector notation, where ∂E/∂z^{(2)} is a derivative by a scalar.
     */
    private void seeDerivatives(List<List<Token>> sides) {
        seePlainMatrices(sides);
        boolean vectorStatement = sides.stream().anyMatch(t -> t != null && !t.isEmpty() && hasVectorNotation(t, 0, t.size() - 1));
        if (!vectorStatement) {
            return;
        }
        for (List<Token> side : sides) {
            for (int k = 0; side != null && k + 1 < side.size(); k++) {
                Optional<PlainLabelled> p = side.get(k).getType() == LatexLexer.PARTIAL ? plainLabelled(side, k + 1) : Optional.empty();
                if (p.isPresent() && !p.get().transposed()) {
                    plainHere.add(p.get().key());
                }
            }
        }
    }

    /**
     * The plain labelled capitals of the statement multiplied by a vector on their right ({@code W^{(2)} y^{(1)}},
     * {@code W^{(2)} (y^{(2)} - t)}, {@code W^{(1)} \mathbf{x}}): matrices, not scalars multiplying each entry.
     */
    private void seePlainMatrices(List<List<Token>> sides) {
        for (List<Token> side : sides) {
            for (int k = 0; side != null && k < side.size(); k++) {
                Optional<PlainLabelled> p = plainLabelled(side, k);
                if (p.isEmpty() || !capital(p.get().key()) || knownPlain(p.get().key()) || p.get().end() >= side.size()) {
                    continue;
                }
                int next = p.get().end();
                Optional<PlainLabelled> after = plainLabelled(side, next);
                boolean vector = after.isPresent() && knownPlain(after.get().key()) && !capital(after.get().key())
                        || startsVector(side, next);
                if (!vector && side.get(next).getType() == LatexLexer.LPAREN) {
                    for (int j = next + 1, level = 0; j < side.size() && level >= 0 && !vector; j++) {
                        int type = side.get(j).getType();
                        level += type == LatexLexer.LPAREN ? 1 : type == LatexLexer.RPAREN ? -1 : 0;
                        Optional<PlainLabelled> inside = level == 0 ? plainLabelled(side, j) : Optional.empty();
                        vector = inside.isPresent() && knownPlain(inside.get().key()) && !capital(inside.get().key());
                    }
                }
                if (vector) {
                    plainHere.add(p.get().key());
                }
            }
        }
    }

    /** Whether the tokens write a plain labelled name the document makes a vector or matrix. */
    private boolean writesPlain(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Optional<PlainLabelled> p = plainLabelled(tokens, k);
            if (p.isPresent() && knownPlain(p.get().key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a run of capitals read as matrices in this statement ({@code ABC} in {@code \operatorname{tr}(ABC)}). */
    private boolean matrixWord(String word) {
        return word.matches("[A-Z]{2,}") && word.chars().allMatch(ch -> capitals.contains(String.valueOf((char) ch))
                || matrices.contains(String.valueOf((char) ch)));
    }

    private static boolean capital(String key) {
        return Character.isUpperCase(key.charAt(key.startsWith("\\") ? 1 : 0));
    }

    /** What could not be read, and where. */
    private static final class Unread extends RuntimeException {
        private final ParserRuleContext where;
        private final String what;
        private final boolean conflict;

        Unread(String message, ParserRuleContext where, String what, boolean conflict) {
            super(message, null, false, false);
            this.where = where;
            this.what = what;
            this.conflict = conflict;
        }
    }

    /** The entry of an expression at a row and a column index (null where the dimension is one). */
    @FunctionalInterface
    private interface Emit {
        String at(String row, String column);
    }

    /** A vector or matrix name as written, without its font ({@code x}, {@code \hat{y}}, {@code W}). */
    private record VectorName(String key, boolean matrix) {
    }

    private record Node(Shape shape, Emit emit) {
        boolean scalar() {
            return shape.scalar();
        }
    }

    /** One reading of a statement's sides, with one convention for vectors (columns, or rows). */
    private final class Reader {
        private final String document;
        private final LatexContext context;
        private final Set<String> used;
        private final boolean rowVectors;
        private final Shapes shapes = new Shapes();
        private final Map<String, Shape> names = new HashMap<>();
        /** The dimensions the document names in its declarations, as this reading numbers them. */
        private final Map<String, Integer> dimensions = new LinkedHashMap<>();
        private int nextSum;
        /** The calls of functions the document defines of vectors read in this reading, with their vector arguments. */
        private final Map<String, List<Node>> calls = new HashMap<>();
        /** Whether the factor just read is a function of a vector written without parentheses ({@code \log \mathbf{x}}). */
        private boolean bareFunction;
        List<Token> tokens;
        /** Whether a derivative of a scalar by a vector stands as a row (numerator layout) while vectors stand as columns. */
        boolean gradientRows;
        /** How many gradients by vectors this reading stood as rows. */
        int rowGradients;

        Reader(String document, LatexContext context, Set<String> used, List<String> entry, boolean rowVectors) {
            this.document = document;
            this.context = context;
            this.used = new LinkedHashSet<>(used);
            this.used.addAll(entry);
            this.rowVectors = rowVectors;
        }

        private String text(ParserRuleContext ctx) {
            return document.substring(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex() + 1);
        }

        /** A construct this reading does not take: the side keeps the reader's own message. */
        private Unread unread(String message, ParserRuleContext where) {
            return new Unread(message, where, text(where), false);
        }

        /** Shapes that do not fit, or a notation that could be read more than one way: this message replaces the reader's. */
        private Unread conflict(String message, ParserRuleContext where) {
            return new Unread(message, where, text(where), true);
        }

        private String sumLetter() {
            while (nextSum < SUM_LETTERS.length()) {
                String l = String.valueOf(SUM_LETTERS.charAt(nextSum++));
                if (!used.contains(l)) {
                    return l;
                }
            }
            throw new InputException("too many sums for the entry-by-entry reading");
        }

        private boolean vectorIn(ParserRuleContext ctx) {
            int from = indexOf(ctx.getStart());
            int to = indexOf(ctx.getStop());
            return from >= 0 && to >= from && hasVectorNotation(tokens, from, to);
        }

        private int indexOf(Token t) {
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).getStartIndex() == t.getStartIndex() && tokens.get(k).getType() == t.getType()) {
                    return k;
                }
            }
            return -1;
        }

        /** A subtree without vectors: itself, a scalar. */
        private Node verbatim(ParserRuleContext ctx) {
            String t = "{" + text(ctx) + "}";
            return new Node(Shape.SCALAR, (r, c) -> t);
        }

        private Shape vectorShape() {
            int d = shapes.fresh();
            return rowVectors ? new Shape(Shapes.ONE, d) : new Shape(d, Shapes.ONE);
        }

        /** The shape the document declares for the name ({@code \mathbf{W}_1: D_x \times H}), one dimension per name written. */
        private Optional<Shape> declaredShape(String key) {
            Dimensions.Declared d = declared.get(key);
            if (d == null) {
                return Optional.empty();
            }
            if (d.lengthOnly()) {
                int n = dimension(d.rows());
                return Optional.of(n == Shapes.ONE ? Shape.SCALAR : rowVectors ? new Shape(Shapes.ONE, n) : new Shape(n, Shapes.ONE));
            }
            return Optional.of(new Shape(dimension(d.rows()), dimension(d.columns())));
        }

        private int dimension(String written) {
            return written.equals("1") ? Shapes.ONE : dimensions.computeIfAbsent(written, w -> shapes.freshNamed());
        }

        /** A shape as the document would write it: {@code 1 × H}, a size it does not declare as ?. */
        private String written(Shape s) {
            return dimensionName(s.rows()) + " × " + dimensionName(s.columns());
        }

        private String dimensionName(int d) {
            if (shapes.isOne(d)) {
                return "1";
            }
            for (Map.Entry<String, Integer> e : dimensions.entrySet()) {
                if (shapes.same(d, e.getValue())) {
                    return e.getKey();
                }
            }
            return "?";
        }

        private Node named(String key, String base, boolean matrix) {
            Shape s = names.computeIfAbsent(key, k -> declaredShape(k).orElseGet(() -> matrix ? new Shape(shapes.fresh(), shapes.fresh())
                    : vectorShape()));
            SampleRows.Samples made = matrix ? samples.get(key) : null;
            if (made != null) {
                // X with rows x_i^T: X_rc is the c-th entry of the r-th sample, x_{r c}, as the reader reads \mathbf{x}_i in a sum
                return new Node(s, (r, c) -> made.vector() + "_{" + (made.rows() ? r + " " + c : c + " " + r) + "}");
            }
            if (matrix) {
                return new Node(s, (r, c) -> base + "_{" + r + " " + c + "}");
            }
            return new Node(s, (r, c) -> base + "_{" + (r != null ? r : c) + "}");
        }

        Node expr(LatexParser.ExprContext ctx) {
            if (!vectorIn(ctx)) {
                return verbatim(ctx);
            }
            if (ctx.evalBar() != null) {
                throw unread("an evaluation bar on a vector", ctx);
            }
            Node acc = term(ctx.term(0));
            for (int k = 1; k < ctx.term().size(); k++) {
                Node next = term(ctx.term(k));
                String op = ctx.addOp(k - 1).getText();
                if (op.equals("\\pm")) {
                    throw unread("± between vectors", ctx);
                }
                acc = sum(acc, next, op, ctx);
            }
            return acc;
        }

        private Node sum(Node a, Node b, String op, ParserRuleContext where) {
            Shape s;
            if (a.scalar() && !b.scalar()) {
                s = b.shape();
            } else if (b.scalar() && !a.scalar()) {
                s = a.shape();
            } else if (shapes.unify(a.shape(), b.shape())) {
                s = a.shape();
            } else {
                throw conflict("a sum of a row and a column, or of a vector and a matrix", where);
            }
            Node x = a;
            Node y = b;
            return new Node(s, (r, c) -> x.emit().at(x.scalar() ? null : r, x.scalar() ? null : c) + " " + op + " "
                    + y.emit().at(y.scalar() ? null : r, y.scalar() ? null : c));
        }

        private Node term(LatexParser.TermContext ctx) {
            if (!vectorIn(ctx)) {
                return verbatim(ctx);
            }
            List<ParseTree> items = new ArrayList<>();
            for (int k = 0; k < ctx.getChildCount(); k++) {
                items.add(ctx.getChild(k));
            }
            return product(items, 0, ctx);
        }

        /** The product of the items from {@code from} on: signed factors and the operators between them. */
        private Node product(List<ParseTree> items, int from, ParserRuleContext whole) {
            Node acc = null;
            int k = from;
            while (k < items.size()) {
                String op = "";
                if (items.get(k) instanceof LatexParser.MulOpContext m) {
                    op = m.getText();
                    k++;
                }
                ParseTree item = items.get(k);
                Optional<Node> operator = derivativeOperator(item, items, k, whole);
                if (operator.isPresent()) {
                    return multiply(acc, operator.get(), op, whole);
                }
                int word = word(items, k);
                Node next;
                if (word > k) {
                    String w = wordOf(items, k, word);
                    ParserRuleContext last = (ParserRuleContext) items.get(word);
                    Optional<Node> defined = documentCall(w, callArgs(last), document.substring(((ParserRuleContext) items.get(k)).getStart()
                            .getStartIndex(), last.getStop().getStopIndex() + 1), last);
                    next = defined.isPresent() ? defined.get() : call(w, callArgs(last), last);
                    k = word;
                } else {
                    bareFunction = false;
                    next = signedOrFactor((ParserRuleContext) item);
                    LatexParser.PostfixContext after = postfixOf(item);
                    if (op.isEmpty() && acc != null && !acc.scalar() && next.scalar() && after != null
                            && after.primary() instanceof LatexParser.ParensContext) {
                        // \mathbf{x}(u): a vector of an argument, not a product
                        throw unread("a vector followed by a scalar in parentheses (a function of it?)", whole);
                    }
                }
                if (bareFunction && k + 1 < items.size()) {
                    // \log \mathbf{1}^T e^{\theta}: whether the log takes the product is not written
                    throw conflict("a function of a vector without parentheses before a product: write its parentheses", whole);
                }
                bareFunction = false;
                acc = multiply(acc, next, op, whole);
                k++;
            }
            return acc;
        }

        /** A plain word spelled by letters, the last with a call ({@code softmax(\mathbf{x})}): the index of its last letter, or k. */
        private int word(List<ParseTree> items, int k) {
            StringBuilder w = new StringBuilder();
            for (int j = k; j < items.size(); j++) {
                LatexParser.PostfixContext p = postfixOf(items.get(j));
                if (p == null || !(p.primary() instanceof LatexParser.LetterContext l)) {
                    return k;
                }
                w.append(l.getText());
                if (!p.postOp().isEmpty()) {
                    boolean call = p.postOp().size() == 1 && p.postOp(0) instanceof LatexParser.CallOpContext;
                    return call && j > k && (w.toString().equals("softmax") || w.toString().equals("diag") || w.toString().equals("tr")
                            || context.function(w.toString()).isPresent() || ENTRYWISE.contains(w.toString())) ? j : k;
                }
            }
            return k;
        }

        private String wordOf(List<ParseTree> items, int from, int to) {
            StringBuilder w = new StringBuilder();
            for (int j = from; j <= to; j++) {
                w.append(((LatexParser.LetterContext) postfixOf(items.get(j)).primary()).getText());
            }
            return w.toString();
        }

        private LatexParser.CallArgsContext callArgs(ParseTree item) {
            LatexParser.PostfixContext p = postfixOf(item);
            return ((LatexParser.CallOpContext) p.postOp(0)).callArgs();
        }

        private LatexParser.PostfixContext postfixOf(ParseTree item) {
            ParseTree f = item;
            if (f instanceof LatexParser.PlainSignedContext s) {
                f = s.factor();
            }
            return f instanceof LatexParser.PostfixFactorContext pf ? pf.postfix() : null;
        }

        /** {@code \nabla_{\mathbf{w}}} or {@code \frac{\partial}{\partial \mathbf{w}}} before its operand: the derivative of the rest. */
        private Optional<Node> derivativeOperator(ParseTree item, List<ParseTree> items, int k, ParserRuleContext whole) {
            LatexParser.PostfixContext p = postfixOf(item);
            if (p == null || !p.postOp().isEmpty()) {
                return Optional.empty();
            }
            ParserRuleContext by;
            if (p.primary() instanceof LatexParser.NablaContext n && n.scriptArg() != null) {
                by = n.scriptArg();
            } else if (p.primary() instanceof LatexParser.NablaContext n && k + 1 < items.size()) {
                // \nabla f(\mathbf{w}): the gradient by the one vector the function is written of
                by = calledAt(items.get(k + 1), n);
            } else if (p.primary() instanceof LatexParser.LeibnizContext l && l.derivNumerator().expr() == null
                    && l.derivNumerator().CARET() == null && l.derivDenominator().postfix().size() == 1) {
                by = l.derivDenominator().postfix(0);
            } else {
                return Optional.empty();
            }
            if (k + 1 >= items.size()) {
                throw unread("a derivative operator without its operand", p);
            }
            Node operand = product(items, k + 1, whole);
            return Optional.of(derivative(operand, by, whole));
        }

        /** The one vector or matrix name a call ({@code f(\mathbf{w})}) is written of, which {@code \nabla} without a subscript is by. */
        private ParserRuleContext calledAt(ParseTree item, ParserRuleContext nabla) {
            LatexParser.PostfixContext f = postfixOf(item);
            if (f == null || f.postOp().size() != 1 || !(f.postOp(0) instanceof LatexParser.CallOpContext call)) {
                throw unread("\\nabla without a subscript before something other than a function written of its vector, as f(\\mathbf{w})",
                        nabla);
            }
            List<LatexParser.ExprContext> vectorArgs = call.callArgs().expr().stream().filter(this::vectorIn).toList();
            if (vectorArgs.size() != 1 || call.callArgs().expr().size() != 1) {
                throw conflict("\\nabla without a subscript of a function of several arguments: write the one it is by, as \\nabla_{\\mathbf{w}}",
                        nabla);
            }
            return vectorArgs.get(0);
        }

        /**
         * A call of a function the document defines of vectors ({@code f(\mathbf{w}) = \frac12\|\mathbf{w}\|^2},
         * {@code CE(\mathbf{y}, \hat{\mathbf{y}}) = -\sum_i y_i \log \hat{y}_i}) at named vectors: the call as written, which
         * the reader applies; at a vector expression (softmax(\mathbf{h}\mathbf{W} + \mathbf{b})) refused, naming it. Empty when
         * the document defines no such function.
         */
        private Optional<Node> documentCall(String name, LatexParser.CallArgsContext args, String written, ParserRuleContext where) {
            Optional<DocumentFunction> f = context.function(name);
            if (f.isEmpty() || !f.get().component().isEmpty() || f.get().parameters().size() != args.expr().size()
                    || !Indices.free(f.get().body()).isEmpty()) {
                return Optional.empty();
            }
            List<String> vectorParameters = new ArrayList<>();
            for (Expr parameter : f.get().parameters()) {
                if (parameter instanceof org.symgrad.expr.Sym sym && org.symgrad.expr.Exprs.any(f.get().body(),
                        e -> e instanceof org.symgrad.expr.Indexed x && x.name().equals(sym.name()))) {
                    vectorParameters.add(sym.name());
                }
            }
            if (vectorParameters.isEmpty()) {
                return Optional.empty();
            }
            boolean expression = false;
            for (int k = 0; k < args.expr().size(); k++) {
                LatexParser.ExprContext a = args.expr(k);
                boolean vectorParameter = f.get().parameters().get(k) instanceof org.symgrad.expr.Sym sym
                        && vectorParameters.contains(sym.name());
                int from = indexOf(a.getStart());
                int to = indexOf(a.getStop());
                boolean named = from >= 0 && to >= from && bareName(tokens.subList(from, to + 1));
                if (vectorParameter ? expr(a).shape().rank() != 1 : !expr(a).scalar()) {
                    throw conflict(name + ", which the document defines of " + (vectorParameter ? "a vector" : "a scalar")
                            + " there, applied to " + text(a) + ", " + (vectorParameter ? "which is not a vector" : "a vector or matrix"), where);
                }
                expression |= !named;
            }
            if (expression) {
                // CE(\mathbf{y}, softmax(\mathbf{h}\mathbf{W} + \mathbf{b})): the body with each argument entry by entry
                return Optional.of(substituted(f.get(), vectorParameters, args, where));
            }
            String call = "{" + written + "}";
            List<Node> vectorArgs = new ArrayList<>();
            for (LatexParser.ExprContext a : args.expr()) {
                Node n = expr(a);
                if (!n.scalar()) {
                    vectorArgs.add(n);
                }
            }
            calls.put(call, vectorArgs);
            return Optional.of(new Node(Shape.SCALAR, (r, c) -> call));
        }

        /**
         * A function the document defines of vectors applied to expressions: its body with every parameter replaced by its
         * argument, a vector parameter's entry by the argument's entry at the same index ({@code -\sum_i y_i \log \hat{y}_i}
         * at {@code softmax(\mathbf{z})} is {@code -\sum_i y_i \log softmax(\mathbf{z})_i}); the body's sums are renamed away
         * from the statement's letters.
         */
        private Node substituted(DocumentFunction f, List<String> vectorParameters, LatexParser.CallArgsContext args, ParserRuleContext where) {
            Expr body = freshBound(f.body());
            List<Node> values = new ArrayList<>();
            for (int k = 0; k < args.expr().size(); k++) {
                values.add(expr(args.expr(k)));
                String p = ((org.symgrad.expr.Sym) f.parameters().get(k)).name();
                String placeholder = PLACEHOLDER_NAME + (char) ('a' + k);
                boolean vector = vectorParameters.contains(p);
                if (vector && org.symgrad.expr.Exprs.any(body, e -> e instanceof org.symgrad.expr.Sym s && s.name().equals(p)
                        || e instanceof org.symgrad.expr.Indexed x && x.name().equals(p) && x.indices().size() != 1)) {
                    throw unread("a function the document defines of vectors whose body uses a vector parameter other than by its entries", where);
                }
                body = placeholder(body, p, placeholder);
            }
            String printed = Printer.latex(body);
            return new Node(Shape.SCALAR, (r, c) -> {
                Matcher m = PLACEHOLDER.matcher(printed);
                StringBuilder out = new StringBuilder();
                while (m.find()) {
                    Node value = values.get(m.group(1).charAt(0) - 'a');
                    String index = m.group(2) != null ? m.group(2).trim() : m.group(3);
                    String v = value.scalar() ? value.emit().at(null, null) : entry(value, index);
                    m.appendReplacement(out, Matcher.quoteReplacement("(" + v + ")"));
                }
                m.appendTail(out);
                return "{" + out + "}";
            });
        }

        /** The parameter {@code p} in {@code e}, entries and all, renamed to the placeholder. */
        private Expr placeholder(Expr e, String p, String placeholder) {
            if (e instanceof org.symgrad.expr.Indexed x && x.name().equals(p)) {
                return new org.symgrad.expr.Indexed(placeholder, x.indices());
            }
            if (e instanceof org.symgrad.expr.Sym s && s.name().equals(p)) {
                return new org.symgrad.expr.Sym(placeholder);
            }
            return org.symgrad.expr.Exprs.mapChildren(e, c -> placeholder(c, p, placeholder));
        }

        /** {@code e} with each sum over a letter the statement uses renamed to a fresh one; the letters it sums over used from now on. */
        private Expr freshBound(Expr e) {
            if (e instanceof org.symgrad.expr.IndexSum s) {
                Expr body = freshBound(s.body());
                String k = s.index();
                if (used.contains(k)) {
                    String fresh = sumLetter();
                    body = Indices.rename(body, k, fresh);
                    k = fresh;
                }
                used.add(k);
                return new org.symgrad.expr.IndexSum(k, s.lower(), s.upper(), body);
            }
            return org.symgrad.expr.Exprs.mapChildren(e, this::freshBound);
        }

        /**
         * The derivative of a scalar by a vector or matrix (its entry ∂f/∂x_i, ∂f/∂W_ij), or of a vector by a vector:
         * the Jacobian in numerator layout, its entry (i, j) ∂s_i/∂z_j.
         */
        private Node derivative(Node numerator, ParserRuleContext by, ParserRuleContext where) {
            Node variable = byName(by);
            if (numerator.scalar()) {
                String n = numerator.emit().at(null, null);
                if (calls.containsKey(n) && calls.get(n).stream().noneMatch(a -> a.emit().at("@", "@").equals(variable.emit().at("@", "@")))) {
                    // ∂CE(\mathbf{y}, \hat{\mathbf{y}})/∂\boldsymbol\theta: θ enters only through what ŷ is defined as, where a
                    // document's unstated assumptions (one-hot labels) enter too: not read
                    throw unread("the derivative of a function the document defines of vectors by a vector it is not written of", where);
                }
                boolean row = gradientRows && variable.shape().rank() == 1;
                rowGradients += row ? 1 : 0;
                Shape shape = row ? new Shape(Shapes.ONE, dimension(variable)) : variable.shape();
                return new Node(shape, (r, c) -> "\\frac{\\partial (" + n + ")}{\\partial " + variable.emit().at(r, c) + "}");
            }
            if (numerator.shape().rank() != 1 || variable.shape().rank() != 1) {
                throw conflict("the derivative of a matrix, or of a vector by a matrix (more than two indices)", where);
            }
            Shape s = new Shape(dimension(numerator), dimension(variable));
            return new Node(s, (r, c) -> "\\frac{\\partial (" + entry(numerator, r) + ")}{\\partial " + entry(variable, c) + "}");
        }

        /** The dimension of a vector that is not one. */
        private int dimension(Node vector) {
            return shapes.isOne(vector.shape().rows()) ? vector.shape().columns() : vector.shape().rows();
        }

        /** The entry of a vector, row or column, at {@code l}. */
        private String entry(Node vector, String l) {
            boolean row = shapes.isOne(vector.shape().rows());
            return vector.emit().at(row ? null : l, row ? l : null);
        }

        /** The vector or matrix a derivative is taken by. */
        private Node byName(ParserRuleContext by) {
            ParserRuleContext inner = by;
            if (inner instanceof LatexParser.BracedScriptContext b && b.scriptBody().scriptItem().size() == 1
                    && b.scriptBody().scriptItem(0).expr().size() == 1) {
                inner = b.scriptBody().scriptItem(0).expr(0);
            }
            Node n = null;
            if (inner instanceof LatexParser.ExprContext e && e.term().size() == 1 && e.term(0).getChildCount() == 1
                    && postfixOf(e.term(0).getChild(0)) != null) {
                inner = postfixOf(e.term(0).getChild(0));
            }
            if (inner instanceof LatexParser.PostfixContext p && p.postOp().isEmpty()) {
                n = name(p.primary()).orElse(null);
            } else if (inner instanceof LatexParser.PostfixContext p && p.postOp().size() == 1) {
                n = labelledName(p.primary(), p.postOp(), p).orElse(null);
            } else if (inner instanceof LatexParser.StyledScriptContext || inner instanceof LatexParser.LetterScriptContext
                    || inner instanceof LatexParser.GreekScriptContext) {
                n = scriptName(inner);
            }
            if (n == null || n.scalar()) {
                throw unread("a derivative by something other than a vector or matrix name", by);
            }
            return n;
        }

        private Node scriptName(ParserRuleContext script) {
            String t = text(script).replaceAll("\\s+", "");
            for (String font : BOLD) {
                if (t.startsWith(font)) {
                    String base = t.substring(font.length()).replaceAll("[{}]", "");
                    return nameNode(base, true);
                }
            }
            if (t.matches("[a-zA-Z]|\\\\[a-zA-Z]+")) {
                // \nabla_X as \nabla_{X}: a plain capital read as a matrix in this statement is one here too
                return nameNode(t, isVector(t) || matrices.contains(t) || capitals.contains(t));
            }
            return null;
        }

        private Node nameNode(String base, boolean vector) {
            if (!base.matches("[a-zA-Z]|\\\\[a-zA-Z]+")) {
                return null;
            }
            boolean capital = Character.isUpperCase(base.charAt(base.startsWith("\\") ? 1 : 0));
            if (!vector) {
                return new Node(Shape.SCALAR, (r, c) -> base);
            }
            return named(base, base, capital);
        }

        private Node multiply(Node acc, Node next, String op, ParserRuleContext where) {
            if (acc == null) {
                return next;
            }
            switch (op) {
                case "\\odot", "\u2299" -> {
                    if (acc.scalar() || next.scalar() || !shapes.unify(acc.shape(), next.shape())) {
                        throw conflict("an elementwise product (⊙) of different shapes", where);
                    }
                    return new Node(acc.shape(), (r, c) -> "(" + acc.emit().at(r, c) + ")(" + next.emit().at(r, c) + ")");
                }
                case "/", "\\div" -> {
                    return quotient(acc, next, where);
                }
                case "\\oslash", "\u2298" -> {
                    // ⊘: the quotient entry by entry, of two vectors or matrices of one shape
                    if (acc.scalar() || next.scalar() || !shapes.unify(acc.shape(), next.shape())) {
                        throw conflict("an elementwise quotient (⊘) of different shapes", where);
                    }
                    return new Node(acc.shape(), (r, c) -> "\\frac{" + acc.emit().at(r, c) + "}{" + next.emit().at(r, c) + "}");
                }
                case "", "*", "\\ast", "\\cdot", "\\times" -> {
                    if (op.equals("\\times") && !(acc.scalar() || next.scalar())) {
                        throw unread("a cross product (\\times)", where);
                    }
                    if ((op.equals("*") || op.equals("\\ast")) && acc.shape().rank() == 1 && next.shape().rank() == 1
                            && shapes.isOne(acc.shape().rows()) == shapes.isOne(next.shape().rows()) && shapes.unify(acc.shape(), next.shape())) {
                        // a * b of two columns (or two rows): no matrix product, the product entry by entry as a program writes it
                        return new Node(acc.shape(), (r, c) -> "(" + acc.emit().at(r, c) + ")(" + next.emit().at(r, c) + ")");
                    }
                    return matrixProduct(acc, next, where);
                }
                default -> throw unread("the operator " + op + " between vectors", where);
            }
        }

        /**
         * A quotient by a scalar, or of two vectors of one shape entry by entry ({@code \mathbf{y} / \hat{\mathbf{y}}});
         * a quotient by a matrix, or of a scalar or matrix by a vector, is refused.
         */
        private Node quotient(Node num, Node den, ParserRuleContext where) {
            if (den.scalar()) {
                return new Node(num.shape(), (r, c) -> "\\frac{" + num.emit().at(r, c) + "}{" + den.emit().at(null, null) + "}");
            }
            if (num.shape().rank() != 1 || den.shape().rank() != 1 || !shapes.unify(num.shape(), den.shape())) {
                throw conflict("a quotient by a vector or matrix (entry by entry only between vectors of one shape)", where);
            }
            return new Node(num.shape(), (r, c) -> "\\frac{" + num.emit().at(r, c) + "}{" + den.emit().at(r, c) + "}");
        }

        private Node matrixProduct(Node a, Node b, ParserRuleContext where) {
            if (a.scalar()) {
                return new Node(b.shape(), (r, c) -> "(" + a.emit().at(null, null) + ")(" + b.emit().at(r, c) + ")");
            }
            if (b.scalar()) {
                return new Node(a.shape(), (r, c) -> "(" + a.emit().at(r, c) + ")(" + b.emit().at(null, null) + ")");
            }
            Shape s = new Shape(a.shape().rows(), b.shape().columns());
            if (shapes.isOne(a.shape().columns()) && shapes.isOne(b.shape().rows())) {
                return new Node(s, (r, c) -> "(" + a.emit().at(r, null) + ")(" + b.emit().at(null, c) + ")");
            }
            if (!shapes.unify(a.shape().columns(), b.shape().rows())) {
                throw conflict("the inner dimensions of the product do not agree (" + (rowVectors ? "vectors as rows" : "vectors as columns")
                        + (layout.isPresent() && !dimensions.isEmpty() ? ", as the document declares its shapes: a " + written(a.shape())
                        + " times a " + written(b.shape()) : "") + ")", where);
            }
            return new Node(s, (r, c) -> {
                String k = sumLetter();
                return "\\sum_{" + k + "} (" + a.emit().at(r, k) + ")(" + b.emit().at(k, c) + ")";
            });
        }

        private Node signedOrFactor(ParserRuleContext ctx) {
            if (ctx instanceof LatexParser.UnarySignContext u) {
                Node n = signedOrFactor(u.signed());
                String sign = u.getChild(0).getText();
                if (sign.equals("\\pm")) {
                    throw unread("± before a vector", u);
                }
                return new Node(n.shape(), (r, c) -> sign + "(" + n.emit().at(r, c) + ")");
            }
            if (ctx instanceof LatexParser.PlainSignedContext p) {
                return factor(p.factor());
            }
            if (ctx instanceof LatexParser.FactorContext f) {
                return factor(f);
            }
            throw unread("this", ctx);
        }

        private Node factor(LatexParser.FactorContext ctx) {
            if (!vectorIn(ctx)) {
                return verbatim(ctx);
            }
            if (ctx instanceof LatexParser.PostfixFactorContext p) {
                return postfix(p.postfix());
            }
            if (ctx instanceof LatexParser.FunctionFactorContext f) {
                if (!f.fnScripts().getText().isEmpty()) {
                    throw unread("a function with scripts applied to a vector", f);
                }
                String fn = f.FUNC().getText();
                if (f.fnArgument() instanceof LatexParser.ParenArgumentContext pa) {
                    if (!pa.postOp().isEmpty()) {
                        throw unread("a script after a function of a vector", f);
                    }
                    return call(fn, pa.callArgs(), f);
                }
                Node arg = factor(((LatexParser.FactorArgumentContext) f.fnArgument()).factor());
                Node applied = entrywise(fn, arg, f);
                bareFunction = !applied.scalar();
                return applied;
            }
            if (ctx instanceof LatexParser.SumFactorContext f) {
                // \sum_{i} of a vector or matrix: the sum of its entries; where the body writes no vector explicitly
                // (\sum_j e^{x_j + c}, c bold elsewhere) whether a plain name is the vector is not written
                int from = indexOf(f.term().getStart());
                int to = indexOf(f.term().getStop());
                if (from < 0 || to < from || !explicit(tokens.subList(from, to + 1))) {
                    throw unread("a sum whose terms write no vector explicitly (a name written bold elsewhere)", ctx);
                }
                Node body = term(f.term());
                int end = f.bigScripts().getChildCount() > 0 ? f.bigScripts().getStop().getStopIndex() : f.getStart().getStopIndex();
                String scripts = document.substring(f.getStart().getStartIndex(), end + 1);
                return new Node(body.shape(), (r, c) -> scripts + " (" + body.emit().at(r, c) + ")");
            }
            throw unread("a product over a vector expression", ctx);
        }

        private Node call(String fn, LatexParser.CallArgsContext args, ParserRuleContext where) {
            if (args.expr().size() != 1) {
                throw unread("a function of several arguments applied to vectors", where);
            }
            Node arg = expr(args.expr(0));
            if (plainName(fn).equals("diag")) {
                // diag(v): the square matrix with v on its diagonal, its entry v_r δ_rc
                if (arg.shape().rank() != 1) {
                    throw conflict("diag of something other than a vector", where);
                }
                int d = dimension(arg);
                return new Node(new Shape(d, d), (r, c) -> "(" + entry(arg, r) + ")\\delta_{" + r + "," + c + "}");
            }
            if (plainName(fn).equals("tr") || plainName(fn).equals("Tr") || plainName(fn).equals("trace")) {
                // tr(A): the sum of the diagonal of a square matrix; of a scalar (tr(\\mathbf{x}^T A \\mathbf{x})), the scalar
                if (arg.scalar()) {
                    return arg;
                }
                if (arg.shape().rank() != 2 || !shapes.unify(arg.shape().rows(), arg.shape().columns())) {
                    throw conflict("the trace of something other than a square matrix", where);
                }
                return new Node(Shape.SCALAR, (r, c) -> {
                    String k = sumLetter();
                    return "\\sum_{" + k + "} (" + arg.emit().at(k, k) + ")";
                });
            }
            if (fn.equals("softmax") || fn.replaceAll("\\s", "").matches("\\\\(mathrm|operatorname|text)\\{softmax\\}")) {
                if (arg.scalar() || arg.shape().rank() != 1) {
                    throw conflict("softmax of something other than a vector", where);
                }
                return new Node(arg.shape(), (r, c) -> {
                    String k = sumLetter();
                    boolean row = r == null;
                    return "\\frac{e^{" + arg.emit().at(r, c) + "}}{\\sum_{" + k + "} e^{" + arg.emit().at(row ? null : k, row ? k : null) + "}}";
                });
            }
            return entrywise(fn, arg, where);
        }

        /** A function's name without its font: {@code \\operatorname{diag}}, {@code \\diag} and {@code diag} are diag. */
        private static String plainName(String fn) {
            return fn.replaceAll("\\s", "").replaceAll("\\\\(mathrm|operatorname|text)\\{(\\w+)\\}", "$2").replaceAll("^\\\\(diag|tr|Tr)$", "$1");
        }

        private Node entrywise(String fn, Node arg, ParserRuleContext where) {
            String name = plainName(fn);
            if (!ENTRYWISE.contains(name)) {
                throw unread(fn + " of a vector (not applied entry by entry)", where);
            }
            String spelled = name.startsWith("\\") ? name : "\\mathrm{" + name + "}";
            return new Node(arg.shape(), (r, c) -> spelled + "(" + arg.emit().at(r, c) + ")");
        }

        private Node postfix(LatexParser.PostfixContext ctx) {
            LatexParser.PrimaryContext p = ctx.primary();
            List<LatexParser.PostOpContext> ops = ctx.postOp();
            if (p instanceof LatexParser.WordContext && VectorEntries.this.matrixWord(text(p))) {
                return capitalsProduct(text(p), ops, ctx);
            }
            int k = 0;
            Node n;
            // σ(z), σ'(z): a function applied entry by entry
            int primes = 0;
            while (k < ops.size() && ops.get(k) instanceof LatexParser.PrimeOpContext) {
                primes++;
                k++;
            }
            Optional<Node> defined = primes == 0 && k < ops.size() && ops.get(k) instanceof LatexParser.CallOpContext c0
                    && (p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext || p instanceof LatexParser.WordContext)
                    ? documentCall(p instanceof LatexParser.GreekContext ? LatexNames.greek(text(p)) : text(p), c0.callArgs(),
                    document.substring(p.getStart().getStartIndex(), c0.getStop().getStopIndex() + 1), ctx) : Optional.empty();
            if (defined.isPresent()) {
                n = defined.get();
                k++;
            } else if (k < ops.size() && ops.get(k) instanceof LatexParser.CallOpContext call
                    && (p instanceof LatexParser.GreekContext || p instanceof LatexParser.TextContext)) {
                String fn = text(p);
                if (primes > 0) {
                    if (!fn.equals("\\sigma")) {
                        throw unread("the derivative of " + fn + " applied to a vector", ctx);
                    }
                    Node arg = callArgs1(call.callArgs(), ctx);
                    String pr = "'".repeat(primes);
                    n = new Node(arg.shape(), (r, c) -> "\\sigma" + pr + "(" + arg.emit().at(r, c) + ")");
                } else {
                    n = call(fn, call.callArgs(), ctx);
                }
                k++;
            } else if (primes > 0) {
                throw unread("a prime on a vector", ctx);
            } else if (p instanceof LatexParser.NormContext) {
                LatexParser.ExprContext inner = p.getRuleContext(LatexParser.ExprContext.class, 0);
                Node v = expr(inner);
                if (v.shape().rank() != 1) {
                    throw conflict("the norm of something other than a vector", p);
                }
                if (k < ops.size() && ops.get(k) instanceof LatexParser.SubscriptOpContext s && s.scriptArg().getText().equals("2")) {
                    k++;
                }
                boolean squared = k < ops.size() && ops.get(k) instanceof LatexParser.SuperscriptOpContext s && s.scriptArg().getText().equals("2");
                if (squared) {
                    k++;
                }
                boolean row = shapes.isOne(v.shape().rows());
                n = new Node(Shape.SCALAR, (r, c) -> {
                    String l = sumLetter();
                    String squares = "\\sum_{" + l + "} (" + v.emit().at(row ? null : l, row ? l : null) + ")^{2}";
                    return squared ? squares : "\\sqrt{" + squares + "}";
                });
            } else {
                Optional<Node> labelled = labelledName(p, ops, ctx);
                n = labelled.orElseGet(() -> primary(p));
                k += labelled.isPresent() ? 1 : 0;
            }
            for (; k < ops.size(); k++) {
                LatexParser.PostOpContext op = ops.get(k);
                if (op instanceof LatexParser.SuperscriptOpContext s) {
                    n = power(n, s.scriptArg(), ctx);
                } else if (op instanceof LatexParser.CallOpContext call && !n.scalar() && call.callArgs().expr().size() == 1) {
                    // \mathbf{X}^\top(\mathbf{X}\mathbf{w} - \mathbf{y}): a vector or matrix before parentheses multiplies them;
                    // a superscript after them is theirs: (\mathbf{a})(\mathbf{h})^T
                    Node argument = expr(call.callArgs().expr(0));
                    Node inner = argument;
                    if (k + 1 < ops.size() && ops.get(k + 1) instanceof LatexParser.SuperscriptOpContext sup) {
                        inner = power(new Node(argument.shape(), (r, c) -> "(" + argument.emit().at(r, c) + ")"), sup.scriptArg(), ctx);
                        k++;
                    }
                    Node factor = inner;
                    boolean rowTimesMatrix = inner.shape().rank() == 2 && n.shape().rank() == 1 && shapes.isOne(n.shape().rows())
                            && k > 0 && ops.get(k - 1) instanceof LatexParser.SuperscriptOpContext previous && transpose(previous.scriptArg());
                    if (inner.scalar() || !inner.shape().equals(inner.shape().transposed()) && n.shape().rank() == 1
                            && shapes.isOne(n.shape().columns()) == shapes.isOne(inner.shape().columns()) && !rowTimesMatrix) {
                        // \mathbf{x}(u), \mathbf{x}(\mathbf{u}): a vector of an argument; \mathbf{u}^T (X + X) is a product
                        throw unread("a vector or matrix of an argument in parentheses", ctx);
                    }
                    n = matrixProduct(n, new Node(factor.shape(), (r, c) -> "(" + factor.emit().at(r, c) + ")"), ctx);
                } else {
                    throw unread("a subscript, prime or call on a vector (write a component, as in x_i)", ctx);
                }
            }
            return n;
        }

        /** A run of capitals read as matrices, {@code ABC}: their product; a transpose after it is the last one's ({@code BA^T}). */
        private Node capitalsProduct(String word, List<LatexParser.PostOpContext> ops, ParserRuleContext where) {
            Node acc = null;
            for (int i = 0; i < word.length(); i++) {
                Node m = named(word.substring(i, i + 1), word.substring(i, i + 1), true);
                if (i == word.length() - 1) {
                    for (LatexParser.PostOpContext op : ops) {
                        if (!(op instanceof LatexParser.SuperscriptOpContext s)) {
                            throw unread("a script on a product of matrices", where);
                        }
                        m = power(m, s.scriptArg(), where);
                    }
                }
                acc = acc == null ? m : matrixProduct(acc, m, where);
            }
            return acc;
        }

        private Node callArgs1(LatexParser.CallArgsContext args, ParserRuleContext where) {
            if (args.expr().size() != 1) {
                throw unread("a function of several arguments applied to vectors", where);
            }
            return expr(args.expr(0));
        }

        private boolean transpose(LatexParser.ScriptArgContext s) {
            String t = s.getText().replaceAll("[{}\\s]", "");
            return t.equals("T") || t.equals("\\top") || t.equals("\\intercal") || t.equals("\u22A4");
        }

        private Node power(Node base, LatexParser.ScriptArgContext exponent, ParserRuleContext where) {
            if (transpose(exponent)) {
                if (base.scalar()) {
                    throw unread("a transpose of a scalar", where);
                }
                return new Node(base.shape().transposed(), (r, c) -> base.emit().at(c, r));
            }
            boolean vectorExponent = vectorIn(exponent);
            if (!base.scalar() && text(exponent).replaceAll("[{}\\s]", "").startsWith("(")) {
                throw unread("a vector or matrix with a label (^{(1)})", where);
            }
            if (!base.scalar()) {
                if (!text(exponent).replaceAll("[{}\\s]", "").matches("-?[0-9]+")) {
                    throw unread("a vector or matrix with a superscript", where);
                }
                if (text(exponent).replaceAll("[{}\\s]", "").equals("-1")) {
                    throw conflict("an inverse (^{-1}) of a matrix, which is not an entrywise expression: a step it solves, "
                            + "as A w = b, is read entry by entry", where);
                }
                throw conflict("a power of a vector or matrix", where);
            }
            if (!vectorExponent) {
                String e = text(exponent);
                return new Node(Shape.SCALAR, (r, c) -> "(" + base.emit().at(null, null) + ")^" + e);
            }
            // e^{\mathbf{x}}: the exponential entry by entry
            String b = base.emit().at(null, null);
            if (!b.equals("{e}")) {
                throw unread("a power with a vector exponent", where);
            }
            ParserRuleContext inner = exponent instanceof LatexParser.BracedScriptContext bs && bs.scriptBody().scriptItem().size() == 1
                    && bs.scriptBody().scriptItem(0).expr().size() == 1 ? bs.scriptBody().scriptItem(0).expr(0) : null;
            Node x = inner != null ? expr((LatexParser.ExprContext) inner) : scriptName(exponent);
            if (x == null) {
                throw unread("this exponent", where);
            }
            return new Node(x.shape(), (r, c) -> "e^{" + x.emit().at(r, c) + "}");
        }

        private Node primary(LatexParser.PrimaryContext p) {
            if (!vectorIn(p)) {
                return verbatim(p);
            }
            Optional<Node> named = name(p);
            if (named.isPresent()) {
                return named.get();
            }
            // ( … ), [ … ] and \{ … \} group alike
            LatexParser.ExprContext grouped = p instanceof LatexParser.ParensContext x ? x.expr()
                    : p instanceof LatexParser.BracketsContext x ? x.expr()
                    : p instanceof LatexParser.BraceLiteralContext x ? x.expr() : null;
            if (grouped != null) {
                Node n = expr(grouped);
                return new Node(n.shape(), (r, c) -> "(" + n.emit().at(r, c) + ")");
            }
            if (p instanceof LatexParser.AngleContext a) {
                return inner(a);
            }
            if (p instanceof LatexParser.BracesContext x) {
                Node n = expr(x.expr());
                return new Node(n.shape(), (r, c) -> "{" + n.emit().at(r, c) + "}");
            }
            if (p instanceof LatexParser.FractionContext f) {
                return quotient(fracArg(f.fracArg(0)), fracArg(f.fracArg(1)), f);
            }
            if (p instanceof LatexParser.LeibnizContext l) {
                LatexParser.DerivNumeratorContext num = l.derivNumerator();
                if (num.expr() == null || num.CARET() != null || l.derivDenominator().postfix().size() != 1) {
                    throw unread("this derivative of vectors", l);
                }
                return derivative(expr(num.expr()), l.derivDenominator().postfix(0), l);
            }
            throw unread("this vector notation", p);
        }

        /** {@code \\langle \\mathbf{w}, \\mathbf{x} \\rangle}: the inner product of two vectors of one length, Σ_k w_k x_k. */
        private Node inner(LatexParser.AngleContext a) {
            if (a.expr().size() != 2) {
                throw unread("\\langle … \\rangle of other than two vectors", a);
            }
            Node u = expr(a.expr(0));
            Node v = expr(a.expr(1));
            if (u.shape().rank() != 1 || v.shape().rank() != 1) {
                throw conflict("an inner product (\\langle , \\rangle) of something other than two vectors", a);
            }
            if (!shapes.unify(dimension(u), dimension(v))) {
                throw conflict("an inner product of vectors of different lengths", a);
            }
            return new Node(Shape.SCALAR, (r, c) -> {
                String k = sumLetter();
                return "\\sum_{" + k + "} (" + entry(u, k) + ")(" + entry(v, k) + ")";
            });
        }

        private Node fracArg(LatexParser.FracArgContext a) {
            if (a instanceof LatexParser.BracedFracArgContext b) {
                Node n = expr(b.expr());
                return new Node(n.shape(), (r, c) -> "{" + n.emit().at(r, c) + "}");
            }
            return verbatim(a);
        }

        /** A vector or matrix name: bold, {@code \vec}, decorated bold, {@code \mathbf{1}}, or a plain name written bold before. */
        private Optional<Node> name(LatexParser.PrimaryContext p) {
            if (p instanceof LatexParser.IndicatorContext i && i.indicatorCondition() == null) {
                Shape s = vectorShape();
                return Optional.of(new Node(s, (r, c) -> "1"));
            }
            Optional<Node> inside = subscriptInside(p);
            if (inside.isPresent()) {
                return inside;
            }
            if (identity(p)) {
                // \mathbf{I}: the identity, square, its entry δ_rc
                int d = shapes.fresh();
                return Optional.of(new Node(new Shape(d, d), (r, c) -> "\\delta_{" + r + "," + c + "}"));
            }
            if (p instanceof LatexParser.StyledContext s && BOLD.contains(s.getChild(0).getText())
                    && scalars.contains(stripBold(s.scriptArg().getText().replaceAll("[{}]", "")))) {
                // \mathbf{c} beside x_j + c: the scalar c in every entry
                String c = stripBold(s.scriptArg().getText().replaceAll("[{}]", ""));
                return Optional.of(new Node(vectorShape(), (r, col) -> "{" + c + "}"));
            }
            return vectorName(p).map(v -> named(v.key(), v.key(), v.matrix()));
        }

        private boolean identity(LatexParser.PrimaryContext p) {
            return p instanceof LatexParser.StyledContext s && BOLD.contains(s.getChild(0).getText())
                    && stripBold(s.scriptArg().getText().replaceAll("[{}]", "")).equals("I");
        }

        /** The name a vector or matrix is written by, without its font ({@code x}, {@code \hat{y}}, {@code W}), if {@code p} writes one. */
        private Optional<VectorName> vectorName(LatexParser.PrimaryContext p) {
            if (p instanceof LatexParser.StyledContext s) {
                String font = s.getChild(0).getText();
                String inner = stripBold(s.scriptArg().getText().replaceAll("[{}]", ""));
                if (!inner.matches("[a-zA-Z]|\\\\[a-zA-Z]+")) {
                    return Optional.empty();
                }
                if (font.equals("\\vec") || BOLD.contains(font)) {
                    return Optional.of(new VectorName(inner, Character.isUpperCase(inner.charAt(inner.startsWith("\\") ? 1 : 0))));
                }
                if (s.getChild(0) instanceof TerminalNode t && t.getSymbol().getType() == LatexLexer.DECOR) {
                    // \hat{\mathbf{y}}, \hat{y} with yhat written bold before
                    String key = font + "{" + inner + "}";
                    boolean bold = s.scriptArg() instanceof LatexParser.StyledScriptContext
                            || BOLD.stream().anyMatch(b -> s.scriptArg().getText().contains(b));
                    if (bold || vectors.contains(key) || matrices.contains(key)) {
                        return Optional.of(new VectorName(key, matrices.contains(key)));
                    }
                }
                return Optional.empty();
            }
            if (p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) {
                String t = p.getText();
                if (isVector(t)) {
                    return Optional.of(new VectorName(t, false));
                }
                if (matrices.contains(t) || capitals.contains(t)) {
                    return Optional.of(new VectorName(t, true));
                }
            }
            return Optional.empty();
        }

        /**
         * A vector or matrix name with the label its first script writes, and how many scripts that took (0 when
         * there is none): {@code \mathbf{W}_2} and {@code \mathbf{W}^{(2)}} are the matrix W^{(2)}, {@code \boldsymbol\delta^{[2]}}
         * the vector δ^{(2)}, {@code \mathbf{x}_i} the vector x^{(i)} (the reader takes a summed or free i as a sample
         * index: its entries are x_{ij}), {@code \mathbf{h}_{t-1}} h^{(t-1)}.
         */
        private Optional<Node> labelledName(LatexParser.PrimaryContext p, List<LatexParser.PostOpContext> ops, ParserRuleContext where) {
            Optional<Node> plainName = plainLabelledName(p, ops);
            if (plainName.isPresent()) {
                return plainName;
            }
            Optional<VectorName> v = p instanceof LatexParser.StyledContext ? vectorName(p) : Optional.empty();
            if (v.isEmpty() || ops.isEmpty() || identity(p)) {
                return Optional.empty();
            }
            String label = null;
            boolean transposed = false;
            if (ops.get(0) instanceof LatexParser.SubscriptOpContext sub) {
                String t = sub.scriptArg().getText().replaceAll("[{}\\s]", "");
                // beside x_1 or x_j written plain, \mathbf{x}_2 is that component (as the reader takes it)
                if (t.matches("[0-9]+|[a-zA-Z]([+-][0-9]+)?") && !componentWritten(v.get().key())) {
                    label = t;
                }
            } else if (ops.get(0) instanceof LatexParser.SuperscriptOpContext sup) {
                String t = sup.scriptArg().getText().replaceAll("[{}\\s]", "");
                // \mathbf{h}^{(1)T}: the label and the transpose in one superscript
                transposed = t.matches("[(\\[].+[)\\]](T|\\\\top|\\\\intercal)");
                t = transposed ? t.substring(0, Math.max(t.lastIndexOf(')'), t.lastIndexOf(']')) + 1) : t;
                if (t.matches("\\((.+)\\)|\\[(.+)\\]")) {
                    label = t.substring(1, t.length() - 1);
                } else if (!transposed && letterLabel(t)) {
                    label = t;
                }
            }
            if (label == null) {
                return Optional.empty();
            }
            Node n = labelled(v.get(), label);
            return Optional.of(transposed ? new Node(n.shape().transposed(), (r, c) -> n.emit().at(c, r)) : n);
        }

        /**
         * A plain name with a layer label the document makes a vector or matrix ({@link PlainVectors}): {@code y^{(1)}} the
         * vector y^{(1)}, {@code y^{(1)T}} its transpose, {@code W^{(2)}} the matrix; not where a subscript follows (a component).
         */
        private Optional<Node> plainLabelledName(LatexParser.PrimaryContext p, List<LatexParser.PostOpContext> ops) {
            if (!(p instanceof LatexParser.LetterContext || p instanceof LatexParser.GreekContext) || ops.isEmpty()
                    || !(ops.get(0) instanceof LatexParser.SuperscriptOpContext sup)
                    || ops.size() > 1 && ops.get(1) instanceof LatexParser.SubscriptOpContext) {
                return Optional.empty();
            }
            String t = sup.scriptArg().getText().replaceAll("[{}\\s]", "");
            boolean transposed = t.matches("\\([a-zA-Z0-9]+\\)(T|\\\\top|\\\\intercal)");
            String label = transposed ? t.substring(0, t.lastIndexOf(')') + 1) : t;
            if (!label.matches("\\([a-zA-Z0-9]+\\)")) {
                return Optional.empty();
            }
            String key = text(p).trim() + "^{" + label + "}";
            if (!knownPlain(key)) {
                return Optional.empty();
            }
            Node n = named(key, key, capital(key));
            return Optional.of(transposed ? new Node(n.shape().transposed(), (r, c) -> n.emit().at(c, r)) : n);
        }

        /**
         * A bold name with its subscript inside the font's braces, {@code \mathbf{x_i}}, {@code \boldsymbol{W_{2}}}: the same
         * name as {@code \mathbf{x}_i}, {@code \boldsymbol{W}_2} (the font sets the subscript in bold too, nothing more).
         */
        private Optional<Node> subscriptInside(LatexParser.PrimaryContext p) {
            if (!(p instanceof LatexParser.StyledContext s) || !BOLD.contains(s.getChild(0).getText())) {
                return Optional.empty();
            }
            Matcher m = java.util.regex.Pattern.compile("([a-zA-Z]|\\\\[a-zA-Z]+)_([0-9]+|[a-zA-Z]([+-][0-9]+)?)")
                    .matcher(stripBold(s.scriptArg().getText().replaceAll("[{}\\s]", "")));
            if (!m.matches() || m.group(1).equals("I") || componentWritten(m.group(1))) {
                return Optional.empty();
            }
            String base = m.group(1);
            return Optional.of(labelled(new VectorName(base, Character.isUpperCase(base.charAt(base.startsWith("\\") ? 1 : 0))), m.group(2)));
        }

        /** The vector or matrix {@code v} labelled {@code label}: W^{(2)}, or the {@code label}-th of several vectors (x_{ij}). */
        private Node labelled(VectorName v, String label) {
            String key = v.key() + "^{(" + label + ")}";
            Node n;
            String family = label;
            if (family.matches("[a-zA-Z]") && indexInStatement(family)) {
                // \mathbf{x}_i with i summed, or an index of a component elsewhere: the i-th of several vectors, its entries x_{ij}
                String base = v.key();
                Shape shape = names.computeIfAbsent(key, x -> declaredShape(x).orElseGet(() -> v.matrix()
                        ? new Shape(shapes.fresh(), shapes.fresh()) : vectorShape()));
                n = new Node(shape, (r, c) -> base + "_{" + family + " " + (r == null ? "" : r) + (r != null && c != null ? " " : "")
                        + (c == null ? "" : c) + "}");
            } else {
                n = named(key, key, v.matrix());
            }
            return n;
        }

        /** Whether the letter is summed in this statement, or a subscript of another name than a bold one's. */
        private boolean indexInStatement(String letter) {
            for (List<Token> side : statement) {
                if (side == null) {
                    continue;
                }
                for (int k = 0; k + 1 < side.size(); k++) {
                    // the bold name's own subscript, outside its braces or inside them (\mathbf{x}_i, \mathbf{x_i})
                    boolean boldScript = k >= 3 && side.get(k - 1).getType() == LatexLexer.RBRACE && side.get(k - 3).getType() == LatexLexer.FONT
                            || k >= 2 && side.get(k - 2).getType() == LatexLexer.LBRACE && side.get(k - 3 < 0 ? 0 : k - 3).getType() == LatexLexer.FONT
                            && (side.get(k - 1).getType() == LatexLexer.LETTER || side.get(k - 1).getType() == LatexLexer.GREEK);
                    if (side.get(k).getType() != LatexLexer.UNDERSCORE || boldScript) {
                        continue;
                    }
                    if (side.get(k + 1).getText().equals(letter)) {
                        return true;
                    }
                    for (int j = k + 2; side.get(k + 1).getType() == LatexLexer.LBRACE && j < side.size()
                            && side.get(j).getType() != LatexLexer.RBRACE; j++) {
                        if (side.get(j).getType() == LatexLexer.LETTER && side.get(j).getText().equals(letter)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Whether this statement writes the plain name with one letter or number as subscript ({@code x_j}, {@code x_1}): a component. */
        private boolean componentWritten(String name) {
            for (List<Token> side : statement) {
                if (side == null) {
                    continue;
                }
                for (int k = 0; k + 2 < side.size(); k++) {
                    boolean plain = k == 0 || side.get(k - 1).getType() != LatexLexer.LBRACE && side.get(k - 1).getType() != LatexLexer.FONT
                            && side.get(k - 1).getType() != LatexLexer.DECOR;
                    if (plain && side.get(k).getText().equals(name) && side.get(k + 1).getType() == LatexLexer.UNDERSCORE
                            && (side.get(k + 2).getType() == LatexLexer.LETTER || side.get(k + 2).getType() == LatexLexer.DIGIT
                            || k + 4 < side.size() && side.get(k + 2).getType() == LatexLexer.LBRACE
                            && (side.get(k + 3).getType() == LatexLexer.LETTER || side.get(k + 3).getType() == LatexLexer.DIGIT)
                            && side.get(k + 4).getType() == LatexLexer.RBRACE)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
