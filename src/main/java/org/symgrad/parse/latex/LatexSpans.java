package org.symgrad.parse.latex;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.SourceSpan;

/** Places in the document of tokens and parse-tree nodes, whose indices are document offsets. */
public final class LatexSpans {
    /** A sizing command ({@code \left}, {@code \bigl}, {@code \Big}) at the end of a text. */
    private static final Pattern SIZED = Pattern.compile("\\\\(left|big|Big|bigg|Bigg)[lrm]?\\s*$");

    private LatexSpans() {
    }

    /** The span of one token. */
    public static SourceSpan of(String document, Token t) {
        int start = Math.max(0, Math.min(t.getStartIndex(), document.length()));
        int length = t.getType() == Token.EOF ? 1 : t.getStopIndex() - t.getStartIndex() + 1;
        return SourceSpan.of(document, start, length);
    }

    /** The span from the first to the last token of a node (the whole construct). */
    public static SourceSpan of(String document, ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
            return of(document, start);
        }
        return SourceSpan.of(document, start.getStartIndex(), stop.getStopIndex() - start.getStartIndex() + 1);
    }

    /** The span from the first to the last of {@code tokens}, which must not be empty. */
    public static SourceSpan of(String document, List<Token> tokens) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        return SourceSpan.of(document, first.getStartIndex(), last.getStopIndex() - first.getStartIndex() + 1);
    }

    /** The document text from the first to the last of {@code tokens}, as the author wrote it. */
    public static String text(String document, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        return document.substring(start(document, tokens.get(0)), tokens.get(tokens.size() - 1).getStopIndex() + 1);
    }

    /**
     * Where the author's text of a span starting at {@code first} begins: a sizing command the lexer
     * skipped right before its bracket ({@code \left(}, {@code \Big[}) belongs to it, as the
     * {@code \right)} that closes it belongs to the last token.
     */
    private static int start(String document, Token first) {
        Matcher m = SIZED.matcher(document.substring(Math.max(0, first.getStartIndex() - 12), first.getStartIndex()));
        return m.find() ? first.getStartIndex() - (m.end() - m.start()) : first.getStartIndex();
    }
}
