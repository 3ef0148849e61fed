package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Indices;
import org.symgrad.parse.latex.gen.LatexParser;

/**
 * Reads how far a sum's body runs when it is written without brackets: {@code \sum_{i} y_i \log p_i + (1 - y_i)
 * \log (1 - p_i)} is one sum over both terms, as CS229 and most homework write the cross-entropy, when the terms
 * after the sum use its index and nothing else of the formula uses that index freely (LATEX-INPUT M10).
 */
final class SumBodies {
    private final LatexBuilder builder;

    SumBodies(LatexBuilder builder) {
        this.builder = builder;
    }

    /**
     * The terms with a sum's body running on over the terms after it that use its index:
     * {@code \sum_{i} y_i \log p_i + (1 - y_i) \log (1 - p_i)} is Σ_i (y_i log p_i + (1 − y_i) log(1 − p_i)), as
     * CS229 and most homework write the cross-entropy, not Σ_i y_i log p_i plus a term with a free i (M10 ends a
     * body at the next + or −). The next terms join the body while each uses the bound index, which nothing else
     * of the formula uses freely — not the other terms, not the statement's first side ({@code \frac{\partial
     * L}{\partial z_i}}), and not a sum of their own over it; a reading note says so.
     */
    List<Expr> sumsOverTheirTerms(List<Expr> terms, List<LatexParser.TermContext> written) {
        List<Expr> out = new ArrayList<>(terms);
        List<LatexParser.TermContext> where = new ArrayList<>(written); // stays beside out as terms join a body
        for (int k = 0; k + 1 < out.size(); k++) {
            Optional<IndexSum> sum = trailingSum(out.get(k));
            if (sum.isEmpty()) {
                continue;
            }
            String index = sum.get().index();
            int end = k + 1;
            while (end < out.size() && Indices.free(out.get(end)).contains(index)) {
                end++;
            }
            if (end == k + 1 || builder.context.headIndexLetters().contains(index) || Indices.free(out.get(k)).contains(index)) {
                continue;
            }
            boolean usedElsewhere = false;
            for (int m = 0; m < out.size(); m++) {
                usedElsewhere |= (m < k || m >= end) && Indices.free(out.get(m)).contains(index);
            }
            if (usedElsewhere) {
                continue;
            }
            List<Expr> body = new ArrayList<>(List.of(sum.get().body()));
            body.addAll(out.subList(k + 1, end));
            IndexSum whole = new IndexSum(index, sum.get().lower(), sum.get().upper(), Exprs.add(body));
            builder.note("\\sum_" + index + " read over " + builder.text(where.get(k + 1)) + (end > k + 2 ? " and the terms after it" : "")
                    + " too, which use" + (end > k + 2 ? "" : "s") + " " + index + ": write \\left( … \\right) around the body to say"
                    + " so, or rename the index if the term is outside the sum", where.get(k + 1));
            out.set(k, Exprs.replace(out.get(k), sum.get(), whole));
            out.subList(k + 1, end).clear();
            where.subList(k + 1, end).clear();
        }
        return out;
    }

    /** The sum that is a factor of {@code term} as written last ({@code -\frac{1}{m} \sum_i …}): the one sum among its factors. */
    private static Optional<IndexSum> trailingSum(Expr term) {
        List<Expr> factors = term instanceof Mul m ? m.factors() : List.of(term);
        List<IndexSum> sums = factors.stream().filter(IndexSum.class::isInstance).map(IndexSum.class::cast).toList();
        return sums.size() == 1 ? Optional.of(sums.get(0)) : Optional.empty();
    }
}
