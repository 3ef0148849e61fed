package org.symgrad.parse.latex;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * An upper limit {@code \infty} of a sum or product ({@code \sum_{k=0}^{\infty} \gamma^k r_{t+k+1}}, a power series
 * {@code \sum_{n=0}^{\infty} \frac{x^n}{n!}}, or a subscript that bounds the index only below, {@code \sum_{t \ge 0}}): the series is read as its partial sum to a length of its own, {@link #LENGTH}. A step
 * that holds for every n holds in the limit, wherever the series converge; a step that holds only in the limit (a
 * closed form of a geometric series, a shifted index whose last term vanishes) is false at every finite n and is
 * compared at growing lengths instead, where the checker is told the series' length (Sampling.withSeries).
 */
public final class InfiniteLimits {
    private InfiniteLimits() {
    }

    /** The length the partial sums of every series of a text run to: a range size of its own ({@code infty}). */
    public static final Sym LENGTH = new Sym("infty");

    /** What to say of {@code \infty} anywhere but as the upper limit of a sum or product. */
    static final String NOT_A_NUMBER = "\\infty is not a number symgrad can check with; limits are not supported (a sum to"
            + " \\infty is read as a series)";

    /** Whether a script's text, braces and spaces aside, is {@code \infty} (or {@code +\infty}). */
    static boolean is(String script) {
        return script.replaceAll("[{}\\s]", "").matches("\\+?\\\\infty");
    }

    /** Whether these tokens write a sum or product up to {@code \infty}, or open above ({@link #openAbove}). */
    public static boolean in(List<List<Token>> formulas) {
        return formulas.stream().flatMap(f -> SumScripts.in(f).stream()).flatMap(s -> s.scripts().stream())
                .anyMatch(s -> s.upper() ? is(text(s.inner())) : openAbove(s.inner()));
    }

    /**
     * Whether a subscript bounds its letter below by a whole number and says no more ({@code \sum_{t \ge 0}},
     * {@code \sum_{k > 1}}, {@code \sum_{1 \le n}}): a series from that number ({@link #start}).
     */
    static boolean openAbove(List<Token> inner) {
        for (int i = 0; i < inner.size(); i++) {
            if (RELATIONS.contains(inner.get(i).getType())) {
                return start(text(inner.subList(0, i)), inner.get(i).getType(), text(inner.subList(i + 1, inner.size()))).isPresent();
            }
        }
        return false;
    }

    /**
     * The letter the condition {@code left relation right} bounds below by a whole number, and the first value that gives it
     * ({@code t \ge 0}: t from 0; {@code k > 1}: from 2; {@code 1 \le n}: from 1); empty for any other condition.
     * {@code relation} is a token type of {@link LatexLexer}.
     */
    static Optional<Map.Entry<String, Long>> start(String left, int relation, String right) {
        boolean below = relation == LatexLexer.GEQ || relation == LatexLexer.GT;
        boolean above = relation == LatexLexer.LEQ || relation == LatexLexer.LT;
        boolean letterFirst = below && left.matches("[a-zA-Z]") && right.matches("[0-9]{1,6}");
        boolean numberFirst = above && right.matches("[a-zA-Z]") && left.matches("[0-9]{1,6}");
        if (!letterFirst && !numberFirst) {
            return Optional.empty();
        }
        boolean strict = relation == LatexLexer.GT || relation == LatexLexer.LT;
        return Optional.of(Map.entry(letterFirst ? left : right, Long.parseLong(letterFirst ? right : left) + (strict ? 1 : 0)));
    }

    /** The order relations a condition of a subscript may write. */
    private static final Set<Integer> RELATIONS = Set.of(LatexLexer.GEQ, LatexLexer.GT, LatexLexer.LEQ, LatexLexer.LT);

    private static String text(List<Token> tokens) {
        return tokens.stream().map(Token::getText).reduce("", String::concat);
    }
}
