package org.symgrad.parse;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.symgrad.error.InputException;
import org.symgrad.error.LimitException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.parse.gen.SymgradParser;
import org.symgrad.script.Script;

/**
 * Reads symgrad expressions and scripts (SPEC §2, §3; grammar in {@code grammar/}).
 *
 * <p>Every failure is an {@link InputException} with a line, a column and a message in words, or a
 * {@link LimitException} ({@code nesting-depth}, {@code number-size}, {@code derivative-order});
 * nothing is printed. A parsed expression is at most {@value Limits#MAX_NESTING} levels deep.
 *
 * <p>Spelling decisions: {@code name(…)} with no space before the parenthesis is a function call
 * (an abstract function if the name is not known), so a product with a parenthesis is written
 * {@code a (b+c)}, {@code 2(b+c)} or {@code x_i(1 - x_i)}; a known function or built-in name
 * ({@code exp}, {@code sigma}, {@code sum}, {@code diff} …) is a call even with a space
 * ({@code exp (x)}); the bare symbol {@code e} is a symbol,
 * not Euler's number ({@code exp(x)} is the exponential); {@code σ} or {@code sigma} alone is the
 * symbol {@code sigma}, followed by {@code (} the logistic function; {@code delta}/{@code δ} followed
 * by {@code _} or {@code (} is the Kronecker delta, alone the symbol {@code delta}.
 */
public final class Parser {
    /** Inputs up to this many tokens cannot nest deeply enough to strain any thread's stack. */
    private static final int SHORT_INPUT_TOKENS = 200;
    private static final long PARSE_STACK_BYTES = 64L << 20;

    private Parser() {
    }

    /** Parses one expression; line breaks count as spaces. */
    public static Expr parseExpression(String text) {
        return parseExpression(text, PredictionMode.SLL);
    }

    /** {@link #parseExpression(String)} with a chosen ANTLR prediction mode (tests compare SLL with LL). */
    static Expr parseExpression(String text, PredictionMode mode) {
        Spans spans = new Spans(text);
        List<Token> tokens = new TokenScanner(text).scan(false);
        return withStackFor(tokens, () -> {
            SymgradParser.ExpressionInputContext tree = parser(tokens, spans, mode).expressionInput();
            return requireDepth(new ExprBuilder(spans).topLevel(tree.expr()));
        });
    }

    /** Parses a script: one statement per line, {@code #} comments, blank lines allowed. */
    public static Script parseScript(String text) {
        String source = text.endsWith("\n") || text.endsWith("\r") ? text : text + "\n";
        ScriptConstraints.Split split = ScriptConstraints.split(source);
        Spans spans = new Spans(split.source());
        List<Token> tokens = new TokenScanner(split.source()).scan(true);
        StatementWords.requireKnown(tokens, spans);
        Script script = withStackFor(tokens, () -> new ScriptBuilder(spans).script(parser(tokens, spans, PredictionMode.SLL).scriptInput()));
        return new Script(ScriptConstraints.merged(script.statements(), split.facts()));
    }

    /**
     * The parser over {@code tokens}. SLL prediction is used: the grammar's only conflicts are
     * where a prefix sum's body could end, and SLL resolves them to the longest body, as intended,
     * in linear time (full LL takes seconds on a few dozen nested sums). A test checks on random
     * inputs that SLL and LL agree.
     */
    private static SymgradParser parser(List<Token> tokens, Spans spans, PredictionMode mode) {
        SymgradParser parser = new DepthLimitedParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.getInterpreter().setPredictionMode(mode);
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(spans));
        return parser;
    }

    /**
     * Runs a recursive-descent parse. A short input runs on the caller's thread; a long one, which
     * may nest up to the limits, runs on a thread whose stack fits them, whatever the caller's is.
     */
    private static <T> T withStackFor(List<Token> tokens, Supplier<T> parse) {
        if (tokens.size() <= SHORT_INPUT_TOKENS) {
            return guarded(parse);
        }
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                outcome.set(guarded(parse));
            } catch (RuntimeException | Error e) {
                outcome.set(e);
            }
        }, "symgrad-parse", PARSE_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LimitException("time", "parsing was interrupted");
        }
        Object result = outcome.get();
        if (result instanceof RuntimeException e) {
            throw e;
        }
        if (result instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result;
        return value;
    }

    /** The last line of defence: a stack overflow while parsing is reported as a nesting limit. */
    private static <T> T guarded(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (StackOverflowError e) {
            throw new LimitException("nesting-depth", "the expression is nested too deeply");
        }
    }

    /** {@code e} itself, after checking without recursion that it is at most {@value Limits#MAX_NESTING} deep. */
    static Expr requireDepth(Expr e) {
        if (Exprs.isDeeperThan(e, Limits.MAX_NESTING + 1)) {
            throw new LimitException("nesting-depth",
                    "the expression is nested more than " + Limits.MAX_NESTING + " levels deep");
        }
        return e;
    }
}
