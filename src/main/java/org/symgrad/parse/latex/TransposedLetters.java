package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The plain lower-case letters a document writes transposed, whole ({@code \theta^\top x_i}, {@code w^T x}), or as the
 * argument of softmax ({@code \operatorname{softmax}(z)}): vectors, as a number is never transposed and softmax takes a
 * vector, for {@link VectorEntries}. The scalar reader takes such a letter's inner product by itself, so
 * only what no scalar reading gives uses this: the vector a Hessian in matrix form is by ({@code \nabla^2_\theta L} beside
 * {@code \lambda_i = \exp(\theta^\top x_i)}), and the one a Jacobian of a vector is by ({@code \frac{\partial p}{\partial z}}
 * beside {@code p = \operatorname{softmax}(z)}). A letter written transposed with a subscript ({@code \theta_k^T}) names one of
 * several vectors, not the letter alone.
 */
final class TransposedLetters {
    private TransposedLetters() {
    }

    /** The letters ({@code w}, {@code \theta}) the document's math writes transposed without a script before the mark. */
    static Set<String> in(String document) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> tokens : LaterMatrices.formulas(document)) {
            for (int k = 0; k + 1 < tokens.size(); k++) {
                if (plainLetter(tokens, k) && VectorNameScan.transposeEnd(tokens, k + 1) > 0) {
                    out.add(tokens.get(k).getText());
                }
                if (softmaxOfALetter(tokens, k)) {
                    out.add(tokens.get(k + 2).getText());
                }
            }
        }
        return out;
    }

    /** Whether {@code \operatorname{softmax}(z)} of one plain letter stands at {@code k}: softmax takes a vector. */
    private static boolean softmaxOfALetter(List<Token> tokens, int k) {
        return k + 3 < tokens.size() && VectorCalls.plainName(tokens.get(k).getText()).equals("softmax") && tokens.get(k + 1).getType() == LatexLexer.LPAREN
                && plainLetter(tokens, k + 2) && tokens.get(k + 3).getType() == LatexLexer.RPAREN;
    }

    /** Whether a lower-case letter or Greek letter stands at {@code k} by itself: no font, decoration or script it belongs to. */
    static boolean plainLetter(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        boolean letter = LatexTokens.lowerCaseLetter(t);
        int before = k > 0 ? tokens.get(k - 1).getType() : -1;
        return letter && before != LatexLexer.UNDERSCORE && before != LatexLexer.CARET && before != LatexLexer.LBRACE
                && before != LatexLexer.FONT && before != LatexLexer.DECOR;
    }
}
