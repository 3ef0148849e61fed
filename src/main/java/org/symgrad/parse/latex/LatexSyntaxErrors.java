package org.symgrad.parse.latex;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.symgrad.error.InputException;
import org.symgrad.parse.FailFastErrorStrategy;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * Stops the LaTeX parser at the first syntax error and says what was wrong in words, naming the
 * LaTeX construct ({@code \frac needs two arguments {…}{…}}, {@code '(' is not closed}), never a
 * token name; no error recovery, no guess (LATEX-INPUT 4.2).
 */
final class LatexSyntaxErrors extends FailFastErrorStrategy {
    private final String document;

    LatexSyntaxErrors(String document) {
        this.document = document;
    }

    @Override
    protected InputException error(Parser recognizer, Token offending, IntervalSet expected) {
        Token previous = offending.getTokenIndex() > 0
                ? recognizer.getInputStream().get(offending.getTokenIndex() - 1) : null;
        String hint = hint(offending, previous, expected);
        if (offending.getType() == Token.EOF) {
            Token open = unclosed(recognizer);
            if (open != null) {
                return new InputException("'" + open.getText().replaceAll("^\\\\(left|big|Big|bigg|Bigg)", "")
                        + "' is not closed", LatexSpans.of(document, open));
            }
        }
        return new InputException(hint, LatexSpans.of(document, offending));
    }

    /** The innermost opening bracket left open before the end of the formula, if any. */
    private static Token unclosed(Parser recognizer) {
        java.util.Deque<Token> open = new java.util.ArrayDeque<>();
        org.antlr.v4.runtime.TokenStream in = recognizer.getInputStream();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            switch (t.getType()) {
                case LatexLexer.LPAREN, LatexLexer.LBRACE, LatexLexer.LBRACK, LatexLexer.LBRACE_LIT, LatexLexer.BEGIN ->
                        open.push(t);
                case LatexLexer.RPAREN, LatexLexer.RBRACE, LatexLexer.RBRACK, LatexLexer.RBRACE_LIT, LatexLexer.END -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                default -> {
                }
            }
        }
        return open.peek();
    }

    /** The message: what the offending token is, and what the construct before it needed. */
    private static String hint(Token offending, Token previous, IntervalSet expected) {
        int type = offending.getType();
        String what = describe(offending);
        if (previous != null) {
            switch (previous.getType()) {
                case LatexLexer.FRAC -> {
                    return previous.getText() + " needs two arguments, as in \\frac{a}{b}";
                }
                case LatexLexer.UNDERSCORE, LatexLexer.CARET -> {
                    return "'" + previous.getText() + "' needs a script after it, as in x_i or x^{2}";
                }
                case LatexLexer.SQRT -> {
                    return "\\sqrt needs an argument, as in \\sqrt{x}";
                }
                default -> {
                }
            }
        }
        if (type == Token.EOF && expected != null) {
            if (expected.contains(LatexLexer.RPAREN)) {
                return "'(' is not closed: a ')' is missing";
            }
            if (expected.contains(LatexLexer.RBRACE)) {
                return "'{' is not closed: a '}' is missing";
            }
            if (expected.contains(LatexLexer.RBRACK)) {
                return "'[' is not closed: a ']' is missing";
            }
            if (expected.contains(LatexLexer.END)) {
                return "an environment is not closed: \\end{…} is missing";
            }
            return "the formula ends too early: an operand is missing";
        }
        return switch (type) {
            case LatexLexer.RPAREN -> "')' closes nothing, or something before it is unfinished";
            case LatexLexer.RBRACE -> "'}' closes nothing, or something before it is unfinished";
            case LatexLexer.RBRACK -> "']' closes nothing, or something before it is unfinished";
            case LatexLexer.PARTIAL -> "\\partial must be part of a derivative: \\frac{\\partial f}{\\partial x}, "
                    + "\\partial f/\\partial x or \\partial_{x} f";
            case LatexLexer.COMMA -> "unexpected ',': a list is only read as the arguments of a function, f(x, y)";
            case LatexLexer.AMP -> "unexpected '&' inside a formula";
            case LatexLexer.LINEBREAK -> "unexpected '\\\\' inside a formula";
            case LatexLexer.DOT -> "unexpected '.': a decimal number is written 0.5";
            case LatexLexer.QUESTION -> "unexpected '?': a formula with a blank cannot be checked";
            case LatexLexer.OTHER -> "unexpected character " + what;
            case LatexLexer.EQ, LatexLexer.NEQ, LatexLexer.LT, LatexLexer.GT, LatexLexer.LEQ, LatexLexer.GEQ,
                 LatexLexer.IN -> "unexpected relation " + what + " inside a formula";
            default -> "unexpected " + what;
        };
    }

    private static String describe(Token t) {
        if (t.getType() == Token.EOF) {
            return "end of formula";
        }
        return "'" + t.getText() + "'";
    }
}
