package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * A name numbered below with an entry of its layer's vector or matrix written in the same subscript, after the number:
 * {@code b_{1k}}, {@code b_{1,k}} (one entry letter, a lower-case name: {@link LabelledVectors}), {@code W_{1,jk}},
 * {@code W_{1jk}}, {@code W_{1,j,k}} (two, a capital: {@link NumberedMatrixEntries}). Each entry letter may follow one comma.
 * Rewritten, it is the layer's entry {@code b^{(1)}_{k}}, {@code W^{(1)}_{jk}}, as its bracketed form {@code (b_1)_k} is.
 *
 * @param digits the number's digits
 * @param close  the index of the subscript's closing brace
 */
record NumberedEntries(List<Token> digits, int close) {
    /**
     * The numbered entry of the letter at {@code k}, an upper-case one where {@code capital}, with {@code letters} entry
     * letters; empty for any other tokens.
     */
    static Optional<NumberedEntries> at(List<Token> tokens, int k, boolean capital, int letters) {
        if (k + 2 >= tokens.size() || tokens.get(k).getType() != LatexLexer.LETTER
                || Character.isUpperCase(tokens.get(k).getText().charAt(0)) != capital
                || tokens.get(k + 1).getType() != LatexLexer.UNDERSCORE || tokens.get(k + 2).getType() != LatexLexer.LBRACE) {
            return Optional.empty();
        }
        int j = k + 3;
        while (j < tokens.size() && tokens.get(j).getType() == LatexLexer.DIGIT) {
            j++;
        }
        if (j == k + 3) {
            return Optional.empty();
        }
        List<Token> digits = tokens.subList(k + 3, j);
        int seen = 0;
        for (boolean comma = false; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.getType() == LatexLexer.RBRACE) {
                return seen == letters && !comma ? Optional.of(new NumberedEntries(digits, j)) : Optional.empty();
            }
            if (t.getType() == LatexLexer.COMMA && !comma) {
                comma = true;
            } else if (t.getType() == LatexLexer.LETTER && Character.isLowerCase(t.getText().charAt(0)) && seen < letters) {
                seen++;
                comma = false;
            } else {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The key of the layer's vector or matrix ({@code b^{(1)}}, {@code W^{(1)}}) of the name at {@code k}. */
    String key(List<Token> tokens, int k) {
        return tokens.get(k).getText() + "^{(" + digits.stream().map(Token::getText).collect(Collectors.joining()) + ")}";
    }

    /**
     * Adds to {@code out} the name at {@code k} written as the layer's entry, {@code W^{(1)}_{jk}} in the place of
     * {@code W_{1,jk}}: the label's marks where the number was, the entry's letters as written (without the comma after the
     * number).
     */
    void rewrite(List<Token> tokens, int k, List<Token> out) {
        out.add(tokens.get(k));
        out.addAll(LabelledVectors.labelAbove(digits, tokens.get(k + 1), digits.get(digits.size() - 1)));
        out.add(tokens.get(k + 1));
        out.add(tokens.get(k + 2));
        int from = k + 3 + digits.size();
        if (tokens.get(from).getType() == LatexLexer.COMMA) {
            from++;
        }
        out.addAll(tokens.subList(from, close + 1));
    }
}
