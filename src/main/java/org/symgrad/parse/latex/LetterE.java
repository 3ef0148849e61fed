package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The letter e as a quantity: a document that differentiates by it ({@code \frac{\partial p^*}{\partial e}}, {@code \frac{dC}{de}})
 * means a rate or a coefficient it calls e (Levins's extinction rate in {@code c p (1 - p) - e p}), not Euler's number, which
 * nothing is differentiated by. Then every bare e of the document is that quantity.
 */
public final class LetterE {
    private LetterE() {
    }

    /** Whether {@code tokens} (a document's math) write a derivative by the bare letter e: {@code \partial e} or {@code d e} closing a denominator. */
    public static boolean differentiatedBy(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.getText().equals("e") || t.getType() != LatexLexer.LETTER || tokens.get(i + 1).getType() != LatexLexer.RBRACE) {
                continue;
            }
            Token before = tokens.get(i - 1);
            boolean partial = before.getType() == LatexLexer.PARTIAL;
            boolean d = before.getType() == LatexLexer.LETTER && before.getText().equals("d") && i >= 2
                    && tokens.get(i - 2).getType() == LatexLexer.LBRACE;
            if (partial || d) {
                return true;
            }
        }
        return false;
    }
}
