package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The plain lower-case letters a document writes as the whole argument of a diagonal matrix, d of
 * {@code D = \operatorname{diag}(d)}: vectors wherever written whole, as diag builds a matrix from a vector's entries, for
 * {@link VectorEntries}; not a letter the document writes by its entries ({@code d_i}, read by {@link DiagonalArguments})
 * or says is one number ({@link OneNumberNames}).
 */
final class DiagonalLetters {
    private DiagonalLetters() {
    }

    /** The letters ({@code d}, {@code \lambda}) the document's math writes alone inside {@code diag( )}. */
    static Set<String> in(String document) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> oneNumbers = OneNumberNames.in(document);
        for (List<Token> tokens : LaterMatrices.formulas(document)) {
            for (int k = 0; k + 3 < tokens.size(); k++) {
                if (VectorCalls.plainName(tokens.get(k).getText()).equals("diag") && tokens.get(k + 1).getType() == LatexLexer.LPAREN
                        && TransposedLetters.plainLetter(tokens, k + 2) && tokens.get(k + 3).getType() == LatexLexer.RPAREN) {
                    String letter = tokens.get(k + 2).getText();
                    if (!SubscriptedNames.writes(document, letter) && !oneNumbers.contains(letter)) {
                        out.add(letter);
                    }
                }
            }
        }
        return out;
    }
}
