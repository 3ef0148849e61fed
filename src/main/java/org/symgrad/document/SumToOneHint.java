package org.symgrad.document;

import java.util.List;
import java.util.Set;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indexed;

/**
 * The vectors whose sum a false step may have taken to be 1 without saying so (LATEX-INPUT K9:
 * "true if Σ_j y_j = 1 — add the directive if the labels are one-hot"): the undefined vectors that a
 * Σ of the step sums, {@code y} in {@code p_j Σ_i y_i − y_j = p_j − y_j}. The pair checker checks the
 * step again with each such sum at 1 and, where it then holds, says so beside the counterexample.
 */
final class SumToOneHint {
    private SumToOneHint() {
    }

    /**
     * The candidates in {@code sides}, as written and through the definitions they use (the Σ of a loss ∂L/∂z_j
     * differentiates): vectors with one index, summed over it by a Σ, that {@code defs} does not define.
     */
    static List<String> candidates(List<Expr> sides, Definitions defs) {
        return HintCandidates.of(sides, defs, SumToOneHint::collect);
    }

    private static void collect(Expr e, Definitions defs, Set<String> out) {
        if (e instanceof IndexSum s) {
            summed(s.body(), s.index(), defs, out);
        }
        Exprs.children(e).forEach(c -> collect(c, defs, out));
    }

    /** The vectors {@code v} with a factor or term {@code v_k} in {@code body}, k the Σ's index. */
    private static void summed(Expr body, String k, Definitions defs, Set<String> out) {
        if (body instanceof Indexed x && x.indices().equals(List.of(k)) && defs.of(x.name()).isEmpty()) {
            out.add(x.name()); // a labelled name (h^(1)), which no directive can write, is left out by HintCandidates
            return;
        }
        if (body instanceof org.symgrad.expr.Mul || body instanceof org.symgrad.expr.Add) {
            Exprs.children(body).forEach(c -> summed(c, k, defs, out));
        }
    }

    /** The words before the counterexample ("false: at …") when the step holds with {@code Σ_k v_k = 1}. */
    static String words(String v) {
        return "true if \\sum_k " + v + "_k = 1 (one-hot labels, a distribution): state it, or add the directive "
                + "'symgrad: assume sum_k " + v + "_k = 1'; as written, ";
    }
}
