package org.symgrad.simplify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;

/**
 * An exp of a negated argument written as the division the input wrote: where the input divides by {@code exp(s)}
 * ({@code y/exp(s) + s}, LightGBM's gamma loss), a result's {@code exp(−s)} is printed {@code 1/exp(s)}
 * ({@code 1 − y/exp(s)}, as LightGBM prints the gradient), not {@code y·exp(−s)}; where the input writes
 * {@code y·exp(−s)} the result keeps it. Arguments are compared in normal form and spelled as the input spelled
 * them. A presentation only: {@code exp(−u) = 1/exp(u)}.
 */
final class WrittenReciprocalExps {
    /** The arguments of the exps the input divides by (as written), by their negated normal form. */
    private final Map<Expr, Expr> divisors;
    private final Normalizer normalizer;

    private WrittenReciprocalExps(Map<Expr, Expr> divisors, Normalizer normalizer) {
        this.divisors = divisors;
        this.normalizer = normalizer;
    }

    /** The exps {@code input} divides by, compared by {@code normalizer}. */
    static WrittenReciprocalExps in(Expr input, Normalizer normalizer) {
        Map<Expr, Expr> divisors = new LinkedHashMap<>();
        for (Expr a : dividedBy(input)) {
            divisors.putIfAbsent(normalizer.canonical(Exprs.neg(a)), a);
        }
        return new WrittenReciprocalExps(divisors, normalizer);
    }

    /** The arguments of the exps {@code input} divides by, as written, in the order a walk from the top meets them. */
    static List<Expr> dividedBy(Expr input) {
        List<Expr> out = new java.util.ArrayList<>();
        collect(input, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
            // y/exp(s), and 3/(2·exp(s)): an exp below the bar, alone or a factor of what is
            for (Expr f : p.base() instanceof Mul m ? m.factors() : List.of(p.base())) {
                if (f instanceof Fn g && WrittenExponentials.isExp(g)) {
                    out.add(g.arg());
                }
            }
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /**
     * {@code result} with each exp whose argument is the negation of one the input divides by written as that division,
     * where it stands as a term of the result or a factor of one (not inside a power or a function's argument).
     */
    Expr written(Expr result) {
        if (divisors.isEmpty() || !Exprs.any(result, x -> x instanceof Fn f && WrittenExponentials.isExp(f))) {
            return result;
        }
        return result instanceof org.symgrad.expr.Add ? Exprs.mapChangedChildren(result, this::term) : term(result);
    }

    /** A term with its exp factors (or itself, an exp) written as divisions where the input wrote them so. */
    private Expr term(Expr t) {
        return t instanceof Mul ? Exprs.mapChangedChildren(t, this::standing) : standing(t);
    }

    /** {@code 1/exp(u)} for an {@code e = exp(−u)} whose u the input divides by; {@code e} itself otherwise. */
    private Expr standing(Expr e) {
        if (e instanceof Fn f && WrittenExponentials.isExp(f) && divisor(f) != null) {
            return Exprs.pow(Exprs.exp(normalizer.canonical(Exprs.neg(f.arg()))), -1);
        }
        return e;
    }

    /** The input's argument of the exp it divides by that {@code exp}'s argument negates, or null. */
    private Expr divisor(Fn exp) {
        if (!(Exprs.any(exp.arg(), x -> x instanceof Num n && n.value().signum() < 0) || exp.arg() instanceof Mul)) {
            return null; // an argument with no minus in it is no negated one
        }
        return divisors.get(normalizer.canonical(exp.arg()));
    }
}
