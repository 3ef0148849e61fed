package org.symgrad.parse.latex;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The letters a document uses as the time index of signals written as functions of it, as signal processing writes them:
 * Haykin's {@code y(n) = w_0(n) x(n) + w_1(n) x(n - 1)}, {@code e(n) = d(n) - y(n)}. A lower-case letter is one where a
 * name (no known function) is applied to it shifted by a whole number ({@code x(n - 1)}, {@code w_k(n + 1)}), and the
 * document never differentiates by it ({@code \partial n}, {@code d n}): then {@code x(n - 1)} is the sample
 * {@code x_{n-1}}, an indexed quantity, and {@code \partial w_0(n)} the derivative by the tap weight {@code w_{0,n}}.
 * A real function, {@code f(x) = …} with {@code f(x + h)} or {@code \frac{d f}{d x}}, keeps its calls.
 */
public final class TimeIndices {
    private TimeIndices() {
    }

    /** The time-index letters of a document whose math (display and inline) is {@code formulas}. */
    public static Set<String> in(List<List<Token>> formulas) {
        Set<String> shifted = new LinkedHashSet<>();
        java.util.Map<String, Set<String>> plain = new java.util.HashMap<>();
        Set<String> variables = new HashSet<>();
        for (List<Token> tokens : formulas) {
            for (int i = 1; i + 2 < tokens.size(); i++) {
                if (tokens.get(i).getType() != LatexLexer.LPAREN || !applied(tokens, i) || !isLowerLetter(tokens.get(i + 1))) {
                    continue;
                }
                String letter = tokens.get(i + 1).getText();
                if (tokens.get(i + 2).getType() == LatexLexer.RPAREN) {
                    plain.computeIfAbsent(letter, l -> new HashSet<>()).add(nameBefore(tokens, i));
                } else if (i + 4 < tokens.size()
                        && (tokens.get(i + 2).getType() == LatexLexer.PLUS || tokens.get(i + 2).getType() == LatexLexer.MINUS)) {
                    int j = i + 3;
                    while (j < tokens.size() && tokens.get(j).getType() == LatexLexer.DIGIT) {
                        j++;
                    }
                    if (j > i + 3 && j < tokens.size() && tokens.get(j).getType() == LatexLexer.RPAREN) {
                        shifted.add(letter);
                    }
                }
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                boolean partial = tokens.get(i).getType() == LatexLexer.PARTIAL;
                boolean d = tokens.get(i).getText().equals("d") && i > 0 && tokens.get(i - 1).getType() == LatexLexer.LBRACE;
                if ((partial || d) && isLowerLetter(tokens.get(i + 1))) {
                    variables.add(tokens.get(i + 1).getText());
                }
            }
        }
        // d(k - 1) alone is d times k − 1: signals are several names applied to the index itself, x(n), e(n), w_0(n)
        shifted.removeIf(letter -> plain.getOrDefault(letter, Set.of()).size() < 2);
        shifted.removeAll(variables);
        return shifted;
    }

    /**
     * Whether the bracket at {@code open} applies a name: a letter, a Greek letter, a name's subscript ({@code w_k(},
     * {@code w_{k}(}), a power ({@code x^2(}) or a decorated or styled letter ({@code \hat{J}(}, {@code \mathbf{x}(}); not a
     * function word ({@code \mathrm{ReLU6}(x + 3)}), a bracket, an operator or a number ({@code 2(n - 1)}).
     */
    private static boolean applied(List<Token> tokens, int open) {
        Token before = tokens.get(open - 1);
        if (before.getType() == LatexLexer.DIGIT) {
            return open >= 2 && (tokens.get(open - 2).getType() == LatexLexer.CARET || tokens.get(open - 2).getType() == LatexLexer.UNDERSCORE);
        }
        if (before.getType() == LatexLexer.RBRACE) {
            int brace = open - 2;
            while (brace >= 0 && tokens.get(brace).getType() != LatexLexer.LBRACE) {
                brace--;
            }
            if (brace < 1) {
                return false;
            }
            int mark = tokens.get(brace - 1).getType();
            return mark == LatexLexer.UNDERSCORE || mark == LatexLexer.CARET
                    || (mark == LatexLexer.DECOR || mark == LatexLexer.FONT) && open - brace == 3;
        }
        return before.getType() == LatexLexer.LETTER || before.getType() == LatexLexer.GREEK;
    }

    /** The text of the name the bracket at {@code open} applies, enough to tell two names apart ({@code w_0}, {@code x}, {@code J}). */
    private static String nameBefore(List<Token> tokens, int open) {
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, open - 4); k < open; k++) {
            out.append(tokens.get(k).getText());
        }
        String text = out.toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\\\?[A-Za-z]+)(_\\{?[A-Za-z0-9]+\\}?)?\\}?$").matcher(text);
        return m.find() ? m.group() : text;
    }

    private static boolean isLowerLetter(Token t) {
        return t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0));
    }
}
