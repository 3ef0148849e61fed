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
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type != LatexLexer.SUM && type != LatexLexer.PROD) {
                continue;
            }
            // any n in a script of the Σ or Π: n, {n}, {n-1}, {n+1}
            int k = i + 1;
            while (k + 1 < tokens.size()) {
                int script = tokens.get(k).getType();
                if (script != LatexLexer.UNDERSCORE && script != LatexLexer.CARET) {
                    break;
                }
                int argEnd = argumentEnd(tokens, k + 1);
                if (argEnd < 0) {
                    break;
                }
                if (script == LatexLexer.CARET && tokens.subList(k + 1, argEnd).stream()
                        .anyMatch(t -> t.getType() == LatexLexer.LETTER && t.getText().equals("n"))) {
                    return true;
                }
                k = argEnd;
            }
        }
        return false;
    }

    private static Set<Expr> written(List<Token> tokens) {
        Set<Expr> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type != LatexLexer.SUM && type != LatexLexer.PROD) {
                continue;
            }
            int k = i + 1;
            boolean fromZero = false;
            while (k + 1 < tokens.size()) {
                int script = tokens.get(k).getType();
                if (script != LatexLexer.UNDERSCORE && script != LatexLexer.CARET) {
                    break;
                }
                int argEnd = argumentEnd(tokens, k + 1);
                if (argEnd < 0) {
                    break;
                }
                if (script == LatexLexer.UNDERSCORE) {
                    fromZero = startsAtZero(tokens.subList(k + 1, argEnd));
                } else {
                    String name = limitName(tokens.subList(k + 1, argEnd), fromZero);
                    if (name != null) {
                        out.add(new Sym(name));
                    }
                }
                k = argEnd;
            }
        }
        return out;
    }

    /** One past the script argument starting at {@code at}: a token, or a brace group. */
    private static int argumentEnd(List<Token> tokens, int at) {
        if (tokens.get(at).getType() != LatexLexer.LBRACE) {
            return at + 1;
        }
        int close = LatexTokens.matchingBrace(tokens, at);
        return close < 0 ? -1 : close + 1;
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
