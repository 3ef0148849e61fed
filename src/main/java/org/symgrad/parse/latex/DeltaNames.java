package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Whether a document names its own quantity δ with two indices, as ESL §11.4 does with the output
 * units' errors {@code \delta_{ki} = -2 (y_{ik} - f_k(x_i))}: a display formula that opens with
 * {@code \delta_{ki} =} and a value. Then {@code \delta_{ki}} throughout the document is that quantity,
 * not the Kronecker delta; a formula that states the Kronecker delta itself
 * ({@code \delta_{ij} = \begin{cases} 1 & i = j \\ 0 & … \end{cases}}, or {@code = 1}) leaves δ the built-in.
 */
public final class DeltaNames {
    private DeltaNames() {
    }

    /** Whether one of these display formulas defines δ with two indices by a value of the document's. */
    public static boolean definedIn(List<List<Token>> formulas) {
        return formulas.stream().anyMatch(DeltaNames::defines);
    }

    private static boolean defines(List<Token> t) {
        int[] shape = {LatexLexer.GREEK, LatexLexer.UNDERSCORE, LatexLexer.LBRACE, LatexLexer.LETTER, LatexLexer.LETTER,
            LatexLexer.RBRACE};
        if (t.size() < shape.length + 2 || !t.get(0).getText().equals("\\delta")) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (t.get(i).getType() != shape[i]) {
                return false;
            }
        }
        int at = shape.length;
        if (t.get(at).getType() == LatexLexer.AMP) {
            at++;
        }
        if (at + 1 >= t.size() || t.get(at).getType() != LatexLexer.EQ && t.get(at).getType() != LatexLexer.DEF_EQ) {
            return false;
        }
        Token value = t.get(at + 1);
        return value.getType() != LatexLexer.BEGIN && value.getType() != LatexLexer.DIGIT;
    }
}
