package org.symgrad.parse.latex;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Whether a document uses the letter n as a quantity of its own, read once over its whole math: the negative of a
 * triplet loss, {@code L = \max(0, \|a - p\|^2 - \|a - n\|^2 + m)} and {@code \frac{\partial L}{\partial n}}. symgrad's
 * own n is the size of a range whose bounds a sum leaves unwritten ({@code \|a - p\|^2} sums over n entries), so the
 * document's n is read under another name, {@link #VARIABLE}, which a report writes as n. A document that writes n as a
 * count (an upper limit, {@code \mathbb{R}^n}, a subscript), or as a number of its own (not a vector), keeps reading it so.
 */
public final class NUse {
    /** The name the document's n is read as where it is a variable; a report writes it as n. */
    public static final String VARIABLE = "nvar";

    private NUse() {
    }

    /**
     * Whether the formulas (a whole document's math) differentiate by the letter n ({@code \\partial n},
     * {@code \\partial \\mathbf{n}}, {@code d n}), write it as a vector (bold, with an entry's subscript {@code n_j},
     * transposed, or inside a norm {@code \\|a - n\\|}) and never as a count: in a superscript ({@code \\sum_{i=1}^n},
     * {@code \\mathbb{R}^n}) or a subscript ({@code x_n}, {@code \\sum_{n}}). A number n differentiated by (the number of
     * trips to the bank, {@code \\frac{dC}{dn}}) stays n: no sum of its document runs over an unwritten range. An n written
     * as a whole vector (bold, transposed, inside a norm) is the document's own even where no step differentiates by it:
     * {@code \\|a - n\\|^2} beside {@code \\frac{\\partial L}{\\partial a} = 2(n - p)} never counts the entries.
     */
    public static boolean asVariable(List<List<Token>> formulas) {
        boolean differentiated = false;
        boolean vector = false;
        boolean wholeVector = false;
        for (List<Token> tokens : formulas) {
            int norms = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.getType() == LatexLexer.NORM) {
                    norms++;
                }
                if (!isN(t)) {
                    continue;
                }
                int before = i > 0 ? tokens.get(i - 1).getType() : -1;
                if (before == LatexLexer.CARET || before == LatexLexer.UNDERSCORE || inScript(tokens, i)) {
                    return false;
                }
                boolean bold = before == LatexLexer.LBRACE && i > 1 && isBold(tokens.get(i - 2));
                int b = bold ? i - 3 : i - 1;
                int operator = b >= 0 ? tokens.get(b).getType() : -1;
                differentiated |= operator == LatexLexer.PARTIAL || operator == LatexLexer.DIFF_D;
                int after = i + 1 < tokens.size() ? tokens.get(i + 1).getType() : -1;
                int twoAfter = i + 2 < tokens.size() ? tokens.get(i + 2).getType() : -1;
                boolean whole = bold || norms % 2 == 1 || after == LatexLexer.CARET && twoAfter == LatexLexer.TRANSPOSE;
                wholeVector |= whole;
                vector |= whole || after == LatexLexer.UNDERSCORE;
            }
        }
        return differentiated && vector || wholeVector;
    }

    /** Whether the token at {@code i} is inside braces that open a sub- or superscript ({@code _{…}}, {@code ^{…}}). */
    private static boolean inScript(List<Token> tokens, int i) {
        int depth = 0;
        for (int j = i - 1; j >= 0; j--) {
            int type = tokens.get(j).getType();
            if (type == LatexLexer.RBRACE) {
                depth++;
            } else if (type == LatexLexer.LBRACE) {
                if (depth == 0) {
                    int opener = j > 0 ? tokens.get(j - 1).getType() : -1;
                    if (opener == LatexLexer.CARET || opener == LatexLexer.UNDERSCORE) {
                        return true;
                    }
                } else {
                    depth--;
                }
            }
        }
        return false;
    }

    private static boolean isBold(Token t) {
        return LatexTokens.BOLD_FONTS.contains(t.getText()) || t.getText().equals("\\vec");
    }

    private static boolean isN(Token t) {
        return t.getType() == LatexLexer.LETTER && t.getText().equals("n");
    }
}
