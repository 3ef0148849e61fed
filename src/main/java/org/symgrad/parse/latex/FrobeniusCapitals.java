package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The plain capitals a document writes inside a Frobenius norm, Y, U and V of {@code \|Y - UV^\top\|_F^2} (UV one word of the
 * lexer's, a product of matrices), and the decorated ones
 * ({@code \hat{Y}} of {@code \|\hat Y - Y\|_F^2}, by their key): matrices wherever
 * written whole, as the Frobenius norm is a matrix's, for {@link VectorEntries}; not the identity I (read as such), a capital
 * with a script, one applied to parentheses, or one the document says is one number ({@link OneNumberNames}).
 */
final class FrobeniusCapitals {
    private FrobeniusCapitals() {
    }

    /** The capitals ({@code Y}, {@code \Sigma}) the document's math writes plainly between the bars of a norm subscripted F. */
    static Set<String> in(String document) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> oneNumbers = OneNumberNames.in(document);
        for (List<Token> tokens : LaterMatrices.formulas(document)) {
            for (int open = 0; open < tokens.size(); open++) {
                if (tokens.get(open).getType() != LatexLexer.NORM) {
                    continue;
                }
                int close = closing(tokens, open);
                if (close < 0) {
                    break;
                }
                if (frobenius(tokens, close + 1)) {
                    for (int k = open + 1; k < close; k++) {
                        if (plainCapital(tokens, k) && !oneNumbers.contains(tokens.get(k).getText())) {
                            out.add(tokens.get(k).getText());
                        }
                        decoratedCapital(tokens, k).ifPresent(out::add);
                        if (capitalsWord(tokens, k)) {
                            // UV of \|R - UV^\top\|_F: the lexer's word of capitals, a product of matrices
                            tokens.get(k).getText().chars().forEach(ch -> out.add(String.valueOf((char) ch)));
                        }
                    }
                }
                open = close;
            }
        }
        return out;
    }

    /** The norm bar that closes the one at {@code open}, at its bracket depth, or −1. */
    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open + 1; k < tokens.size(); k++) {
            int type = tokens.get(k).getType();
            if (type == LatexLexer.LBRACE || type == LatexLexer.LPAREN || type == LatexLexer.LBRACK) {
                depth++;
            } else if (type == LatexLexer.RBRACE || type == LatexLexer.RPAREN || type == LatexLexer.RBRACK) {
                depth--;
            } else if (type == LatexLexer.NORM && depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the subscript F ({@code _F}, {@code _{F}}, {@code _{\mathrm{F}}}) starts at {@code k}. */
    private static boolean frobenius(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).getType() != LatexLexer.UNDERSCORE) {
            return false;
        }
        if (tokens.get(k + 1).getType() != LatexLexer.LBRACE) {
            return tokens.get(k + 1).getText().equals("F");
        }
        int close = LatexTokens.matchingBrace(tokens, k + 1);
        StringBuilder script = new StringBuilder();
        for (int j = k + 2; j < (close < 0 ? tokens.size() : close); j++) {
            int type = tokens.get(j).getType();
            if (type != LatexLexer.LBRACE && type != LatexLexer.RBRACE && type != LatexLexer.SPACING) {
                script.append(tokens.get(j).getText());
            }
        }
        return script.toString().replaceAll("\\\\(?:mathrm|text|rm|mathsf|operatorname)|[{}\\s]", "").equals("F");
    }

    /**
     * The key ({@code \hat{Y}}) of a decorated capital at {@code k}, {@code \hat Y} or {@code \hat{Y}} of
     * {@code \|\hat Y - Y\|_F}, without a script or parentheses after it; empty where none stands.
     */
    private static java.util.Optional<String> decoratedCapital(List<Token> tokens, int k) {
        int[] end = new int[1];
        if (tokens.get(k).getType() != LatexLexer.DECOR || tokens.get(k).getText().equals("\\vec")) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> name = VectorNameScan.nameAt(tokens, k + 1, end);
        int after = end[0] < tokens.size() ? tokens.get(end[0]).getType() : -1;
        return name.filter(n -> n.matches("[A-Z]") && after != LatexLexer.UNDERSCORE && after != LatexLexer.LPAREN)
                .map(n -> tokens.get(k).getText() + "{" + n + "}");
    }

    /** Whether a word of plain capitals ({@code UV}), none of them I, stands at {@code k}: no font, decoration or script, not applied to parentheses. */
    private static boolean capitalsWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int before = k > 0 ? tokens.get(k - 1).getType() : -1;
        int after = k + 1 < tokens.size() ? tokens.get(k + 1).getType() : -1;
        return t.getType() == LatexLexer.WORD && t.getText().matches("[A-HJ-Z]{2,3}") && before != LatexLexer.UNDERSCORE
                && before != LatexLexer.CARET && before != LatexLexer.LBRACE && before != LatexLexer.FONT && before != LatexLexer.DECOR
                && before != LatexLexer.TEXT && after != LatexLexer.UNDERSCORE && after != LatexLexer.LPAREN;
    }

    /** Whether a plain capital other than I stands at {@code k}: no font, decoration or script, not applied to parentheses. */
    private static boolean plainCapital(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        int before = k > 0 ? tokens.get(k - 1).getType() : -1;
        int after = k + 1 < tokens.size() ? tokens.get(k + 1).getType() : -1;
        return t.getType() == LatexLexer.LETTER && t.getText().length() == 1 && Character.isUpperCase(t.getText().charAt(0))
                && !t.getText().equals("I") && before != LatexLexer.UNDERSCORE && before != LatexLexer.CARET && before != LatexLexer.LBRACE
                && before != LatexLexer.FONT && before != LatexLexer.DECOR && after != LatexLexer.UNDERSCORE && after != LatexLexer.LPAREN;
    }
}
