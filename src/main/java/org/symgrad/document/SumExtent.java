package org.symgrad.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Mul;

/**
 * The extent a sum's author meant (LATEX-INPUT M10): TeX's {@code \sum_i a_i - b_i} reads as
 * {@code (Σ_i a_i) − b_i}, with a free i; when the other side of the equation has no free i, the
 * author summed both terms, {@code Σ_i (a_i − b_i)}. Only terms right after the sum that use its
 * index are taken in, and only for indices the other side does not have free.
 */
final class SumExtent {
    private SumExtent() {
    }

    static Expr widen(Expr e, Set<String> strayIndices) {
        if (strayIndices.isEmpty()) {
            return e;
        }
        Expr inner = Exprs.mapChildren(e, c -> widen(c, strayIndices));
        if (!(inner instanceof Add a)) {
            return inner;
        }
        List<Expr> terms = a.terms();
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Expr t = terms.get(i);
            boolean negated = t instanceof Mul m && m.factors().size() == 2 && Exprs.isNum(m.factors().get(0), -1)
                    && m.factors().get(1) instanceof IndexSum;
            Expr sumTerm = negated ? ((Mul) t).factors().get(1) : t;
            if (!(sumTerm instanceof IndexSum s) || !strayIndices.contains(s.index())) {
                out.add(t);
                continue;
            }
            Expr body = s.body();
            int j = i + 1;
            while (j < terms.size() && Indices.free(terms.get(j)).contains(s.index())) {
                body = Exprs.add(body, negated ? Exprs.neg(terms.get(j)) : terms.get(j));
                j++;
            }
            Expr sum = j == i + 1 ? s : new IndexSum(s.index(), s.lower(), s.upper(), body);
            out.add(negated ? Exprs.neg(sum) : sum);
            i = j - 1;
        }
        return Exprs.add(out);
    }
}
