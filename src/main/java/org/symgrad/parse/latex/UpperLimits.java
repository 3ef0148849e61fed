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
     * Whether the tokens write n as the limit of a sum or product ({@link #writesN}) and never as the index one runs
     * over ({@code \sum_{n=1}^{N}}, {@code \sum_n}): then every n of a subscript is that size as a value.
     */
    public static boolean sizeAsIndex(List<Token> tokens) {
        return writesN(tokens) && SumScripts.in(tokens).stream().flatMap(s -> s.scripts().stream())
                .noneMatch(s -> !s.upper() && !s.inner().isEmpty() && s.inner().get(0).getType() == LatexLexer.LETTER
                        && s.inner().get(0).getText().equals("n"));
    }

    private static Set<Expr> written(List<Token> tokens) {
        Set<Expr> out = new LinkedHashSet<>();
        for (SumScripts sum : SumScripts.in(tokens)) {
            boolean fromZero = false;
            for (SumScripts.Script script : sum.scripts()) {
                if (!script.upper()) {
                    fromZero = startsAtZero(script.arg());
                } else {
                    String name = limitName(script.arg(), fromZero);
                    if (name != null) {
                        out.add(new Sym(name));
                    }
                }
            }
        }
        return out;
    }

    /** {@code {k=0}}: a sum from 0, whose upper limit {@code K-1} names the size K. */
    private static boolean startsAtZero(List<Token> arg) {
        int n = arg.size();
        return n >= 4 && arg.get(n - 3).getType() == LatexLexer.EQ && arg.get(n - 2).getText().equals("0");
    }

    /** {@code K}, {@code {K}}, or {@code {K-1}} after a sum from 0: the letter, else null. */
    private static String limitName(List<Token> arg, boolean fromZero) {
        List<Token> inner = arg.size() >= 2 && arg.get(0).getType() == LatexLexer.LBRACE
                ? arg.subList(1, arg.size() - 1) : arg;
        if (inner.isEmpty() || inner.get(0).getType() != LatexLexer.LETTER) {
            return null;
        }
        boolean alone = inner.size() == 1;
        boolean minusOne = fromZero && inner.size() == 3 && inner.get(1).getType() == LatexLexer.MINUS
                && inner.get(2).getText().equals("1");
        return alone || minusOne ? inner.get(0).getText() : null;
    }
}
