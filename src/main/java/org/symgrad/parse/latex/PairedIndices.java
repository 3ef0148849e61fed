package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The names a document writes with two index letters and never with one, read once over its whole math: the
 * cross-correlation {@code \mathcal{C}_{ij}} of Barlow Twins, a weight {@code w_{ij}}, a covariance {@code \Sigma_{ij}}, a CRF's
 * transition score {@code A_{ss'}}.
 * There an entry written with two digits, {@code \mathcal{C}_{12}}, {@code w_{21}}, is the entry at row 1 and column 2, as
 * every author means it; read as the one index twelve, it was another quantity, and right steps written out for two
 * entries were false ({@link NameScripts}). A name also written with one index ({@code x_i} beside {@code x_{ij}}), or
 * with a two-digit index only, keeps {@code x_{12}} as the one index 12.
 */
public final class PairedIndices {
    private PairedIndices() {
    }

    /** The bases (symgrad's spelling: {@code w}, {@code C}, {@code Sigma}) the tokens write with two index letters only. */
    public static Set<String> in(List<List<Token>> formulas) {
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> singles = new LinkedHashSet<>();
        for (List<Token> t : formulas) {
            for (int i = 1; i + 1 < t.size(); i++) {
                if (t.get(i).getType() != LatexLexer.UNDERSCORE) {
                    continue;
                }
                String base = base(t, i);
                if (base == null) {
                    continue;
                }
                int letters = letters(t, i + 1);
                if (letters == 2) {
                    pairs.add(base);
                } else if (letters == 1) {
                    singles.add(base);
                }
            }
        }
        pairs.removeAll(singles);
        return pairs;
    }

    /** The name before the subscript at {@code u}: a letter, a Greek letter, or a letter in a font ({@code \mathcal{C}}). */
    private static String base(List<Token> t, int u) {
        Token before = t.get(u - 1);
        if (before.getType() == LatexLexer.LETTER) {
            return before.getText();
        }
        if (before.getType() == LatexLexer.GREEK) {
            return LatexNames.greek(before.getText());
        }
        if (before.getType() == LatexLexer.RBRACE && u >= 4 && t.get(u - 2).getType() == LatexLexer.LETTER
                && t.get(u - 3).getType() == LatexLexer.LBRACE && t.get(u - 4).getType() == LatexLexer.FONT) {
            return t.get(u - 2).getText();
        }
        return null;
    }

    /**
     * How many lower-case index letters the subscript at {@code s} is ({@code i}, {@code {ij}}, {@code {k,l}}, {@code {ss'}}), 0 for
     * any other.
     */
    private static int letters(List<Token> t, int s) {
        if (isIndexLetter(t.get(s))) {
            return 1;
        }
        if (t.get(s).getType() != LatexLexer.LBRACE) {
            return 0;
        }
        int count = 0;
        for (int j = s + 1; j < t.size(); j++) {
            Token x = t.get(j);
            if (x.getType() == LatexLexer.RBRACE) {
                return count <= 2 ? count : 0;
            }
            if (isIndexLetter(x)) {
                count++;
            } else if (x.getType() == LatexLexer.PRIME && isIndexLetter(t.get(j - 1))) {
                continue; // A_{ss'}: the prime is part of its letter, s' a second label as s is
            } else if (x.getType() != LatexLexer.COMMA) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean isIndexLetter(Token x) {
        return x.getType() == LatexLexer.LETTER && Character.isLowerCase(x.getText().charAt(0));
    }
}
