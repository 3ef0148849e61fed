package org.symgrad.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.SourceSpan;

/** Source positions of tokens and parse-tree nodes within one input text. */
record Spans(String source) {

    SourceSpan of(Token token) {
        int start = token.getStartIndex();
        int length = token.getType() == Token.EOF ? 1 : token.getStopIndex() - start + 1;
        return SourceSpan.of(source, start, length);
    }

    SourceSpan of(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
            return of(start);
        }
        return SourceSpan.of(source, start.getStartIndex(), stop.getStopIndex() - start.getStartIndex() + 1);
    }

    /** The source text a parse-tree node was read from. */
    String text(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
            return "";
        }
        return source.substring(start.getStartIndex(), stop.getStopIndex() + 1);
    }

    /** How a token is named in a message: {@code ')'}, {@code end of input}, {@code end of line}. */
    static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of input";
        }
        String text = token.getText();
        if (text == null || text.isEmpty()) {
            return "end of input";
        }
        if (text.equals("\n") || text.equals("\r\n") || text.equals("\r")) {
            return "end of line";
        }
        if (text.equals(" ") || text.equals("\t")) {
            return "space";
        }
        return "'" + text + "'";
    }
}
