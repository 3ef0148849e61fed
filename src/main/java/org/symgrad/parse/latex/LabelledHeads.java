package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The letters a document writes above a name at the head of a function's definition:
 * {@code L_2^{\tau}(u) = …} (Newey and Powell's expectile loss), {@code \rho_\tau^\kappa(u) := …},
 * {@code H^{\alpha}(p) = …}. There the letter labels the function, as a subscript label does
 * ({@code h_\theta(x)}): a power of the function's value is no definition. Read once before any formula,
 * so that the name with that letter above it is the labelled name wherever the document writes it,
 * also without its argument ({@code \frac{d L_2^{\tau}}{d u}}).
 */
public final class LabelledHeads {
    private LabelledHeads() {
    }

    /**
     * The pairs {@code base^letter} (symgrad's spelling, {@code L^tau}) of the heads in {@code tokens}, one
     * display's math: at the start of a row, a one-token name, at most one subscript (a token or a brace
     * group) and a superscript that is one letter or Greek letter (bare or in braces), in either order, then
     * a bracket of one or more plain one-token parameters separated by commas and {@code =} or {@code :=}.
     */
    public static Set<String> in(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 5 < tokens.size(); i++) {
            Token base = tokens.get(i);
            if (!isLetter(base) || i > 0 && !startsRow(tokens.get(i - 1))) {
                continue;
            }
            int j = i + 1;
            String letter = null;
            boolean subscripted = false;
            for (int script = 0; script < 2 && j < tokens.size(); script++) {
                int type = tokens.get(j).getType();
                if (type == LatexLexer.UNDERSCORE && !subscripted) {
                    subscripted = true;
                    j = afterGroup(tokens, j + 1);
                } else if (type == LatexLexer.CARET && letter == null) {
                    int end = afterGroup(tokens, j + 1);
                    if (end < 0) {
                        break;
                    }
                    List<Token> inner = end - (j + 1) == 1 ? tokens.subList(j + 1, end) : tokens.subList(j + 2, end - 1);
                    if (inner.size() != 1 || !isLetter(inner.get(0))) {
                        break;
                    }
                    letter = spelling(inner.get(0));
                    j = end;
                } else {
                    break;
                }
                if (j < 0) {
                    break;
                }
            }
            if (letter == null || j < 0 || !parametersThenDefinition(tokens, j)) {
                continue;
            }
            out.add(spelling(base) + "^" + letter);
        }
        return out;
    }

    /** The index after a script's argument starting at {@code at}: one token, or a brace group; -1 if none. */
    private static int afterGroup(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return -1;
        }
        if (tokens.get(at).getType() != LatexLexer.LBRACE) {
            return at + 1;
        }
        int close = LatexTokens.matchingBrace(tokens, at);
        return close < 0 ? -1 : close + 1;
    }

    /** Whether a bracket of plain one-token parameters starts at {@code at} and {@code =} or {@code :=} follows it. */
    private static boolean parametersThenDefinition(List<Token> tokens, int at) {
        if (at >= tokens.size() || tokens.get(at).getType() != LatexLexer.LPAREN) {
            return false;
        }
        int j = at + 1;
        boolean parameter = true;
        int count = 0;
        while (j < tokens.size() && tokens.get(j).getType() != LatexLexer.RPAREN) {
            if (parameter ? !isName(tokens.get(j)) : tokens.get(j).getType() != LatexLexer.COMMA) {
                return false;
            }
            count += parameter ? 1 : 0;
            parameter = !parameter;
            j++;
        }
        if (count == 0 || parameter || j + 1 >= tokens.size()) {
            return false;
        }
        int relation = tokens.get(j + 1).getType();
        return relation == LatexLexer.EQ || relation == LatexLexer.DEF_EQ;
    }

    private static boolean isName(Token t) {
        return DefinedFunctions.isName(t);
    }

    private static boolean isLetter(Token t) {
        return isName(t) && !t.getText().equals("e");
    }

    private static boolean startsRow(Token before) {
        return DefinedFunctions.startsRow(before);
    }

    /** symgrad's spelling of a one-token name: {@code \tau} is tau. */
    static String spelling(Token name) {
        return name.getType() == LatexLexer.GREEK ? LatexNames.greek(name.getText()) : name.getText();
    }
}
