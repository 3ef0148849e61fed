package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The braces of a {@code \frac}'s two arguments: {@code \frac{Q K^\top}{\sqrt{d}}} holds the product Q K^\top as a bracket
 * does, so a capital right after such a brace is a factor as anywhere else, where one right after a brace that follows a font,
 * an accent or a script ({@code \mathbf{X}}, {@code \hat{Y}}, {@code W_{H}}) is a name's letter.
 */
final class FractionArguments {
    private FractionArguments() {
    }

    /** Whether the brace at {@code open} opens the numerator or the denominator of a {@code \frac}. */
    static boolean opens(List<Token> tokens, int open) {
        if (open > 0 && tokens.get(open - 1).getType() == LatexLexer.FRAC) {
            return true;
        }
        if (open < 2 || tokens.get(open - 1).getType() != LatexLexer.RBRACE) {
            return false;
        }
        for (int k = open - 2; k > 0; k--) {
            if (tokens.get(k).getType() == LatexLexer.LBRACE && LatexTokens.matchingBrace(tokens, k) == open - 1) {
                return tokens.get(k - 1).getType() == LatexLexer.FRAC;
            }
        }
        return false;
    }
}
