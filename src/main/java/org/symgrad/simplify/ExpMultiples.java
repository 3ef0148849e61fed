package org.symgrad.simplify;

import java.util.LinkedHashMap;
import java.util.Map;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.functions.FunctionRegistry;

/**
 * An exp of a whole multiple, {@code exp(k·u)} for an integer {@code |k| > 1}, as the one function
 * application the input wrote. The exp laws keep exp atoms minimal, so the normal form holds it as
 * the power {@code exp(u)^k}; a definition {@code E_ij = exp(−2 sin²(g_ij)/l²)} is then no atom
 * to the power ±1 that the write-back in its name could be solved for, and a result would print
 * {@code 4 exp(−2 sin²(g_ij)/l²) sin²(g_ij)/l²} where the source prints {@code 4 sin²(g_ij) E_ij/l²}.
 * Read whole, the power is the atom {@code exp(k·u)} to the power 1, and the normaliser writes an
 * {@code exp(k·u)} it meets back in the name before splitting it ({@link Normalizer}): the name
 * stands exactly where the body's exp does, never for a root or another multiple of it.
 */
final class ExpMultiples {
    private ExpMultiples() {
    }

    /** {@code f} with each exp atom to a whole power {@code k}, {@code |k| > 1}, read as the one atom {@code exp(k·u)}. */
    static Factored whole(Factored f, Normalizer n) {
        Map<Poly, Integer> out = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            int k = e.getValue();
            if (Math.abs(k) > 1 && e.getKey().asAtom().orElse(null) instanceof Fn g
                    && g.name().equals(FunctionRegistry.EXP)) {
                out.merge(Poly.atom(Exprs.exp(n.canonical(Exprs.mul(Exprs.num(k), g.arg())))), 1, Integer::sum);
                changed = true;
            } else {
                out.merge(e.getKey(), k, Integer::sum);
            }
        }
        return changed ? Factored.of(f.coefficient(), out) : f;
    }
}
