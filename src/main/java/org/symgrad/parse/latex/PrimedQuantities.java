package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The names a document writes with a prime as a quantity of their own, not as a derivative: a resistance per unit length
 * {@code R'(r) = …} beside {@code \frac{d R'}{d r}}, a heat flow per unit length {@code q'}. The cue is the document's own:
 * it differentiates the primed name itself ({@code d R'}, {@code \partial R'}, {@code \mathrm{d} R'}), which nobody writes
 * of a derivative (that is {@code R''}), and nothing in its display math defines the bare name ({@code R(r) = …} or
 * {@code R = …} at the start of a row). Where the bare name is defined, its primed form stays its derivative. Read once
 * before any formula, so that {@code R'(r) = …} defines the function {@code Rprime} and {@code R'(k/h)} calls it.
 */
public final class PrimedQuantities {
    private PrimedQuantities() {
    }

    /** The bare names (symgrad's spelling: {@code R}, {@code phi}) whose primed form {@code formulas} differentiate as a quantity. */
    public static Set<String> in(List<List<Token>> formulas) {
        Set<String> differentiated = new LinkedHashSet<>();
        Set<String> definedBare = new LinkedHashSet<>();
        for (List<Token> tokens : formulas) {
            definedBare.addAll(DefinedFunctions.in(tokens));
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Token name = tokens.get(i);
                if (!DefinedFunctions.isName(name)) {
                    continue;
                }
                if (tokens.get(i + 1).getType() == LatexLexer.EQ && (i == 0 || DefinedFunctions.startsRow(tokens.get(i - 1)))) {
                    definedBare.add(spelling(name));
                }
                if (tokens.get(i + 1).getType() == LatexLexer.PRIME && i > 0 && differential(tokens, orderBefore(tokens, i))) {
                    differentiated.add(spelling(name));
                }
            }
        }
        differentiated.removeAll(definedBare);
        return differentiated;
    }

    /** The position before the order written above a differential right before {@code i} ({@code d^2 R'}, {@code d^{2} R'}), else i − 1. */
    private static int orderBefore(List<Token> tokens, int i) {
        int j = i - 1;
        if (j >= 1 && tokens.get(j).getType() == LatexLexer.DIGIT && tokens.get(j - 1).getType() == LatexLexer.CARET) {
            return j - 2;
        }
        if (j >= 3 && tokens.get(j).getType() == LatexLexer.RBRACE && tokens.get(j - 1).getType() == LatexLexer.DIGIT
                && tokens.get(j - 2).getType() == LatexLexer.LBRACE && tokens.get(j - 3).getType() == LatexLexer.CARET) {
            return j - 4;
        }
        return j;
    }

    /** Whether the token at {@code at} is a differential's mark: d, ∂ or an upright d ({@code \mathrm{d}}). */
    private static boolean differential(List<Token> tokens, int at) {
        if (at < 0) {
            return false;
        }
        Token t = tokens.get(at);
        return t.getType() == LatexLexer.PARTIAL || t.getType() == LatexLexer.DIFF_D
                || t.getType() == LatexLexer.LETTER && t.getText().equals("d")
                || t.getType() == LatexLexer.TEXT && t.getText().replace(" ", "").endsWith("{d}");
    }

    private static String spelling(Token name) {
        String text = name.getText();
        return text.startsWith("\\") ? text.substring(1) : text;
    }
}
