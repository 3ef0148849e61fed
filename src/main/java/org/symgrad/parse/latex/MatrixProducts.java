package org.symgrad.parse.latex;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A product of two matrices written by plain capitals read as matrices, side by side ({@code XW}, {@code Q K^\top},
 * {@code X^\top W}, {@code (P - Y)W}, {@code W(P - Y)^\top}), for {@link VectorEntries}: the reader of numbers takes it for a
 * product of numbers, so a side that writes one is read entry by entry (Z_ij = Σ_k X_ik W_kj) wherever the names are
 * matrices. A factor is such a capital, perhaps transposed, or a bracket whose top level holds one; a capital before a
 * bracket is a product only where the bracket holds a matrix too (a call's argument, {@code F(x)}, holds none).
 */
final class MatrixProducts {
    private MatrixProducts() {
    }

    /** Whether the side writes two factors that are matrices next to each other. */
    static boolean written(List<Token> side, Predicate<String> matrix) {
        int k = 0;
        while (k < side.size()) {
            int end = factorEnd(side, k, matrix);
            if (end < 0) {
                k++;
                continue;
            }
            int next = end;
            while (next < side.size() && side.get(next).getType() == LatexLexer.SPACING) {
                next++;
            }
            if (next < side.size() && factorEnd(side, next, matrix) > 0) {
                return true;
            }
            k = end;
        }
        return false;
    }

    /**
     * Whether the side writes a plain matrix capital, perhaps transposed, right before a bold or {@code \vec} vector
     * ({@code \tanh^2(W\mathbf{x})}, {@code W^\top\boldsymbol\delta}): a product of a matrix and a vector, whose entry
     * Σ_k W_ik x_k the reader of numbers never reads (inside a bracket it would take {@code W\mathbf{x}} for W_ij x_i).
     */
    static boolean timesVector(List<Token> side, Predicate<String> matrix) {
        for (int k = 0; k < side.size(); k++) {
            if (!plainMatrix(side, k, matrix)) {
                continue;
            }
            int next = factorEnd(side, k, matrix);
            while (next > 0 && next < side.size() && side.get(next).getType() == LatexLexer.SPACING) {
                next++;
            }
            if (next > 0 && next < side.size() && (side.get(next).getType() == LatexLexer.FONT
                    && VectorEntries.BOLD.contains(side.get(next).getText())
                    || side.get(next).getType() == LatexLexer.DECOR && side.get(next).getText().equals("\\vec"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the side writes the identity {@code I} and a matrix capital, each plain ({@code B + \\sigma^2 I}): matrix algebra,
     * which the reader of numbers would take for a sum of numbers, I one of them.
     */
    static boolean identityBeside(List<Token> side, Predicate<String> matrix) {
        boolean identity = false;
        boolean other = false;
        for (int k = 0; k < side.size(); k++) {
            identity |= IdentityMatrices.plainAt(side, k) > 0;
            other |= plainMatrix(side, k, c -> !c.equals("I") && matrix.test(c));
        }
        return identity && other;
    }

    /** Whether the side writes a capital {@code matrix} accepts plainly: not in a script, not subscripted, not styled. */
    static boolean writesPlain(List<Token> side, Predicate<String> matrix) {
        for (int k = 0; k < side.size(); k++) {
            if (plainMatrix(side, k, matrix)) {
                return true;
            }
        }
        return false;
    }

    /** Where a factor that is a matrix starting at {@code k} ends (after a transpose it carries); -1 if none starts there. */
    private static int factorEnd(List<Token> side, int k, Predicate<String> matrix) {
        int end;
        if (plainMatrix(side, k, matrix)) {
            end = k + 1;
        } else if (side.get(k).getType() == LatexLexer.LPAREN && (k == 0 || !call(side.get(k - 1)))) {
            end = close(side, k);
            if (end < 0 || !topLevelMatrix(side, k + 1, end - 1, matrix)) {
                return -1;
            }
        } else {
            return -1;
        }
        if (end + 1 < side.size() && side.get(end).getType() == LatexLexer.CARET) {
            int scriptEnd = LatexTokens.argumentEnd(side, end + 1);
            StringBuilder script = new StringBuilder();
            side.subList(end + 1, Math.max(scriptEnd, end + 1)).forEach(t -> script.append(t.getText()));
            return scriptEnd > 0 && script.toString().replaceAll("[{}\\s]", "").matches("\\\\top|T|\\\\intercal|\u22A4") ? scriptEnd : -1;
        }
        return end;
    }

    /** Whether a bracket's content from {@code from} to before {@code to} holds a plain matrix capital outside inner brackets. */
    private static boolean topLevelMatrix(List<Token> side, int from, int to, Predicate<String> matrix) {
        int depth = 0;
        for (int j = from; j < to; j++) {
            int type = side.get(j).getType();
            if (type == LatexLexer.LPAREN || type == LatexLexer.LBRACE || type == LatexLexer.LBRACK) {
                depth++;
            } else if (type == LatexLexer.RPAREN || type == LatexLexer.RBRACE || type == LatexLexer.RBRACK) {
                depth--;
            } else if (depth == 0 && plainMatrix(side, j, matrix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the token before {@code k} closes a bracket, no call's arguments, whose top level holds a plain capital
     * {@code matrix} accepts ({@code (A + A^T)x}, {@code (W^T + W)v}): a matrix, so what it multiplies at {@code k} is a column.
     */
    static boolean afterMatrixGroup(List<Token> side, int k, Predicate<String> matrix) {
        if (k < 1 || side.get(k - 1).getType() != LatexLexer.RPAREN) {
            return false;
        }
        int level = 0;
        for (int open = k - 1; open >= 0; open--) {
            int type = side.get(open).getType();
            level += type == LatexLexer.RPAREN ? 1 : type == LatexLexer.LPAREN ? -1 : 0;
            if (level == 0) {
                return (open == 0 || !call(side.get(open - 1))) && topLevelMatrix(side, open + 1, k - 1, matrix);
            }
        }
        return false;
    }

    /** The index after the parenthesis that closes the one at {@code open}; -1 if none does. */
    static int close(List<Token> side, int open) {
        int close = LatexTokens.closing(side, open, Set.of(LatexLexer.LPAREN), Set.of(LatexLexer.RPAREN));
        return close < 0 ? -1 : close + 1;
    }

    /** Whether a parenthesis after this token is a call's: after a function name or a lower-case letter. */
    private static boolean call(Token before) {
        int type = before.getType();
        return type == LatexLexer.FUNC || type == LatexLexer.TEXT || type == LatexLexer.CMD || type == LatexLexer.WORD
                || (type == LatexLexer.LETTER || type == LatexLexer.GREEK) && !VectorNotation.capital(before.getText());
    }

    /** Whether the token at {@code k} is a capital {@code matrix} accepts, not in a script, not subscripted, not styled. */
    private static boolean plainMatrix(List<Token> side, int k, Predicate<String> matrix) {
        Token t = side.get(k);
        if (t.getType() != LatexLexer.LETTER && t.getType() != LatexLexer.GREEK || !VectorNotation.capital(t.getText())
                || !matrix.test(t.getText()) || VectorNotation.subscripted(side, k + 1)) {
            return false;
        }
        int before = k > 0 ? side.get(k - 1).getType() : -1;
        return before != LatexLexer.UNDERSCORE && before != LatexLexer.CARET && (before != LatexLexer.LBRACE || FractionArguments.opens(side, k - 1))
                && before != LatexLexer.FONT && before != LatexLexer.DECOR;
    }
}
