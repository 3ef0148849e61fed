package org.symgrad.document;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.symgrad.derive.Definition;
import org.symgrad.error.InputException;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.parse.latex.LatexReader;
import org.symgrad.parse.latex.gen.LatexLexer;

/**
 * The sample mean a statistics text writes as {@code \bar{x}} and never defines: "Setting $\ell'(\lambda) = 0$ gives
 * $$\hat\lambda = \frac{n}{\sum_{i=1}^n x_i} = \frac{1}{\bar{x}}$$". Read as a name of its own, the last step is undecided
 * ("the left side uses x and the right side xbar"); it is {@code \frac{1}{n} \sum_{i=1}^n x_i}. Only where the document
 * sums the same letter's entries over an index ({@code \sum_{i=1}^n x_i}) with one size for all its sums, and no formula of
 * it gives the barred name a value ({@code \bar{x} = …}, an equilibrium {@code \bar{S}(D) = …}) or writes it with an
 * index or argument of its own ({@code \bar{x}_k}, {@code \bar{x}(t)}): otherwise the bar means something else.
 */
final class SampleMeans {
    private SampleMeans() {
    }

    /** A sample mean's definition, and the note a document using it gets. */
    record Mean(Definition definition, String note) {
    }

    /** The sample means of {@code formulas} (the document's math, displays and inline, each apart) over its one size. */
    static List<Mean> in(List<List<Token>> formulas, Set<Expr> sizes) {
        if (sizes.size() != 1) {
            return List.of();
        }
        Expr size = sizes.iterator().next();
        Map<String, Boolean> barred = new LinkedHashMap<>(); // letter → read as a plain name everywhere
        Set<String> summed = new LinkedHashSet<>();
        for (List<Token> f : formulas) {
            Set<String> bound = new LinkedHashSet<>();
            for (int i = 0; i < f.size(); i++) {
                Token t = f.get(i);
                if (t.getType() == LatexLexer.SUM && i + 2 < f.size() && f.get(i + 1).getType() == LatexLexer.UNDERSCORE) {
                    int k = f.get(i + 2).getType() == LatexLexer.LBRACE ? i + 3 : i + 2;
                    if (k < f.size() && f.get(k).getType() == LatexLexer.LETTER) {
                        bound.add(f.get(k).getText());
                    }
                }
                if (t.getType() == LatexLexer.DECOR && (t.getText().equals("\\bar") || t.getText().equals("\\overline"))) {
                    int letter = i + 1 < f.size() && f.get(i + 1).getType() == LatexLexer.LBRACE ? i + 2 : i + 1;
                    boolean braced = letter == i + 2;
                    if (letter < f.size() && f.get(letter).getType() == LatexLexer.LETTER
                            && (!braced || letter + 1 < f.size() && f.get(letter + 1).getType() == LatexLexer.RBRACE)) {
                        int after = braced ? letter + 2 : letter + 1;
                        int next = after < f.size() ? f.get(after).getType() : -1;
                        boolean plain = next != LatexLexer.UNDERSCORE && next != LatexLexer.LPAREN && next != LatexLexer.EQ
                                && next != LatexLexer.DEF_EQ;
                        barred.merge(f.get(letter).getText(), plain, Boolean::logicalAnd);
                    }
                }
            }
            for (int i = 1; i + 1 < f.size(); i++) {
                if (f.get(i).getType() == LatexLexer.UNDERSCORE && f.get(i - 1).getType() == LatexLexer.LETTER
                        && f.get(i + 1).getType() == LatexLexer.LETTER && bound.contains(f.get(i + 1).getText())
                        && (i < 2 || f.get(i - 2).getType() != LatexLexer.SUM)) {
                    summed.add(f.get(i - 1).getText());
                }
            }
        }
        List<Mean> out = new java.util.ArrayList<>();
        String n = org.symgrad.print.Printer.latex(size);
        barred.forEach((letter, plain) -> {
            if (plain && summed.contains(letter)) {
                // the document's one size is read as the range size n, as its sums' limits are (LatexReader.withRange)
                name(letter).ifPresent(mean -> out.add(new Mean(new Definition(mean, Exprs.div(
                        new IndexSum("i", Exprs.ONE, Exprs.N, new Indexed(letter, List.of("i"))), Exprs.N)),
                        "reads \\bar{" + letter + "}, which the document uses without defining it, as the sample mean \\frac{1}{" + n
                                + "} \\sum_{i=1}^{" + n + "} " + letter + "_i")));
            }
        });
        return out;
    }

    /** The name the reader gives {@code \bar{letter}}. */
    private static Optional<Sym> name(String letter) {
        try {
            return LatexReader.read("\\bar{" + letter + "}").expr().filter(Sym.class::isInstance).map(Sym.class::cast);
        } catch (InputException e) {
            return Optional.empty();
        }
    }
}
