package org.symgrad.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.symgrad.error.InputException;
import org.symgrad.parse.gen.SymgradLexer;

/**
 * Stops at the first syntax error and reports it in words — {@code unexpected ')': expected an
 * expression} — never with ANTLR's token names, and never on stderr. No error recovery: a formula
 * with a syntax error has no meaning worth guessing.
 */
final class SyntaxErrorStrategy extends FailFastErrorStrategy {
    private final Spans spans;

    SyntaxErrorStrategy(Spans spans) {
        this.spans = spans;
    }

    @Override
    protected InputException error(Parser recognizer, Token offending, IntervalSet expected) {
        String message = "unexpected " + Spans.describe(offending);
        int before = offending.getTokenIndex() - 1;
        boolean afterUnderscore = before >= 0
                && recognizer.getInputStream().get(before).getType() == SymgradLexer.UNDERSCORE;
        if (offending.getType() == SymgradLexer.SUBERR || afterUnderscore) {
            // the lexer read '_' and then something that cannot be an index
            return new InputException(message + ": expected an index after '_', as in x_i, x_1 or W_{ij}",
                    spans.of(offending));
        }
        String wanted = describe(expected);
        if (!wanted.isEmpty()) {
            message += ": expected " + wanted;
        }
        return new InputException(message, spans.of(offending));
    }

    /** The expected tokens as a reader would name them. */
    static String describe(IntervalSet expected) {
        if (expected == null || expected.isNil()) {
            return "";
        }
        // '(' alone also opens a bracketed part of an index ((m-1)*s+k), which is no expression
        if (expected.contains(SymgradLexer.CALLNAME)
                || expected.contains(SymgradLexer.LPAREN) && expected.contains(SymgradLexer.LBRACE)) {
            return "an expression";
        }
        if (expected.contains(SymgradLexer.NUMBER) && expected.contains(SymgradLexer.ID)) {
            return "an index";
        }
        if (expected.contains(SymgradLexer.ID)) {
            return "a name";
        }
        List<String> words = new ArrayList<>();
        for (int type : expected.toArray()) {
            String word = word(type);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" or ", words);
    }

    private static String word(int type) {
        return switch (type) {
            case Token.EOF -> "an operator or the end of the input";
            case SymgradLexer.NEWLINE -> "an operator or the end of the line";
            case SymgradLexer.RPAREN -> "')'";
            case SymgradLexer.RBRACE -> "'}'";
            case SymgradLexer.COMMA -> "','";
            case SymgradLexer.EQ -> "'='";
            case SymgradLexer.WRT -> "'wrt'";
            case SymgradLexer.UNDERSCORE -> "'_'";
            case SymgradLexer.CARET -> "'^'";
            case SymgradLexer.PLUS, SymgradLexer.MINUS, SymgradLexer.STAR, SymgradLexer.SLASH -> "an operator";
            case SymgradLexer.ID, SymgradLexer.GREEK -> "a name";
            case SymgradLexer.NUMBER -> "a number";
            case SymgradLexer.SUBERR -> "an index";
            case SymgradLexer.LABEL -> "a layer label such as ^{(1)}";
            case SymgradLexer.SUM -> "'sum'";
            case SymgradLexer.DELTA -> "'delta'";
            default -> {
                String literal = SymgradLexer.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : SymgradLexer.VOCABULARY.getSymbolicName(type).toLowerCase();
            }
        };
    }
}
