package org.symgrad.parse.latex;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.error.InputException;
import org.symgrad.expr.Index;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Index arithmetic in a subscript (LATEX-INPUT M6): {@code H_{t-1}}, {@code h_{t+1}},
 * {@code x_{i+k}}, {@code x_{i,j+1}}, {@code a_{2i-1}} — a sum of terms, each an index letter, a
 * whole number, or a whole number times one index letter — is one affine index
 * ({@link Index#isAffine}), the same index the ASCII {@code x_{i+k}} writes. A term of several
 * juxtaposed letters ({@code x_{ij+1}}) is ambiguous (is it {@code x_{i,j+1}} or {@code x_{ij+1}}
 * as one name?) and is refused with a suggestion; a single term is not arithmetic and is read by
 * the ordinary subscript rules ({@code x_{ij}} two indices, {@code W_{hh}} two indices).
 */
final class IndexArithmetic {
    private IndexArithmetic() {
    }

    /** Makes the input error for a part of a subscript that is not part of an affine index. */
    interface Refusal {
        InputException at(String message, ParserRuleContext where);
    }

    /**
     * The canonical affine index {@code e} writes ({@code e} has at least two terms), or {@code refuse}'s error; a
     * capital among {@code sizes} (the limit T of a sum) is a letter too: {@code x_{T-1}}.
     */
    static String read(LatexParser.ExprContext e, Refusal refuse, java.util.Set<String> sizes) {
        TreeMap<String, Long> coefficients = new TreeMap<>();
        long offset = 0;
        for (int i = 0; i < e.term().size(); i++) {
            long sign = 1;
            if (i > 0) {
                LatexParser.AddOpContext op = e.addOp(i - 1);
                if (op.PLUS_MINUS() != null) {
                    throw refuse.at("\\pm in an index is not an index", op);
                }
                sign = op.MINUS() != null ? -1 : 1;
            }
            Term t = term(e.term(i), sign, refuse, sizes);
            if (t.letter().isPresent()) {
                coefficients.merge(t.letter().get(), t.coefficient(), Long::sum);
            } else {
                offset = Math.addExact(offset, t.coefficient());
            }
        }
        if (coefficients.values().stream().allMatch(c -> c == 0)) {
            throw refuse.at("an index that is a whole number is written as the number, not as a sum", e);
        }
        return Index.of(Map.copyOf(coefficients), offset);
    }

    private record Term(long coefficient, Optional<String> letter) {
    }

    private static Term term(LatexParser.TermContext term, long sign, Refusal refuse, java.util.Set<String> sizes) {
        long coefficient = sign;
        String letter = null;
        boolean number = false;
        for (ParseTree child : term.children) {
            LatexParser.FactorContext f = child instanceof LatexParser.PlainSignedContext p ? p.factor()
                    : child instanceof LatexParser.FactorContext fc ? fc : null;
            if (f == null && child instanceof LatexParser.UnarySignContext u && u.MINUS() != null
                    && u.signed() instanceof LatexParser.PlainSignedContext p) {
                coefficient = -coefficient;
                f = p.factor();
            }
            if (!(f instanceof LatexParser.PostfixFactorContext pf) || !pf.postfix().postOp().isEmpty()) {
                throw refuse.at("an index holds index letters and whole numbers, such as t-1 or i+k, not "
                        + child.getText(), (ParserRuleContext) child);
            }
            LatexParser.PrimaryContext primary = pf.postfix().primary();
            if (primary instanceof LatexParser.LetterContext l && (Character.isLowerCase(l.getText().charAt(0))
                    || sizes.contains(l.getText()))) {
                if (letter != null) {
                    throw refuse.at("index arithmetic on juxtaposed letters (" + term.getText()
                            + ") is ambiguous: separate the indices with a comma, as in x_{i,j+1}", term);
                }
                letter = l.getText();
            } else if (primary instanceof LatexParser.NumberContext n && n.DOT() == null && letter == null && !number) {
                number = true;
                try {
                    coefficient = Math.multiplyExact(coefficient, Long.parseLong(n.getText()));
                } catch (NumberFormatException tooLong) {
                    throw refuse.at("an index offset this large is not supported", n);
                }
            } else {
                throw refuse.at("an index holds index letters and whole numbers, such as t-1 or i+k, not "
                        + child.getText(), (ParserRuleContext) child);
            }
        }
        return new Term(coefficient, Optional.ofNullable(letter));
    }
}
