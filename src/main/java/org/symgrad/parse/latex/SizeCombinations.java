package org.symgrad.parse.latex;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Sym;

/**
 * An upper limit that combines sizes: {@code n - K + 1}, the positions of a valid convolution of n inputs with a kernel of
 * K; {@code 2n}, {@code N - T}. Whole multiples of two or more names, or a multiple of one other than 1, with a whole
 * number added ({@link BigOperators} reads a single name less or more a number itself). Such a limit is the number of terms
 * as a whole: symgrad reads it as the range size n, where none of its names is written apart from such a limit in the same
 * statement (with the n of {@code \\sum_{i=1}^{2n} 1 = n} the range size too, the wrong step would hold).
 */
public final class SizeCombinations {
    private SizeCombinations() {
    }

    /** Whether {@code upper} is such a combination of names. */
    public static boolean is(Expr upper) {
        if (upper instanceof Add a) {
            long names = a.terms().stream().filter(t -> !(t instanceof Num)).count();
            return names >= 1 && a.terms().stream().allMatch(t -> t instanceof Num n && n.value().isInteger() || multiple(t))
                    && (names >= 2 || a.terms().stream().anyMatch(t -> t instanceof Mul));
        }
        return upper instanceof Mul && multiple(upper);
    }

    /** A name, or a whole multiple of it ({@code 2n}, {@code -K}). */
    private static boolean multiple(Expr e) {
        return e instanceof Sym || e instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num n
                && n.value().isInteger() && m.factors().get(1) instanceof Sym;
    }

    /**
     * A name of one of the combinations among {@code sizes} that the statement {@code sides} write apart from the upper limits
     * of their sums and products ({@code n} of {@code \\sum_{i=1}^{2n} 1 = n}), if any.
     */
    public static Optional<String> writtenApart(Set<Expr> sizes, List<List<Token>> sides) {
        Set<String> names = new HashSet<>();
        sizes.stream().filter(SizeCombinations::is).forEach(c -> Exprs.any(c, e -> e instanceof Sym s && names.add(s.name()) && false));
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Set<List<String>> combinations = combinations(sides);
        for (List<Token> side : sides) {
            if (side == null) {
                continue;
            }
            Set<Token> limits = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (SumScripts sum : SumScripts.in(side)) {
                sum.scripts().stream().filter(SumScripts.Script::upper).flatMap(x -> x.arg().stream())
                        .forEach(limits::add);
            }
            // the same combination written as a value (\frac{1}{n-K+1}, (T - \tau)) is the range size there too
            for (List<String> written : combinations) {
                for (int i = 0; i + written.size() <= side.size(); i++) {
                    if (texts(side.subList(i, i + written.size())).equals(written)) {
                        limits.addAll(side.subList(i, i + written.size()));
                    }
                }
            }
            for (Token t : side) {
                String name = t.getText().startsWith("\\") ? t.getText().substring(1) : t.getText();
                if (names.contains(name) && !limits.contains(t)) {
                    return Optional.of(t.getText());
                }
            }
        }
        return Optional.empty();
    }

    /** The upper limits of the sums and products of {@code sides} that combine names, each as its token texts. */
    private static Set<List<String>> combinations(List<List<Token>> sides) {
        Set<List<String>> out = new HashSet<>();
        for (List<Token> side : sides) {
            if (side != null) {
                for (SumScripts sum : SumScripts.in(side)) {
                    sum.scripts().stream().filter(SumScripts.Script::upper).map(x -> texts(x.inner()))
                            .filter(t -> t.size() > 1).forEach(out::add);
                }
            }
        }
        return out;
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::getText).toList();
    }
}
