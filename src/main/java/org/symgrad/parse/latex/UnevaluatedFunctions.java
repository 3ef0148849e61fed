package org.symgrad.parse.latex;

import java.util.Optional;
import java.util.Set;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;

/**
 * Special functions a document may write that symgrad knows by name but cannot evaluate: the Gamma
 * function {@code \Gamma(\alpha)}. The reader makes each a call whatever its argument (Γ(y + r) is
 * never Γ times a bracket); the checker never samples it as an arbitrary function, since an identity
 * of the real function (Γ(x + 1) = x Γ(x)) fails for an arbitrary one: a step through it is proven
 * symbolically or left undecided.
 */
public final class UnevaluatedFunctions {
    /** The names, as symgrad spells the calls. */
    public static final Set<String> NAMES = Set.of("Gamma");

    private UnevaluatedFunctions() {
    }

    /** The first of these functions {@code e} applies, if any. */
    public static Optional<String> appliedIn(Expr e) {
        if (e instanceof Fn f && NAMES.contains(f.name())) {
            return Optional.of(f.name());
        }
        return Exprs.children(e).stream().map(UnevaluatedFunctions::appliedIn).flatMap(Optional::stream).findFirst();
    }
}
