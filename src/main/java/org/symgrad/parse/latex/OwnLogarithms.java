package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Whether a document defines a logarithm of its own under a letter subscript, read once over its whole math: the tempered
 * logarithm of the bi-tempered loss, {@code \log_t(x) = \frac{x^{1-t} - 1}{1 - t}} (Amid et al. 2019), then used as
 * {@code \frac{d}{dx} \log_t(x)} and {@code \log_{t_1}(p)}. There the subscript is the function's temperature, not a base:
 * read as {@code log(x)/log(t)}, the definition and every right step that uses it were called false. Such a document's
 * {@code \log} with a letter subscript is refused ({@link FunctionFactors}); a number or {@code e} stays a base
 * ({@code \log_2}, {@code \log_{10}}), and a document that never defines one keeps reading {@code \log_b x} in base b.
 */
public final class OwnLogarithms {
    private OwnLogarithms() {
    }

    /** Whether one of the formulas starts by defining {@code \log_t(x)} (or {@code \log_{t}(x)}) with a letter t other than e. */
    public static boolean definedIn(List<List<Token>> formulas) {
        for (List<Token> tokens : formulas) {
            if (defines(tokens)) {
                return true;
            }
        }
        return false;
    }

    private static boolean defines(List<Token> t) {
        if (t.size() < 6 || t.get(0).getType() != LatexLexer.FUNC || !t.get(0).getText().equals("\\log")
                || t.get(1).getType() != LatexLexer.UNDERSCORE) {
            return false;
        }
        int k = 2;
        String letter;
        if (t.get(k).getType() == LatexLexer.LBRACE && k + 2 < t.size() && t.get(k + 2).getType() == LatexLexer.RBRACE) {
            letter = t.get(k + 1).getType() == LatexLexer.LETTER ? t.get(k + 1).getText() : null;
            k += 3;
        } else {
            letter = t.get(k).getType() == LatexLexer.LETTER ? t.get(k).getText() : null;
            k++;
        }
        if (letter == null || letter.equals("e") || k >= t.size() || t.get(k).getType() != LatexLexer.LPAREN) {
            return false;
        }
        int depth = 0;
        for (int j = k; j < t.size(); j++) {
            int type = t.get(j).getType();
            if (type == LatexLexer.LPAREN) {
                depth++;
            } else if (type == LatexLexer.RPAREN && --depth == 0) {
                // \log_b(x) = \frac{\ln x}{\ln b} defines nothing new: the logarithm in base b, written in natural ones
                return j + 1 < t.size() && (t.get(j + 1).getType() == LatexLexer.EQ || t.get(j + 1).getType() == LatexLexer.DEF_EQ)
                        && t.subList(j + 2, t.size()).stream().noneMatch(x -> x.getType() == LatexLexer.FUNC
                                && x.getText().matches("\\\\(?:log|ln|lg)"));
            }
        }
        return false;
    }
}
