package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Two definitions written as one with a double sign, Black and Scholes's
 * {@code d_{1,2} = \frac{\ln(S/K) + (r \pm \sigma^2/2)T}{\sigma\sqrt{T}}}: the name's pair of subscripts and the signs
 * {@code \pm} (upper sign first) and {@code \mp} are read in step, d_1 with + and d_2 with −, two statements at the place
 * of the one. Refused before ("'±' gives two formulas"), with every step that used d_1 or d_2. A double sign in any
 * other statement stays refused: it gives two formulas and no two names to tell them apart.
 */
final class SignedPairs {
    private SignedPairs() {
    }

    /** The statement {@code p} as the two it writes, if it is such a pair; else {@code p} alone. */
    static List<Piece> split(Piece p) {
        List<Token> t = p.tokens();
        // NAME _ { a , b } = …: a letter or Greek name, a braced pair of one-token subscripts, then '='
        if (p.kind() != Piece.Kind.STATEMENT || t.size() < 9
                || t.get(0).getType() != LatexLexer.LETTER && t.get(0).getType() != LatexLexer.GREEK
                || t.get(1).getType() != LatexLexer.UNDERSCORE || t.get(2).getType() != LatexLexer.LBRACE
                || !script(t.get(3)) || t.get(4).getType() != LatexLexer.COMMA || !script(t.get(5))
                || t.get(6).getType() != LatexLexer.RBRACE || t.get(7).getType() != LatexLexer.EQ) {
            return List.of(p);
        }
        List<Token> rest = t.subList(8, t.size());
        if (rest.stream().noneMatch(x -> x.getType() == LatexLexer.PLUS_MINUS)
                || rest.stream().anyMatch(x -> x.getType() == LatexLexer.EQ || x.getType() == LatexLexer.DEF_EQ)) {
            return List.of(p);
        }
        return List.of(signed(p, t.get(3), true), signed(p, t.get(5), false));
    }

    /** A one-token subscript of the pair: a digit or a letter. */
    private static boolean script(Token t) {
        return t.getType() == LatexLexer.DIGIT || t.getType() == LatexLexer.LETTER;
    }

    /** The statement for one of the pair: the name with {@code script} alone, each double sign as its upper or lower sign. */
    private static Piece signed(Piece p, Token script, boolean upper) {
        List<Token> t = p.tokens();
        List<Token> out = new ArrayList<>(List.of(t.get(0), t.get(1), t.get(2), script, t.get(6), t.get(7)));
        for (Token x : t.subList(8, t.size())) {
            if (x.getType() != LatexLexer.PLUS_MINUS) {
                out.add(x);
                continue;
            }
            boolean minusPlus = x.getText().equals("\\mp");
            boolean plus = upper != minusPlus;
            CommonToken sign = new CommonToken(x);
            sign.setType(plus ? LatexLexer.PLUS : LatexLexer.MINUS);
            sign.setText(plus ? "+" : "-");
            out.add(sign);
        }
        return new Piece(p.kind(), out, p.introducer());
    }
}
