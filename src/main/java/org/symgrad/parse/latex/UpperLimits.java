package org.symgrad.parse.latex;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The names a document writes as the upper limit of a sum or product ({@code \sum_{i=1}^{K}},
 * {@code \prod_{n=1}^N}, {@code \sum_{k=0}^{K-1}}): the number of terms, which symgrad calls the
 * range size {@code n}. A document means the same K wherever it writes it, so a name found here is
 * the range size in every statement of the document, also where it stands as a value
 * ({@code \frac{\epsilon}{K}}, {@code \frac{1}{N}}, {@code -N\beta}), not only in the statement
 * whose sum declares it. Reading them apart would make a right step false: Σ_{i=1}^{K} ε/K is ε
 * only when the K of the value is the K of the limit.
 */
public final class UpperLimits {
    private UpperLimits() {
    }

    /** The single-letter names written as upper limits of sums and products in these tokens. */
    public static Set<Expr> in(List<Token> tokens) {
        Set<Expr> out = written(tokens);
        out.remove(Exprs.N);
        return out;
    }

    /** Whether these tokens write {@code n} itself as the upper limit of a sum or product ({@code \sum_{i=1}^{n}}). */
    public static boolean writesN(List<Token> tokens) {
        // any n in an upper script of the Σ or Π: n, {n}, {n-1}, {n+1}
        return SumScripts.in(tokens).stream().flatMap(s -> s.scripts().stream()).anyMatch(s -> s.upper()
                && s.arg().stream().anyMatch(t -> t.getType() == LatexLexer.LETTER && t.getText().equals("n")));
    }

    /**
     * The letters the tokens write as the limit of a sum or product ({@code n}, {@code m}, {@code T} of
     * {@code \\sum_{t=1}^{T}}, {@code K} of {@code \\sum_{k=0}^{K-1}}) and never as the index one runs over
     * ({@code \\sum_{n=1}^{N}}, {@code \\sum_n}): in a subscript each is the range size as a value
     * ({@link org.symgrad.expr.Index#SIZE}), {@code w_T} the entry at the size, not a free index.
     */
    public static Set<String> sizeLetters(List<Token> tokens) {
        Set<String> out = new LinkedHashSet<>();
        for (Expr size : written(tokens)) {
            out.add(((Sym) size).name());
        }
        if (writesN(tokens)) {
            out.add(Exprs.N.name());
        }
        for (SumScripts sum : SumScripts.in(tokens)) {
            for (SumScripts.Script s : sum.scripts()) {
                if (!s.upper() && !s.inner().isEmpty() && s.inner().get(0).getType() == LatexLexer.LETTER) {
                    out.remove(s.inner().get(0).getText());
                }
            }
        }
        return out;
    }

    private static Set<Expr> written(List<Token> tokens) {
        Set<Expr> out = new LinkedHashSet<>();
        for (SumScripts sum : SumScripts.in(tokens)) {
            String name = limitName(sum);
            if (name != null) {
                out.add(new Sym(name));
            }
        }
        return out;
    }

    /** The name one Σ or Π is written to ({@code K} of {@code \\sum_{k=0}^{K-1}}), else null (no limit, a number, a combination). */
    static String limitName(SumScripts sum) {
        boolean fromZero = false;
        String name = null;
        for (SumScripts.Script script : sum.scripts()) {
            if (!script.upper()) {
                fromZero = startsAtZero(script.arg());
            } else {
                name = limitName(script.arg(), fromZero);
            }
        }
        return name;
    }

    /** {@code {k=0}}: a sum from 0, whose upper limit {@code K-1} names the size K. */
    private static boolean startsAtZero(List<Token> arg) {
        int n = arg.size();
        return n >= 4 && arg.get(n - 3).getType() == LatexLexer.EQ && arg.get(n - 2).getText().equals("0");
    }

    /**
     * {@code K}, {@code {K}}, {@code {K-1}} after a sum from 0, or a capital less or more a whole number
     * ({@code {T-2}}, {@code {N+1}}): the letter, else null. A small letter less one from 1 ({@code {i-1}}) may be
     * an index (a triangular sum), no size.
     */
    private static String limitName(List<Token> arg, boolean fromZero) {
        List<Token> inner = arg.size() >= 2 && arg.get(0).getType() == LatexLexer.LBRACE
                ? arg.subList(1, arg.size() - 1) : arg;
        if (inner.isEmpty() || inner.get(0).getType() != LatexLexer.LETTER) {
            return null;
        }
        boolean alone = inner.size() == 1;
        boolean minusOne = fromZero && inner.size() == 3 && inner.get(1).getType() == LatexLexer.MINUS
                && inner.get(2).getText().equals("1");
        boolean capitalShifted = inner.size() == 3 && Character.isUpperCase(inner.get(0).getText().charAt(0))
                && (inner.get(1).getType() == LatexLexer.MINUS || inner.get(1).getType() == LatexLexer.PLUS)
                && inner.get(2).getText().matches("[0-9]+");
        return alone || minusOne || capitalShifted ? inner.get(0).getText() : null;
    }
}
