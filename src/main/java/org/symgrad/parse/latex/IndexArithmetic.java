package org.symgrad.parse.latex;

import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.symgrad.error.InputException;
import org.symgrad.expr.Index;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Index arithmetic in a subscript (LATEX-INPUT M6): {@code H_{t-1}}, {@code h_{t+1}},
 * {@code x_{i+k}}, {@code x_{i,j+1}}, {@code a_{2i-1}}, and a stride's {@code x_{s(m-1)+k}},
 * {@code w_{p - s(m-1)}}, {@code x_{(m-1)s}}, {@code x_{s \cdot i + p}} — a sum of terms, each a product of index
 * letters, whole numbers and bracketed sums of them — is one affine index ({@link Index#isAffine}), the same
 * index the ASCII {@code x_{(m-1)*s+k}} writes. A term of several juxtaposed letters ({@code x_{ij+1}}) is
 * ambiguous (is it {@code x_{i,j+1}} or {@code x_{ij+1}} as one name?) and is refused with a suggestion; a
 * letter before a bracket ({@code s(m-1)}) or a product sign ({@code s \cdot m}) is not. A single term without
 * a bracket is not arithmetic and is read by the ordinary subscript rules ({@code x_{ij}} two indices,
 * {@code W_{hh}} two indices).
 */
final class IndexArithmetic {
    private static final String NOT_AN_INDEX = "an index holds index letters and whole numbers, such as t-1 or i+k, not ";

    private IndexArithmetic() {
    }

    /** Makes the input error for a part of a subscript that is not part of an affine index. */
    interface Refusal {
        InputException at(String message, ParserRuleContext where);
    }

    /**
     * Whether the one-term subscript {@code e} multiplies by a bracket ({@code s(m-1)}, {@code (m-1)s},
     * {@code 2(i-1)}): arithmetic, not a list of indices.
     */
    static boolean bracketed(LatexParser.ExprContext e) {
        return e.term().size() == 1 && e.term(0).children.stream().anyMatch(c -> {
            LatexParser.PostfixContext p = postfix(c);
            return p != null && (p.primary() instanceof LatexParser.ParensContext
                    || p.postOp().size() == 1 && p.postOp(0) instanceof LatexParser.CallOpContext);
        });
    }

    /**
     * The canonical affine index {@code e} writes ({@code e} has at least two terms, or is {@link #bracketed}), or
     * {@code refuse}'s error; a capital among {@code sizes} (the limit T of a sum) is a letter too: {@code x_{T-1}}.
     */
    static String read(LatexParser.ExprContext e, Refusal refuse, Set<String> sizes) {
        String index = sum(e, refuse, sizes);
        if (Index.names(index).isEmpty()) {
            throw refuse.at("an index that is a whole number is written as the number, not as a sum", e);
        }
        return index;
    }

    private static String sum(LatexParser.ExprContext e, Refusal refuse, Set<String> sizes) {
        if (e.evalBar() != null) {
            throw refuse.at(NOT_AN_INDEX + e.getText(), e);
        }
        String index = "0";
        for (int i = 0; i < e.term().size(); i++) {
            String sign = "1";
            if (i > 0) {
                LatexParser.AddOpContext op = e.addOp(i - 1);
                if (op.PLUS_MINUS() != null) {
                    throw refuse.at("\\pm in an index is not an index", op);
                }
                sign = op.MINUS() != null ? "-1" : "1";
            }
            index = Index.plus(index, Index.times(sign, term(e.term(i), refuse, sizes)));
        }
        return index;
    }

    /** A product of letters, whole numbers and brackets; juxtaposed letters, or a number after a letter, are refused. */
    private static String term(LatexParser.TermContext term, Refusal refuse, Set<String> sizes) {
        String product = "1";
        boolean juxtaposedLetter = false;
        boolean afterMultiplication = false;
        for (ParseTree child : term.children) {
            if (child instanceof LatexParser.MulOpContext op) {
                if (op.STAR() == null && op.CDOT() == null && op.TIMES() == null) {
                    throw refuse.at(NOT_AN_INDEX + op.getText(), op);
                }
                afterMultiplication = true;
                continue;
            }
            String sign = "1";
            if (child instanceof LatexParser.UnarySignContext u && u.MINUS() != null
                    && u.signed() instanceof LatexParser.PlainSignedContext) {
                sign = "-1";
            }
            LatexParser.PostfixContext p = postfix(child instanceof LatexParser.UnarySignContext u
                    && u.signed() instanceof LatexParser.PlainSignedContext inner ? inner : child);
            if (p == null || child instanceof LatexParser.UnarySignContext u && u.MINUS() == null) {
                throw refuse.at(NOT_AN_INDEX + child.getText(), (ParserRuleContext) child);
            }
            LatexParser.PrimaryContext primary = p.primary();
            boolean letter = primary instanceof LatexParser.LetterContext l
                    && (Character.isLowerCase(l.getText().charAt(0)) || sizes.contains(l.getText()));
            List<LatexParser.PostOpContext> ops = p.postOp();
            // s(m-1), 2(i-1): a letter or a number before a bracket multiplies it
            LatexParser.ExprContext bracket = ops.size() == 1 && ops.get(0) instanceof LatexParser.CallOpContext call
                    && call.callArgs().expr().size() == 1 && call.callArgs().argSeparator().isEmpty()
                    ? call.callArgs().expr(0) : null;
            if (!ops.isEmpty() && bracket == null) {
                throw refuse.at(NOT_AN_INDEX + child.getText(), (ParserRuleContext) child);
            }
            String factor;
            if (letter) {
                if (juxtaposedLetter && !afterMultiplication) {
                    throw refuse.at("index arithmetic on juxtaposed letters (" + term.getText()
                            + ") is ambiguous: separate the indices with a comma, as in x_{i,j+1}", term);
                }
                juxtaposedLetter = true;
                factor = primary.getText();
            } else if (primary instanceof LatexParser.ParensContext parens) {
                factor = sum(parens.expr(), refuse, sizes);
            } else if (primary instanceof LatexParser.NumberContext n && n.DOT() == null
                    && (product.equals("1") || afterMultiplication)) {
                factor = n.getText();
                try {
                    Long.parseLong(factor);
                } catch (NumberFormatException tooLong) {
                    throw refuse.at("an index offset this large is not supported", n);
                }
            } else {
                throw refuse.at(NOT_AN_INDEX + child.getText(), (ParserRuleContext) child);
            }
            if (bracket != null) {
                factor = Index.times(factor, sum(bracket, refuse, sizes));
            }
            product = Index.times(product, Index.times(sign, factor));
            afterMultiplication = false;
        }
        return product;
    }

    private static LatexParser.PostfixContext postfix(ParseTree child) {
        LatexParser.FactorContext f = child instanceof LatexParser.PlainSignedContext p ? p.factor()
                : child instanceof LatexParser.FactorContext fc ? fc : null;
        return f instanceof LatexParser.PostfixFactorContext pf ? pf.postfix() : null;
    }
}
