package org.symgrad.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.parse.gen.SymgradLexer;

/**
 * Turns source text into the token list the parser reads, rejecting early what the grammar cannot
 * describe well: control characters, unknown characters, Greek letters that look like Latin ones
 * ({@link GreekLetters}), unbalanced or too deeply nested brackets,
 * over-long number literals. Bracket errors are found here, before parsing, so that their messages
 * can name the bracket that was left open ({@code missing ')' to close '(' at column 5}), and so that
 * 100 000 nested parentheses never reach the recursive-descent parser.
 */
final class TokenScanner {
    private static final Map<Integer, String> CLOSER = Map.of(
            SymgradLexer.LPAREN, ")", SymgradLexer.CALLNAME, ")", SymgradLexer.LBRACE, "}");
    private static final Map<String, Integer> KEYWORDS = Map.of(
            "let", SymgradLexer.LET, "assume", SymgradLexer.ASSUME, "derive", SymgradLexer.DERIVE,
            "wrt", SymgradLexer.WRT, "simplify", SymgradLexer.SIMPLIFY, "check", SymgradLexer.CHECK);

    private final String source;
    private final Spans spans;

    TokenScanner(String source) {
        this.source = source;
        this.spans = new Spans(source);
    }

    /**
     * The tokens of the text, ending with EOF. In a script, line ends are tokens and brackets must
     * close on their line; in an expression, line ends are spaces.
     */
    List<Token> scan(boolean script) {
        checkCharacters();
        List<Token> tokens = new ArrayList<>();
        for (Token t : lex()) {
            if (t.getType() == SymgradLexer.NEWLINE && !script) {
                continue;
            }
            if (t.getType() == SymgradLexer.NUMBER && t.getText().length() > Limits.MAX_NUMBER_LENGTH) {
                throw new LimitException("number-size", "a number literal has more than "
                        + Limits.MAX_NUMBER_LENGTH + " characters (line " + t.getLine() + ")");
            }
            splitKeywordCall(t, tokens);
        }
        joinUnderscoredNames(tokens);
        markReductions(tokens);
        joinSpacedCalls(tokens);
        markPrefixFunctions(tokens);
        checkBrackets(tokens);
        return tokens;
    }

    private void checkCharacters() {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new InputException(String.format("control character U+%04X is not allowed", (int) c),
                        spans.of(token(i)));
            }
            java.util.Optional<String> lookAlike = GreekLetters.rejection(c);
            if (lookAlike.isPresent()) {
                throw new InputException(lookAlike.get(), spans.of(token(i)));
            }
            if (Character.isSurrogate(c)) {
                throw new InputException(
                        String.format("unknown character U+%X", source.codePointAt(Math.max(0, i))),
                        spans.of(token(i)));
            }
        }
    }

    private CommonToken token(int offset) {
        CommonToken t = new CommonToken(Token.INVALID_TYPE);
        t.setStartIndex(offset);
        t.setStopIndex(offset);
        t.setText(source.substring(offset, offset + 1));
        return t;
    }

    private List<Token> lex() {
        SymgradLexer lexer = new SymgradLexer(CharStreams.fromString(source));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                    String msg, RecognitionException e) {
                int at = e instanceof LexerNoViableAltException lex ? lex.getStartIndex() : 0;
                at = Math.min(at, Math.max(0, source.length() - 1));
                throw new InputException(MatrixNotation.explain(source, at)
                        .orElse("unknown character '" + source.charAt(at) + "'"), spans.of(token(at)));
            }
        });
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.nextToken();
            out.add(t);
            if (out.size() > Limits.MAX_TOKENS) {
                // stop before a huge input's parse tree and expression fill the memory
                throw new LimitException("expression-size", "the input has more than " + Limits.MAX_TOKENS + " tokens");
            }
        } while (t.getType() != Token.EOF);
        return out;
    }

    /** {@code check(a) = b} is the statement {@code check (a) = b}, not a call of a function "check". */
    private static void splitKeywordCall(Token t, List<Token> out) {
        if (t.getType() == SymgradLexer.CALLNAME) {
            String name = t.getText().substring(0, t.getText().length() - 1);
            Integer keyword = KEYWORDS.get(name);
            if (keyword != null) {
                CommonToken word = new CommonToken(t);
                word.setType(keyword);
                word.setText(name);
                word.setStopIndex(t.getStopIndex() - 1);
                CommonToken paren = new CommonToken(t);
                paren.setType(SymgradLexer.LPAREN);
                paren.setText("(");
                paren.setStartIndex(t.getStopIndex());
                paren.setCharPositionInLine(t.getCharPositionInLine() + name.length());
                out.add(word);
                out.add(paren);
                return;
            }
        }
        out.add(t);
    }

    /**
     * {@code mean_k body}, {@code prod_k body} and {@code Π_k body} are prefix reductions like
     * {@code sum_k body} (the token becomes a SUM spelled so); {@code max_k}, {@code min_k} are errors that say why
     * ({@link Reductions}).
     */
    private void markReductions(List<Token> tokens) {
        boolean[] index = indexPositions(tokens);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean name = t.getType() == SymgradLexer.ID || t.getType() == SymgradLexer.GREEK;
            if (!name || index[i] || tokens.get(i + 1).getType() != SymgradLexer.UNDERSCORE) {
                continue;
            }
            if (Reductions.isSelecting(t.getText())) {
                Token after = tokens.get(i + 2);
                String k = after.getType() == SymgradLexer.LBRACE && i + 3 < tokens.size() ? tokens.get(i + 3).getText()
                        : after.getText();
                throw new InputException(Reductions.unsupported(t.getText(), k), spans.of(t));
            }
            if (t.getText().equals("mean") || t.getText().equals("prod") || t.getText().equals("\u03A0")) {
                CommonToken reduction = new CommonToken(t);
                reduction.setType(SymgradLexer.SUM);
                tokens.set(i, reduction);
            }
        }
    }

    /**
     * A known function whose name has an underscore ({@code leaky_relu}) lexes as a name with a
     * subscript; followed by '(' it is that function's call, not {@code leaky} with an index.
     */
    private void joinUnderscoredNames(List<Token> tokens) {
        boolean[] index = indexPositions(tokens);
        for (int i = tokens.size() - 4; i >= 0; i--) {
            Token head = tokens.get(i);
            if (head.getType() != SymgradLexer.ID || index[i] || tokens.get(i + 1).getType() != SymgradLexer.UNDERSCORE
                    || tokens.get(i + 2).getType() != SymgradLexer.ID || tokens.get(i + 3).getType() != SymgradLexer.LPAREN) {
                continue;
            }
            String name = head.getText() + "_" + tokens.get(i + 2).getText();
            if (FunctionRegistry.spelled(name).isEmpty()) {
                continue;
            }
            CommonToken call = new CommonToken(head);
            call.setType(SymgradLexer.CALLNAME);
            call.setText(name + "(");
            call.setStopIndex(tokens.get(i + 3).getStopIndex());
            tokens.set(i, call);
            tokens.subList(i + 1, i + 4).clear();
        }
    }

    /**
     * A known function or built-in name followed by '(' is a call even with a space between:
     * {@code exp (x)}, {@code sigma (x)}. Other names need the '(' right after them to be a call,
     * so {@code a (b+c)} stays a product. Indices are never names of calls ({@code x_ln (a)}).
     */
    private void joinSpacedCalls(List<Token> tokens) {
        boolean[] index = indexPositions(tokens);
        for (int i = tokens.size() - 2; i >= 0; i--) {
            Token name = tokens.get(i);
            Token paren = tokens.get(i + 1);
            int type = name.getType();
            boolean nameLike = type == SymgradLexer.ID || type == SymgradLexer.GREEK || type == SymgradLexer.SUM
                    || type == SymgradLexer.DELTA;
            if (nameLike && !index[i] && paren.getType() == SymgradLexer.LPAREN && isCallable(name.getText())) {
                CommonToken call = new CommonToken(name);
                call.setType(SymgradLexer.CALLNAME);
                call.setText(name.getText() + "(");
                call.setStopIndex(paren.getStopIndex());
                tokens.set(i, call);
                tokens.remove(i + 1);
            }
        }
    }

    /**
     * A known function of one argument applies without parentheses to the following factor, as
     * books write it ({@code ln x}, {@code tanh z}): its name becomes a FUNCNAME token, which must be
     * followed by that factor (or by a power, {@code sin^2 x}). Spellings that are also names of
     * Greek letters ({@code sigma}, {@code Phi}) stay symbols unless a parenthesis follows: σ is a
     * standard deviation as often as it is the logistic function.
     */
    private void markPrefixFunctions(List<Token> tokens) {
        boolean[] index = indexPositions(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() != SymgradLexer.ID || index[i] || !appliesWithoutParentheses(t.getText())) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.getType() == SymgradLexer.UNDERSCORE) {
                throw new InputException("'" + t.getText() + "' is a function and takes no subscript: write "
                        + t.getText() + "(x) or " + t.getText() + " x" + (t.getText().startsWith("log")
                        ? " (a logarithm to base b is log(x)/log(b))" : ""), spans.of(t));
            }
            if (next.getType() != SymgradLexer.CARET && !ARGUMENT_START.contains(next.getType())) {
                throw new InputException("'" + t.getText() + "' is a function: write " + t.getText() + "(x) or "
                        + t.getText() + " x", spans.of(t));
            }
            CommonToken function = new CommonToken(t);
            function.setType(SymgradLexer.FUNCNAME);
            tokens.set(i, function);
        }
    }

    /** Tokens a factor can start with (the argument of a function written without parentheses). */
    private static final java.util.Set<Integer> ARGUMENT_START = java.util.Set.of(SymgradLexer.ID, SymgradLexer.GREEK,
            SymgradLexer.HATNAME, SymgradLexer.NUMBER, SymgradLexer.CALLNAME, SymgradLexer.LBRACE, SymgradLexer.BAR,
            SymgradLexer.ROOT, SymgradLexer.PARTIAL, SymgradLexer.SUM, SymgradLexer.DELTA, SymgradLexer.PLUS,
            SymgradLexer.MINUS, SymgradLexer.LPAREN);

    /** Whether {@code name} is a known function that applies without parentheses ({@code ln x}). */
    static boolean appliesWithoutParentheses(String name) {
        return !GreekLetters.isLetterName(name)
                && FunctionRegistry.spelled(name).map(f -> f.arity() == 1).orElse(false);
    }

    /**
     * Which tokens are indices: the one after '_', or those between '_{' and '}' — the lexer's
     * subscript modes, where a name is a run of index letters, never a function.
     */
    private static boolean[] indexPositions(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).getType() != SymgradLexer.UNDERSCORE) {
                continue;
            }
            out[i + 1] = true;
            if (tokens.get(i + 1).getType() == SymgradLexer.LBRACE) {
                for (int j = i + 2; j < tokens.size() && tokens.get(j).getType() != SymgradLexer.RBRACE; j++) {
                    out[j] = true;
                }
            }
        }
        return out;
    }

    private static boolean isCallable(String name) {
        String ascii = name.equals("\u03A3") ? "sum" : GreekLetters.toAscii(name);
        return ExprBuilder.isBuiltIn(ascii);
    }

    private void checkBrackets(List<Token> tokens) {
        Deque<Token> open = new ArrayDeque<>();
        for (Token t : tokens) {
            int type = t.getType();
            if (CLOSER.containsKey(type)) {
                open.push(t);
                if (open.size() > Limits.MAX_NESTING) {
                    throw new LimitException("nesting-depth", "brackets are nested more than "
                            + Limits.MAX_NESTING + " deep (line " + t.getLine() + ")");
                }
            } else if (type == SymgradLexer.RPAREN || type == SymgradLexer.RBRACE) {
                if (open.isEmpty()) {
                    throw new InputException("unexpected '" + t.getText() + "' with no matching '"
                            + (type == SymgradLexer.RPAREN ? "(" : "{") + "'", spans.of(t));
                }
                Token opener = open.peek();
                String expected = CLOSER.get(opener.getType());
                if (!expected.equals(t.getText())) {
                    throw new InputException("unexpected '" + t.getText() + "': expected '" + expected
                            + "' to close '" + openText(opener) + "' at " + where(opener, t), spans.of(t));
                }
                open.pop();
            } else if ((type == SymgradLexer.NEWLINE || type == Token.EOF) && !open.isEmpty()) {
                Token opener = open.peek();
                throw new InputException("missing '" + CLOSER.get(opener.getType()) + "' to close '"
                        + openText(opener) + "' at " + where(opener, t), spans.of(t));
            }
        }
    }

    private static String openText(Token opener) {
        return opener.getType() == SymgradLexer.CALLNAME ? "(" : opener.getText();
    }

    private static String where(Token opener, Token here) {
        // A call's '(' is the last character of its CALLNAME token.
        int column = opener.getCharPositionInLine() + 1 + (opener.getType() == SymgradLexer.CALLNAME
                ? opener.getStopIndex() - opener.getStartIndex() : 0);
        return opener.getLine() == here.getLine() ? "column " + column
                : "line " + opener.getLine() + ", column " + column;
    }
}
