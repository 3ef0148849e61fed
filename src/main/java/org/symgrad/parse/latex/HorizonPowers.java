package org.symgrad.parse.latex;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A T above a bracket where the document counts to T: Macaulay's bond price {@code \\sum_{t=1}^{T} \\frac{c}{(1 + y)^t}
 * + \\frac{F}{(1 + y)^T}}. Where the document writes T as the upper limit of a sum or product
 * ({@link UpperLimits#sizeLetters}), T is a number of periods, and a plain {@code ^T} or {@code ^{T}} on a bracket
 * raises it to that power. On a name, {@code w^T x_t}, {@code \\theta^T}, {@code \\gamma^T}, it stays the mark of a
 * transpose, which is refused, as it does on a bracket of bold vectors, {@code (\\mathbf{x} - \\boldsymbol{\\mu})^T},
 * and everywhere in a document that does not count to T.
 */
final class HorizonPowers {
    private HorizonPowers() {
    }

    /** Whether the script written {@code script} (blanks removed) on a bracket is the power T of a document that counts to T. */
    static boolean isPower(String script, Set<String> sizeLetters) {
        return (script.equals("T") || script.equals("{T}")) && sizeLetters.contains("T");
    }

    /** Whether the T whose caret is at {@code caret} of {@code side} is such a power: on a bracket without bold inside. */
    static boolean isPower(List<Token> side, int caret, Set<String> sizeLetters) {
        if (!sizeLetters.contains("T") || caret < 1 || side.get(caret - 1).getType() != LatexLexer.RPAREN) {
            return false;
        }
        int depth = 0;
        for (int k = caret - 1; k >= 0; k--) {
            int type = side.get(k).getType();
            if (type == LatexLexer.FONT) {
                return false;
            }
            depth += type == LatexLexer.RPAREN ? 1 : type == LatexLexer.LPAREN ? -1 : 0;
            if (depth == 0) {
                return true;
            }
        }
        return false;
    }
}
