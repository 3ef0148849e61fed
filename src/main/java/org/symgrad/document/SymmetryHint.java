package org.symgrad.document;

import java.util.List;
import java.util.Set;
import org.symgrad.derive.Definitions;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Indexed;

/**
 * The matrices a false step may have taken to be symmetric without saying so: {@code \nabla_x x^\top A x = 2Ax} and
 * {@code \nabla^2 f = 2A} hold only for a symmetric A. The undefined names the step (or what it differentiates, through
 * its definitions) writes at two indices are tried; where the step then holds, the pair checker says so beside the
 * counterexample — "true if A is symmetric" — and the step stays false as written: the text does not say it.
 */
final class SymmetryHint {
    private SymmetryHint() {
    }

    /** The candidates in {@code sides} and their definitions: undefined names at two indices. */
    static List<String> candidates(List<Expr> sides, Definitions defs) {
        return HintCandidates.of(sides, defs, SymmetryHint::collect);
    }

    private static void collect(Expr e, Definitions defs, Set<String> out) {
        if (e instanceof Indexed x && x.indices().size() == 2 && defs.of(x.name()).isEmpty()) {
            out.add(x.name());
        }
        Exprs.children(e).forEach(c -> collect(c, defs, out));
    }

    /** The words before the counterexample ("false: at …") when the step holds with {@code m} symmetric. */
    static String words(String m) {
        return "true if " + m + " is symmetric: state it, or add the directive 'symgrad: assume " + m + " symmetric'; as written, ";
    }
}
