package org.symgrad.parse.latex;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The identity matrix as documents write it, for {@link VectorEntries}: {@code I}, {@code \mathbf{I}} (any bold font),
 * {@code \mathbb{I}}, each perhaps with its size below ({@code I_n}, {@code I_{d}}, {@code \mathbf{I}_n},
 * {@code I_{n \times n}}); read entry by entry it is δ_rc. Bold it is the identity wherever it stands; the plain capital
 * I, which the reader of numbers takes for a name, only in matrix context ({@link #matrixContext}): a statement that
 * writes a transpose or a matrix beside it ({@code \lambda I + X^\top X}), or a derivative whose entries form a matrix,
 * of a vector by a vector (the Jacobian {@code \frac{\partial u}{\partial b} = I}) or of a number by a matrix
 * ({@code \frac{\partial r}{\partial A} = \frac{I}{2\sqrt{\operatorname{tr} A}}}); and never where the document gives I
 * a meaning of its own ({@link #otherwiseMeant}: it defines or declares it, or calls it as a function).
 */
final class IdentityMatrices {
    /** The size below an identity: a letter or number ({@code I_n}, {@code I_3}, {@code I_{d}}), or {@code n \times n}. */
    private static final Pattern SIZE = Pattern.compile("[a-zA-Z]|[0-9]+|([a-zA-Z]|[0-9]+)(\\\\times|×)([a-zA-Z]|[0-9]+)");
    /**
     * I given another meaning: a definition, I first in its formula or row ({@code $I = \int …$}, {@code I(\theta) := …}),
     * or a declaration of one number ({@code I \in \mathbb{R}}, {@code I \in \mathbb{N}}).
     */
    private static final Pattern OTHERWISE = Pattern.compile("(?:^|[$\n&]|\\[|\\\\\\\\)\\s*I\\s*(?:\\([^()]*\\)\\s*)?"
            + "(?:=|:=|\\\\coloneqq|\\\\equiv|\\\\triangleq)|(?<![\\\\a-zA-Z{_^])I\\s*\\\\in\\s*\\\\mathbb\\s*\\{?\\s*[A-Z]\\s*\\}?+(?!\\s*\\^)");

    private IdentityMatrices() {
    }

    /** Whether the document gives the plain capital I a meaning of its own ({@link #OTHERWISE}): then it is no identity. */
    static boolean otherwiseMeant(String document) {
        return OTHERWISE.matcher(document).find();
    }

    /** Whether the script text (braces and spaces dropped) is an identity's size. */
    static boolean size(String script) {
        return SIZE.matcher(script.replaceAll("[{}\\s]", "")).matches();
    }

    /**
     * Where the plain capital I written at {@code k} ends, past the size below it if any ({@code I}, {@code I_n}); -1 where
     * {@code k} writes none: a letter of a label or a font's argument ({@code W_I}, {@code \mathbf{I}}), a call
     * ({@code I(x)}), a power ({@code I^2}), or a subscript that is no size ({@code I_{ij}}).
     */
    static int plainAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (t.getType() != LatexLexer.LETTER || !t.getText().equals("I")) {
            return -1;
        }
        int before = k > 0 ? tokens.get(k - 1).getType() : -1;
        if (before == LatexLexer.UNDERSCORE || before == LatexLexer.CARET || before == LatexLexer.FONT || before == LatexLexer.DECOR
                || before == LatexLexer.LBRACE && k > 1 && (tokens.get(k - 2).getType() == LatexLexer.FONT
                || tokens.get(k - 2).getType() == LatexLexer.DECOR || tokens.get(k - 2).getType() == LatexLexer.TEXT)) {
            return -1;
        }
        int end = sizeEnd(tokens, k + 1);
        if (end < 0 || end < tokens.size() && (tokens.get(end).getType() == LatexLexer.LPAREN
                || tokens.get(end).getType() == LatexLexer.CARET && !transposed(tokens, end))) {
            return -1;
        }
        return end;
    }

    /** Whether the side writes the plain capital I as an identity may be written ({@link #plainAt}). */
    static boolean writtenPlain(List<Token> side) {
        for (int k = 0; k < side.size(); k++) {
            if (plainAt(side, k) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the plain I at {@code k} is written with its size below it ({@code I_n}). */
    static boolean sized(List<Token> tokens, int k) {
        return plainAt(tokens, k) > k + 1;
    }

    /** Past the size written below at {@code k} ({@code _n}, {@code _{n \times n}}); {@code k} itself where none is; -1 where a subscript is no size. */
    private static int sizeEnd(List<Token> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k).getType() != LatexLexer.UNDERSCORE) {
            return k;
        }
        int end = LatexTokens.argumentEnd(tokens, k + 1);
        if (end <= k + 1) {
            return -1;
        }
        StringBuilder script = new StringBuilder();
        tokens.subList(k + 1, end).forEach(t -> script.append(t.getText()));
        return size(script.toString()) ? end : -1;
    }

    /** Whether the superscript at {@code caret} transposes ({@code I^\top}, {@code I^T}): the identity still. */
    private static boolean transposed(List<Token> tokens, int caret) {
        int k = caret + 1 < tokens.size() && tokens.get(caret + 1).getType() == LatexLexer.LBRACE ? caret + 2 : caret + 1;
        return k < tokens.size() && (tokens.get(k).getType() == LatexLexer.TRANSPOSE || tokens.get(k).getText().equals("T"));
    }

    /**
     * Whether the statement's sides put a plain I in matrix context: one writes a transpose or a plain capital {@code matrix}
     * says is a matrix, other than I ({@code 2S - \lambda I}), or a derivative whose entries form a matrix.
     */
    static boolean matrixContext(List<List<Token>> sides, Predicate<String> vector, Predicate<String> matrix) {
        for (List<Token> side : sides) {
            if (side == null) {
                continue;
            }
            for (int k = 0; k < side.size(); k++) {
                Token t = side.get(k);
                if (t.getType() == LatexLexer.TRANSPOSE || t.getType() == LatexLexer.LETTER && !t.getText().equals("I")
                        && Character.isUpperCase(t.getText().charAt(0)) && matrix.test(t.getText())) {
                    return true;
                }
            }
            if (MatrixDerivatives.written(side, vector, matrix)) {
                return true;
            }
        }
        return false;
    }
}
