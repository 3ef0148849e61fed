package org.symgrad.parse.latex;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Expectations, which symgrad does not evaluate: {@code \mathbb{E}[…]}, {@code \mathbb{E}_{x \sim p}[…]},
 * {@code \operatorname{E}[…]} and a bare {@code E[…]} or {@code E_{q}[…]} (a capital E directly before
 * a square bracket). Read as names they would be misread, E times the bracket, and a right step called
 * undecided or worse; instead the formula is not read, with a message at the E that says why, and
 * its step is reported skipped.
 */
final class Expectations {
    private Expectations() {
    }

    /** The error for the first expectation in {@code tokens}, if there is one. */
    static Optional<InputException> in(List<Token> tokens, String document) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int end = -1;
            if (t.getType() == LatexLexer.FONT && t.getText().equals("\\mathbb") && i + 3 < tokens.size()
                    && tokens.get(i + 1).getType() == LatexLexer.LBRACE && tokens.get(i + 2).getText().equals("E")
                    && tokens.get(i + 3).getType() == LatexLexer.RBRACE) {
                end = i + 3;
            } else if (isE(t) && bracketFollows(tokens, i + 1)) {
                end = i;
            }
            if (end >= 0) {
                return Optional.of(new InputException(LatexSpans.text(document, tokens.subList(i, end + 1))
                        + " is an expectation, which symgrad does not evaluate: this formula is not checked; "
                        + "write the quantity inside it to check a step", LatexSpans.of(document, tokens.subList(i, end + 1))));
            }
        }
        return Optional.empty();
    }

    private static boolean isE(Token t) {
        return t.getType() == LatexLexer.LETTER && t.getText().equals("E")
                || t.getType() == LatexLexer.TEXT && LatexTokens.textWord(t).strip().equals("E");
    }

    /** A {@code [} right after, or after one subscript group ({@code E_q[}, {@code E_{x \sim p}[}). */
    private static boolean bracketFollows(List<Token> tokens, int at) {
        if (at < tokens.size() && tokens.get(at).getType() == LatexLexer.UNDERSCORE && at + 1 < tokens.size()) {
            at++;
            if (tokens.get(at).getType() == LatexLexer.LBRACE) {
                int depth = 0;
                for (; at < tokens.size(); at++) {
                    int type = tokens.get(at).getType();
                    depth += type == LatexLexer.LBRACE ? 1 : type == LatexLexer.RBRACE ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
            }
            at++;
        }
        return at < tokens.size() && tokens.get(at).getType() == LatexLexer.LBRACK;
    }
}
