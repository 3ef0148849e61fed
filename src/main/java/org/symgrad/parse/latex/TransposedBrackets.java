package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The plain lower-case letters a document writes as whole terms of a transposed bracket, x and μ of
 * {@code f(x) = (x - \mu)^\top \Sigma^{-1} (x - \mu)}, also with a sample label ({@code (x^{(i)} - \mu)^\top}), or after a capital
 * that makes a whole term with them, b of {@code (y - Xb)^\top (y - Xb)} (a term of a vector, the capital a matrix or a number):
 * vectors wherever written whole, as a number is never transposed, for
 * {@link VectorEntries}; not a letter the document writes by its entries ({@code x_i}) or says is one number
 * ({@link OneNumberNames}).
 */
final class TransposedBrackets {
    private TransposedBrackets() {
    }

    /** The letters ({@code x}, {@code \mu}) added at the top of a bracket the document's math writes transposed. */
    static Set<String> in(String document) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Token> tokens : LaterMatrices.formulas(document)) {
            for (int close = 1; close + 1 < tokens.size(); close++) {
                if (tokens.get(close).getType() != LatexLexer.RPAREN || VectorNameScan.transposeEnd(tokens, close + 1) <= 0) {
                    continue;
                }
                int open = close;
                for (int level = 0; open >= 0; open--) {
                    int type = tokens.get(open).getType();
                    level += type == LatexLexer.RPAREN ? 1 : type == LatexLexer.LPAREN ? -1 : 0;
                    if (level == 0) {
                        break;
                    }
                }
                // (1 + x)^T: a number added is no vector's, so the mark may be a power T; only a bracket of letters is read
                boolean letters = open >= 0 && tokens.subList(open + 1, close).stream().noneMatch(t -> t.getType() == LatexLexer.DIGIT);
                for (int k = open + 1; letters && k < close; k++) {
                    int before = tokens.get(k - 1).getType();
                    // x^{(i)}: the i-th sample of the vector x, its label above it
                    int after = tokens.get(sampleLabelEnd(tokens, k + 1)).getType();
                    int start = capitalBefore(tokens, k);
                    before = start > open ? tokens.get(start - 1).getType() : before;
                    if (TransposedLetters.plainLetter(tokens, k)
                            && (before == LatexLexer.LPAREN || before == LatexLexer.PLUS || before == LatexLexer.MINUS) && k - 1 >= open
                            && (after == LatexLexer.RPAREN || after == LatexLexer.PLUS || after == LatexLexer.MINUS) && depth(tokens, open, k) == 1) {
                        String letter = tokens.get(k).getText();
                        if (!SubscriptedNames.writes(document, letter) && !OneNumberNames.in(document).contains(letter)) {
                            out.add(letter);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The token after a sample label {@code ^{(i)}} starting at {@code k}, or {@code k} where none starts there. */
    static int sampleLabelEnd(List<Token> tokens, int k) {
        boolean label = k + 6 < tokens.size() && tokens.get(k).getType() == LatexLexer.CARET && tokens.get(k + 1).getType() == LatexLexer.LBRACE
                && tokens.get(k + 2).getType() == LatexLexer.LPAREN && tokens.get(k + 3).getType() == LatexLexer.LETTER
                && tokens.get(k + 4).getType() == LatexLexer.RPAREN && tokens.get(k + 5).getType() == LatexLexer.RBRACE;
        return label ? k + 6 : k;
    }

    /**
     * Where a capital factor right before {@code k} starts, {@code X} or {@code \mathbf{X}} of {@code Xb}; {@code k} itself where
     * none ends there.
     */
    private static int capitalBefore(List<Token> tokens, int k) {
        if (k >= 1 && capital(tokens.get(k - 1))) {
            return k - 1;
        }
        boolean bold = k >= 4 && tokens.get(k - 1).getType() == LatexLexer.RBRACE && capital(tokens.get(k - 2))
                && tokens.get(k - 3).getType() == LatexLexer.LBRACE && tokens.get(k - 4).getType() == LatexLexer.FONT;
        return bold ? k - 4 : k;
    }

    private static boolean capital(Token t) {
        return t.getType() == LatexLexer.LETTER && t.getText().length() == 1 && Character.isUpperCase(t.getText().charAt(0));
    }

    /** The bracket depth at {@code k}, counting from {@code open}. */
    private static int depth(List<Token> tokens, int open, int k) {
        int depth = 0;
        for (int j = open; j < k; j++) {
            int type = tokens.get(j).getType();
            depth += type == LatexLexer.LPAREN || type == LatexLexer.LBRACE ? 1 : type == LatexLexer.RPAREN || type == LatexLexer.RBRACE ? -1 : 0;
        }
        return depth;
    }
}
