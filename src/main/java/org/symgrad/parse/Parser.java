package org.symgrad.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
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
 * {@code a (b+c)}, {@code 2(b+c)} or {@code x_i(1 - x_i)}; the bare symbol {@code e} is a symbol,
 * not Euler's number ({@code exp(x)} is the exponential); {@code σ} or {@code sigma} alone is the
 * symbol {@code sigma}, followed by {@code (} the logistic function; {@code delta}/{@code δ} followed
 * by {@code _} or {@code (} is the Kronecker delta, alone the symbol {@code delta}.
 */
public final class Parser {
    private Parser() {
    }

    /** Parses one expression; line breaks count as spaces. */
    public static Expr parseExpression(String text) {
        Spans spans = new Spans(text);
        try {
            SymgradParser parser = parser(text, false, spans);
            SymgradParser.ExpressionInputContext tree = parser.expressionInput();
            return requireDepth(new ExprBuilder(spans).expr(tree.expr()));
        } catch (StackOverflowError overflow) {
            throw stackExhausted();
        }
    }

    /** Parses a script: one statement per line, {@code #} comments, blank lines allowed. */
    public static Script parseScript(String text) {
        String source = text.endsWith("\n") || text.endsWith("\r") ? text : text + "\n";
        Spans spans = new Spans(source);
        try {
            SymgradParser parser = parser(source, true, spans);
            return new ScriptBuilder(spans).script(parser.scriptInput());
        } catch (StackOverflowError overflow) {
            throw stackExhausted();
        }
    }

    /** Within the limits a thread stack of 1 MB or more suffices; a smaller one gets this, not a crash. */
    private static LimitException stackExhausted() {
        return new LimitException("nesting-depth", "the expression nests too deeply for the thread's stack");
    }

    private static SymgradParser parser(String text, boolean script, Spans spans) {
        List<Token> tokens = new TokenScanner(text).scan(script);
        SymgradParser parser = new DepthLimitedParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new SyntaxErrorStrategy(spans));
        return parser;
    }

    /** {@code e} itself, after checking without recursion that it is at most {@value Limits#MAX_NESTING} deep. */
    static Expr requireDepth(Expr e) {
        Deque<Expr> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(e);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Expr node = nodes.pop();
            int depth = depths.pop();
            if (depth > Limits.MAX_NESTING + 1) {
                throw new LimitException("nesting-depth",
                        "the expression is nested more than " + Limits.MAX_NESTING + " levels deep");
            }
            for (Expr child : Exprs.children(node)) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return e;
    }
}
