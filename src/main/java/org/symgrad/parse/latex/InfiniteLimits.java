package org.symgrad.parse.latex;

import java.util.List;
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
                .anyMatch(s -> s.upper() ? is(s.inner().stream().map(Token::getText).reduce("", String::concat)) : openAbove(s.inner()));
    }

    /**
     * Whether a subscript bounds its letter below by a whole number and says no more ({@code \sum_{t \ge 0}},
     * {@code \sum_{k > 1}}, {@code \sum_{1 \le n}}): a series from that number.
     */
    static boolean openAbove(List<Token> inner) {
        int n = inner.size();
        if (n < 3) {
            return false;
        }
        boolean letterFirst = inner.get(0).getType() == LatexLexer.LETTER
                && (inner.get(1).getType() == LatexLexer.GEQ || inner.get(1).getType() == LatexLexer.GT) && digits(inner.subList(2, n));
        boolean numberFirst = inner.get(n - 1).getType() == LatexLexer.LETTER
                && (inner.get(n - 2).getType() == LatexLexer.LEQ || inner.get(n - 2).getType() == LatexLexer.LT)
                && digits(inner.subList(0, n - 2));
        return letterFirst || numberFirst;
    }

    private static boolean digits(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.getType() == LatexLexer.DIGIT);
    }
}
