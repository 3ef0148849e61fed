package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.RangeIndicator;
import org.symgrad.rewrite.Trace;

/**
 * The terms of a result gathered by the range conditions they carry ({@code range-condition-terms}):
 * {@code 2(h_j − h_{j−1})[2 ≤ j ≤ T] − 2(h_{j+1} − h_j)[2 ≤ j+1 ≤ T]}, as a book states a
 * gradient whose terms hold for different index values, not one polynomial in h with the brackets
 * spread over it. Each term of the expanded result is split into its brackets and the rest; the
 * rests of the terms with the same brackets are summed and written in their textbook form. Exact:
 * it is the distributive law, read backwards.
 */
final class RangeConditionTerms {
    /** The name this form is reported under. */
    static final String RANGE_CONDITION_TERMS = "range-condition-terms";

    private RangeConditionTerms() {
    }

    /** {@code e} with its terms gathered by their range conditions; {@code e} itself where that gathers nothing. */
    static Expr gathered(Expr e, Normalizer plainForm, Trace trace) {
        if (!holdsCondition(e)) {
            return e;
        }
        Factored f = plainForm.normalize(e);
        if (!f.isPolynomial()) {
            return e;
        }
        Poly expanded = f.expand(plainForm.budget());
        Map<List<Expr>, List<Expr>> groups = new LinkedHashMap<>();
        expanded.terms().forEach((m, c) -> {
            List<Expr> brackets = new ArrayList<>();
            List<Expr> rest = new ArrayList<>();
            rest.add(Exprs.num(c));
            m.powers().forEach((atom, power) -> (RangeIndicator.of(atom).isPresent() ? brackets : rest)
                    .add(power == 1 ? atom : Exprs.pow(atom, power)));
            groups.computeIfAbsent(List.copyOf(brackets), k -> new ArrayList<>()).add(Exprs.mul(rest));
        });
        boolean conditioned = groups.keySet().stream().anyMatch(k -> !k.isEmpty());
        if (!conditioned || groups.size() >= expanded.terms().size() || groups.size() < 2) {
            return e;
        }
        List<Expr> terms = new ArrayList<>();
        groups.forEach((brackets, rest) -> {
            List<Expr> factors = new ArrayList<>();
            factors.add(plainForm.presenter().present(plainForm.normalize(Exprs.add(rest))));
            factors.addAll(brackets);
            terms.add(Exprs.mul(factors));
        });
        trace.fired(RANGE_CONDITION_TERMS);
        return Exprs.add(terms);
    }

    private static boolean holdsCondition(Expr e) {
        return RangeIndicator.of(e).isPresent() || Exprs.children(e).stream().anyMatch(RangeConditionTerms::holdsCondition);
    }
}
