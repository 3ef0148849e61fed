package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;
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
     * Whether {@code p} is a complement {@code 1 − u} or, of an atom u, its negation {@code u − 1}:
     * what an atom multiplies in a sum may stand in a bracket as the complement the derivative
     * tables print with its sign in front, {@code a − x(1 − σ(u))} (CS224n's
     * {@code −(1 − σ(u_o·v_c))u_o + …}), as {@code a + x(1 − σ(u))} does, rather than multiplied
     * out to {@code a + xσ(u) − x}.
     */
    static boolean signedComplement(Poly p) {
        if (p.size() != 2) {
            return false;
        }
        Rational c = p.constantTerm();
        if (c.isOne()) {
            return p.terms().entrySet().stream().anyMatch(t -> !t.getKey().isOne() && t.getValue().signum() < 0);
        }
        // negated, only of one atom: σ(u) − 1, not x² − 1, whose bracket another reading factors further
        return c.equals(Rational.MINUS_ONE) && p.terms().entrySet().stream().anyMatch(t -> !t.getKey().isOne()
                && t.getValue().isOne() && t.getKey().powers().size() == 1
                && t.getKey().powers().values().iterator().next() == 1);
    }

    /**
     * The index of the factor of a product (sums and atoms to their powers) that takes the
     * product's minus as a turned complement, or −1: a complement {@code 1 − p} (or {@code p − 1}) of a
     * lone name p to the first power, where p stands in no other factor. Such a difference is a
     * difference like any other and takes the sign, {@code −y(1 − p) = y(p − 1)} as Lin et al. print
     * ∂CE/∂x = y(p_t − 1) with p_t a name; the complement of a function's value ({@code 1 − σ(u)},
     * which is σ(−u)) keeps the minus in front ({@code −(1 − σ(u_o·v_c))v_c}, CS224n), and so does a
     * complement beside its name ({@code −p(1 − p)}, the derivative table's pair).
     */
    static int nameComplementTakingTheSign(List<java.util.Map.Entry<Poly, Integer>> factors) {
        int found = -1;
        for (int i = 0; i < factors.size(); i++) {
            Poly p = factors.get(i).getKey();
            if (factors.get(i).getValue() != 1 || !signedComplement(p)) {
                continue;
            }
            Expr name = null;
            for (var t : p.terms().entrySet()) {
                if (!t.getKey().isOne()) {
                    var powers = t.getKey().powers();
                    if (powers.size() == 1 && powers.values().iterator().next() == 1) {
                        name = powers.keySet().iterator().next();
                    }
                }
            }
            if (!(name instanceof Variable) || found >= 0) {
                return -1;
            }
            for (int j = 0; j < factors.size(); j++) {
                if (j == i) {
                    continue;
                }
                for (var m : factors.get(j).getKey().terms().keySet()) {
                    for (Expr atom : m.powers().keySet()) {
                        if (org.symgrad.expr.Exprs.contains(atom, name)) {
                            return -1;
                        }
                    }
                }
            }
            found = i;
        }
        return found;
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
