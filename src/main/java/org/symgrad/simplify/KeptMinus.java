package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Sym;
import org.symgrad.expr.Variable;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.KnownFunction;
import org.symgrad.functions.Parity;
import org.symgrad.rewrite.Rule;

/**
 * σ of more than a name keeps the minus the input wrote: the negative sample's
 * {@code σ(−u_s·v_c)} of word2vec (CS224n) has the derivative {@code 1 − σ(−u_s·v_c)} as the source
 * prints it, not {@code σ(u_s·v_c)}; {@code σ(−x)} of a name stays the book's {@code 1 − σ(x)}
 * (PRML 4.60). For a function whose parity is {@link Parity#COMPLEMENTARY}; the odd and even ones
 * take their minus out as before ({@code tanh(−u) = −tanh(u)}).
 */
public final class KeptMinus {
    private KeptMinus() {
    }

    /** Whether {@code function(−unsigned)}, as written, keeps its minus. */
    static boolean keeps(String function, Expr unsigned) {
        return FunctionRegistry.lookup(function).map(KnownFunction::parity).orElse(Parity.NONE) == Parity.COMPLEMENTARY
                && !(unsigned instanceof Variable) && !(unsigned instanceof Num);
    }

    /**
     * {@code identities} with each {@code f(−u) = 1 − f(u)} of a complementary function applied only
     * where the minus is not kept: the identity step of a derivation leaves the input's
     * {@code σ(−Σ_d N_sd v_d)} as the result writes it.
     */
    public static List<Rule> respecting(List<Rule> identities) {
        List<Rule> out = new ArrayList<>(identities.size());
        for (Rule r : identities) {
            out.add(respecting(r));
        }
        return List.copyOf(out);
    }

    private static Rule respecting(Rule r) {
        if (r.lhs() instanceof Fn f && f.args().size() == 1 && f.arg() instanceof Mul m && m.factors().size() == 2
                && m.factors().get(0) instanceof Num minus && minus.value().signum() < 0
                && m.factors().get(1) instanceof Sym slot && r.rhs().isPresent()
                && FunctionRegistry.lookup(f.name()).map(KnownFunction::parity).orElse(Parity.NONE) == Parity.COMPLEMENTARY) {
            return Rule.of(r.name(), r.lhs(), r.rhs().get(), match -> !keeps(f.name(), match.expr(slot)));
        }
        return r;
    }
}
