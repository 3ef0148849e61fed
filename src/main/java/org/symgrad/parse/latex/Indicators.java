package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.symgrad.expr.Delta;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.parse.latex.gen.LatexLexer;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads an indicator, {@code \mathbb{1}[x > 0]}, {@code \mathbb{1}\{x > 0\}}, {@code \mathbf{1}_{x>0}},
 * {@code \mathbb{I}(a \geq b)}, {@code \mathbb{1}(i = j)} (SPEC §9): a sign condition is a Heaviside step, an
 * equality of indices a Kronecker δ.
 */
final class Indicators {
    private final LatexBuilder builder;

    Indicators(LatexBuilder builder) {
        this.builder = builder;
    }

    /** Whether {@code e} is a label the document names as an arg max or arg min ({@code k^*}; {@link ArgExtrema}). */
    private boolean isArgLabel(Expr e) {
        return e instanceof Sym s && builder.context.argExtrema().containsValue(s.name());
    }

    /**
     * An indicator ({@code \mathbb{1}[x > 0]}, {@code \mathbb{1}\{x > 0\}}, {@code \mathbf{1}_{x>0}},
     * {@code \mathbb{I}(a \geq b)}, {@code \mathbb{1}(i = j)}; SPEC §9): a sign condition is the
     * step function of the difference of its sides ({@code heaviside(a − b)}, the value at the single
     * point a = b aside), an index relation is a Kronecker δ ({@code i = j}) or its complement.
     * Without a condition, {@code \mathbf{1}} is the ones vector of matrix notation.
     */
    Expr indicator(LatexParser.IndicatorContext ind) {
        if (ind.indicatorCondition() == null) {
            String whole = ind.INDICATOR().getText().replaceAll("\\s+", "");
            throw whole.startsWith("\\mathbb") || whole.startsWith("\\mathds")
                    ? builder.error("an indicator (" + whole + ") needs its condition: " + whole + "[x > 0]", ind)
                    : builder.error("a bold 1 (" + whole + ") is matrix notation, which is not supported yet; "
                            + "write the sum over components", ind);
        }
        Expr value = indicatorOf(ind.indicatorCondition().scriptItem(), ind);
        if (ind.indicatorCondition().UNDERSCORE() != null) {
            subscriptIndicator = value;
        }
        return value;
    }

    /**
     * The last indicator written with its condition as a subscript ({@code 1_{x>0}}, {@code \mathbf{1}_{x>0}}): the
     * function of set notation, which a call of the very name its condition is about applies at that point
     * ({@code 1_{x>0}(x)}) rather than multiplies. A bracket ({@code \mathbb{1}[x>0](y - t)}) multiplies.
     */
    Expr subscriptIndicator;

    static boolean isPointOf(Expr indicator, Expr argument) {
        return argument instanceof Variable v && Exprs.any(indicator, e -> e.equals(v));
    }

    /**
     * The indicator of the condition {@code item} ({@link #indicator}); a chain of order relations ({@code 0 < x < 1},
     * {@code a \le x < b}) holds where each link does, the product of the links' step functions.
     */
    Expr indicatorOf(LatexParser.ScriptItemContext item, ParserRuleContext ind) {
        if (item.relation().size() > 1) {
            List<Expr> links = new ArrayList<>();
            for (int r = 0; r < item.relation().size(); r++) {
                int relation = item.relation(r).getStart().getType();
                if (!isOrder(relation)) {
                    throw builder.error("an indicator of a chain of relations needs <, \\le, > or \\ge between each pair, as in "
                            + "0 < x < 1", ind);
                }
                links.add(step(builder.expr(item.expr(r)), builder.expr(item.expr(r + 1)), relation));
            }
            return Exprs.mul(links);
        }
        if (item.relation().size() != 1) {
            throw builder.error("an indicator needs a condition with a relation, such as x > 0, 0 < x < 1 or i = j", ind);
        }
        Expr a = builder.expr(item.expr(0));
        Expr b = builder.expr(item.expr(1));
        int relation = item.relation(0).getStart().getType();
        if (relation == LatexLexer.EQ || relation == LatexLexer.NEQ) {
            Optional<Expr> fixed = LabelIndicators.asFixedLabel(builder.document, a, b)
                    .or(() -> LabelIndicators.asFixedLabel(builder.document, b, a));
            if (fixed.isPresent()) {
                Delta d = (Delta) fixed.get();
                builder.note(builder.text(ind) + " read as the Kronecker delta of " + d.i() + " and the fixed index " + d.j()
                        + ", as the document writes " + d.j() + " in a subscript", ind);
                return relation == LatexLexer.EQ ? d : Exprs.sub(Exprs.ONE, d);
            }
            Optional<Expr> oneHot = LabelIndicators.of(a, b).or(() -> LabelIndicators.of(b, a));
            if (oneHot.isPresent()) {
                Indexed entry = (Indexed) oneHot.get();
                builder.note(builder.text(ind) + " read as " + entry.name() + "_{" + String.join("", entry.indices())
                        + "}, the entry of the labels' one-hot matrix (assumed one-hot along its last index)", ind);
                return relation == LatexLexer.EQ ? entry : Exprs.sub(Exprs.ONE, entry);
            }
            // \mathbb{1}[j = 0] beside s_j and s_0, the positive key of a contrastive loss: the Kronecker δ of the index j and 0
            Expr letter = Condition.isIndexName(a) ? a : b;
            Optional<String> at = !Condition.isIndexName(letter) || !writtenAsIndex(builder.document, ((Sym) letter).name())
                    ? Optional.empty() : wholeIndex(letter == a ? b : a);
            if (at.isPresent()) {
                Expr delta = new Delta(((Sym) letter).name(), at.get());
                return relation == LatexLexer.EQ ? delta : Exprs.sub(Exprs.ONE, delta);
            }
            if (!(Condition.isIndexName(a) || isArgLabel(a)) || !(Condition.isIndexName(b) || isArgLabel(b))) {
                throw builder.error("an indicator of an equality between values is not supported; an index relation "
                        + "(i = j) is a Kronecker delta", ind);
            }
            Expr delta = new Delta(((Sym) a).name(), ((Sym) b).name());
            return relation == LatexLexer.EQ ? delta : Exprs.sub(Exprs.ONE, delta);
        }
        if (!isOrder(relation)) {
            throw builder.error("an indicator of set membership is not supported", ind);
        }
        return step(a, b, relation);
    }

    /** Whether {@code document} writes {@code letter} as a subscript ({@code s_j}, {@code s_{j}}): an index, not a value. */
    private static boolean writtenAsIndex(String document, String letter) {
        return java.util.regex.Pattern.compile("_\\s*\\{?\\s*" + java.util.regex.Pattern.quote(letter) + "(?![A-Za-z])")
                .matcher(document).find();
    }

    /** {@code e} as a concrete index, where it is a whole number no less than 0. */
    private static Optional<String> wholeIndex(Expr e) {
        return e instanceof org.symgrad.expr.Num n && n.value().isInteger() && n.value().signum() >= 0
                && n.value().toBigInteger().bitLength() < 31 ? Optional.of(n.value().toBigInteger().toString()) : Optional.empty();
    }

    private static boolean isOrder(int relation) {
        return relation == LatexLexer.LT || relation == LatexLexer.LEQ || relation == LatexLexer.GT || relation == LatexLexer.GEQ;
    }

    private static Expr step(Expr a, Expr b, int relation) {
        return holds(a, relation == LatexLexer.GT ? ">" : relation == LatexLexer.GEQ ? ">=" : relation == LatexLexer.LT ? "<" : "<=", b);
    }

    /**
     * The indicator of {@code a relation b} by steps, each {@code heaviside(p)} standing for the strict {@code 1[p > 0]}:
     * {@code a > b} is heaviside(a − b), {@code a ≥ b} is 1 − heaviside(b − a), {@code a < b} heaviside(b − a) and
     * {@code a ≤ b} 1 − heaviside(a − b). With heaviside(0) = 1/2 each differs from the comparison only where a = b, a single
     * point of most quantities; document checking reads a step of a quantity that is 0 on a whole region (a ReLU's output h in
     * {@code \mathbb{1}[h > 0]}) by that strictness.
     */
    static Expr holds(Expr a, String relation, Expr b) {
        return switch (relation) {
            case ">" -> Exprs.fn("heaviside", Exprs.sub(a, b));
            case ">=" -> Exprs.sub(Exprs.ONE, Exprs.fn("heaviside", Exprs.sub(b, a)));
            case "<" -> Exprs.fn("heaviside", Exprs.sub(b, a));
            case "<=" -> Exprs.sub(Exprs.ONE, Exprs.fn("heaviside", Exprs.sub(a, b)));
            default -> throw new IllegalArgumentException(relation);
        };
    }
}
