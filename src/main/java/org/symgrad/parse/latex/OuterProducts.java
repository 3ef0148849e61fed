package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A matrix derivative written with an outer product, {@code \frac{\partial L}{\partial \mathbf{W}} =
 * (\mathbf{p} - \mathbf{y}) \mathbf{x}^\top} (CS231n, Goodfellow et al. §6.5): the statement is read
 * entry by entry, {@code ∂L/∂W_{ij} = (p_i − y_i) x_j}, and so checked. The first side must be the
 * derivative by one capital name ({@code W}, {@code \mathbf{W}}, {@code \nabla_{\mathbf{W}}}, or the operator
 * {@code \frac{\partial}{\partial W}} before its operand), and
 * another side must write a transpose; the entry indices are the first two letters of
 * {@code i j k l m n a b c d} the statement does not write. Anywhere else an outer product stays
 * matrix notation, refused with a message.
 */
public final class OuterProducts {
    private OuterProducts() {
    }

    /** The entry the statement with these sides (the first is its left side) is read at, or empty. */
    public static Optional<LatexContext.MatrixEntry> entry(List<List<Token>> sides) {
        return entry(sides, Set.of());
    }

    /**
     * The entry as {@link #entry(List)}, in a document whose sums count to the letters {@code sizeLetters}: there a plain
     * {@code ^T} on a bracket is a power of the horizon T ({@link HorizonPowers}), no transpose.
     */
    public static Optional<LatexContext.MatrixEntry> entry(List<List<Token>> sides, Set<String> sizeLetters) {
        if (sides.size() < 2 || sides.get(0) == null || sides.get(0).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> matrix = matrixOf(sides.get(0));
        if (matrix.isEmpty()) {
            return Optional.empty();
        }
        boolean transposed = false;
        Set<String> letters = new LinkedHashSet<>();
        for (List<Token> side : sides) {
            if (side == null) {
                continue;
            }
            for (int k = 0; k < side.size(); k++) {
                Token t = side.get(k);
                if (t.getType() == LatexLexer.LETTER) {
                    letters.add(t.getText());
                }
                if (side != sides.get(0) && (t.getType() == LatexLexer.TRANSPOSE || t.getType() == LatexLexer.LETTER
                        && t.getText().equals("T") && k > 0 && caretBefore(side, k)
                        && !HorizonPowers.isPower(side, caretAt(side, k), sizeLetters))
                        && !ofACapital(side, k)) {
                    transposed = true;
                }
            }
        }
        if (!transposed) {
            return Optional.empty();
        }
        List<String> free = "ijklmnabcd".chars().mapToObj(c -> String.valueOf((char) c)).filter(c -> !letters.contains(c)).toList();
        return free.size() < 2 ? Optional.empty() : Optional.of(new LatexContext.MatrixEntry(matrix.get(), free.get(0), free.get(1)));
    }

    /**
     * Whether the transpose at {@code k} ({@code ^T}, {@code ^\top}, {@code ^{\top}}) is a capital's,
     * {@code X^T} or {@code \mathbf{X}^\top}: a matrix, whose product is no outer product.
     */
    private static boolean ofACapital(List<Token> side, int k) {
        int caret = caretAt(side, k);
        if (caret < 1) {
            return false;
        }
        Token before = side.get(caret - 1);
        if (before.getType() == LatexLexer.RBRACE && caret >= 4 && side.get(caret - 3).getType() == LatexLexer.LBRACE
                && side.get(caret - 4).getType() == LatexLexer.FONT) {
            before = side.get(caret - 2);
        }
        return before.getType() == LatexLexer.LETTER && Character.isUpperCase(before.getText().charAt(0));
    }

    /** {@code ^T} or {@code ^{T}}. */
    private static boolean caretBefore(List<Token> side, int k) {
        return caretAt(side, k) >= 0;
    }

    /**
     * Where the caret of a superscript whose first token is at {@code k} stands ({@code ^T}, {@code ^{T}}, and after the
     * example's label {@code ^{(i)T}}); -1 if none.
     */
    private static int caretAt(List<Token> side, int k) {
        int at = k;
        if (k > 3 && side.get(k - 1).getType() == LatexLexer.RPAREN) {
            // ^{(i)T}: the label in parentheses before the mark
            int open = k - 2;
            while (open > 0 && side.get(open).getType() != LatexLexer.LPAREN && side.get(open).getType() != LatexLexer.RPAREN) {
                open--;
            }
            if (side.get(open).getType() == LatexLexer.LPAREN && side.get(open - 1).getType() == LatexLexer.LBRACE) {
                at = open;
            }
        }
        return side.get(at - 1).getType() == LatexLexer.CARET && at == k ? at - 1
                : at > 1 && side.get(at - 1).getType() == LatexLexer.LBRACE && side.get(at - 2).getType() == LatexLexer.CARET ? at - 2 : -1;
    }

    /**
     * The capital letter a side that is only a derivative differentiates by: {@code \frac{\partial L}{\partial W}},
     * {@code \frac{\partial L}{\partial \mathbf{W}}}, {@code \frac{\partial}{\partial W} L}, {@code \nabla_{\mathbf{W}} L},
     * {@code \nabla_W L}.
     */
    private static Optional<String> matrixOf(List<Token> side) {
        List<Token> t = side.stream().filter(x -> x.getType() != LatexLexer.SPACING).toList();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.get(0).getType() == LatexLexer.NABLA && t.size() >= 3 && t.get(1).getType() == LatexLexer.UNDERSCORE) {
            List<Token> script = t.get(2).getType() == LatexLexer.LBRACE ? upTo(t, 3) : t.subList(2, 3);
            return capital(script);
        }
        if (t.size() > 6 && t.get(0).getType() == LatexLexer.FRAC && t.get(1).getType() == LatexLexer.LBRACE
                && t.get(2).getType() == LatexLexer.PARTIAL && t.get(3).getType() == LatexLexer.RBRACE
                && t.get(4).getType() == LatexLexer.LBRACE && t.get(5).getType() == LatexLexer.PARTIAL) {
            // the operator \frac{\partial}{\partial W} before its operand
            return capital(upTo(t, 6));
        }
        if (t.get(0).getType() != LatexLexer.FRAC || t.get(t.size() - 1).getType() != LatexLexer.RBRACE) {
            return Optional.empty();
        }
        // the denominator: the last brace group, \partial and a name
        int open = LatexTokens.openingBrace(t, t.size() - 1);
        if (open < 2 || t.get(open - 1).getType() != LatexLexer.RBRACE || t.get(open + 1).getType() != LatexLexer.PARTIAL) {
            return Optional.empty();
        }
        return capital(t.subList(open + 2, t.size() - 1));
    }

    /** The tokens after {@code from} up to the brace that closes the one before it. */
    private static List<Token> upTo(List<Token> t, int from) {
        int depth = 1;
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).getType() == LatexLexer.LBRACE) {
                depth++;
            } else if (t.get(k).getType() == LatexLexer.RBRACE && --depth == 0) {
                return t.subList(from, k);
            }
        }
        return List.of();
    }

    /** {@code W} or {@code \mathbf{W}} (any font): the capital letter; empty for anything else. */
    private static Optional<String> capital(List<Token> name) {
        if (name.size() == 1 && name.get(0).getType() == LatexLexer.LETTER && Character.isUpperCase(name.get(0).getText().charAt(0))) {
            return Optional.of(name.get(0).getText());
        }
        if (name.size() == 4 && name.get(0).getType() == LatexLexer.FONT && name.get(1).getType() == LatexLexer.LBRACE
                && name.get(3).getType() == LatexLexer.RBRACE) {
            return capital(name.subList(2, 3));
        }
        return Optional.empty();
    }
}
