package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;
import org.symgrad.rewrite.Rule;
import org.symgrad.rewrite.Trace;

/**
 * A let whose body is a power of a base to a symbolic exponent, {@code N = B^e} (the p-norm
 * {@code ‖x‖_p = (Σ_i |x_i|^p)^{1/p}}), written back where a result holds its base to another
 * symbolic power: {@code B^f = N^{f/e}} where {@code f/e} is a polynomial ({@code B^{1/p − 1} = N^{1 − p}}),
 * over the bar where that exponent reads negative ({@code 1/N^{p − 1}}), as PyTorch's
 * {@code norm_backward} divides by {@code norm^{p − 1}}. Both sides are the same power of B, so the
 * write-back holds wherever the let's body has a value and divides by nothing new (the
 * normal form's own write-back, {@code N/B}, would divide by B where {@code B^{1/p − 1}} need not).
 * A whole or numeric power of the base ({@code N·y/(1 + y²)}) is left to the other write-backs.
 */
final class PowerNames {
    private record Name(Factored base, Expr exponent, Expr name) {
    }

    private final List<Name> names;
    private final Normalizer normalizer;

    private PowerNames(List<Name> names, Normalizer normalizer) {
        this.names = names;
        this.normalizer = normalizer;
    }

    /** The lets among {@code definitions} (their write-back rules) whose body is a power with a symbolic exponent. */
    static PowerNames of(List<Rule> definitions, Normalizer normalizer) {
        List<Name> names = new ArrayList<>();
        for (Rule r : definitions) {
            if (!Rules.SUBSTITUTE_DEFINITION.equals(r.name()) || !(r.lhs() instanceof Pow p)
                    || !symbolic(p.exponent()) || r.rhs().isEmpty()
                    || !(normalizer.canonical(r.rhs().get()) instanceof Sym name)) {
                continue;
            }
            names.add(new Name(normalizer.normalize(p.base()), p.exponent(), name));
        }
        return new PowerNames(List.copyOf(names), normalizer);
    }

    private static boolean symbolic(Expr exponent) {
        return !(exponent instanceof Num) && Exprs.any(exponent, x -> x instanceof org.symgrad.expr.Variable);
    }

    /** {@code e} with each symbolic power of a let's base written as a power of its name. */
    Expr written(Expr e, Trace trace) {
        if (names.isEmpty()) {
            return e;
        }
        Expr out = rewritten(e);
        if (!out.equals(e)) {
            trace.fired(Rules.SUBSTITUTE_DEFINITION);
        }
        return out;
    }

    private Expr rewritten(Expr e) {
        if (e instanceof Add sum) {
            List<Expr> terms = new ArrayList<>();
            sum.terms().forEach(t -> terms.add(rewritten(t)));
            return terms.equals(sum.terms()) ? e : Exprs.add(terms);
        }
        if (e instanceof Mul product) {
            List<Expr> above = new ArrayList<>();
            List<Expr> below = new ArrayList<>();
            boolean changed = false;
            for (Expr f : product.factors()) {
                Expr g = rewritten(f);
                changed |= g != f;
                if (g != f && g instanceof Pow p && p.exponent() instanceof Num k && k.value().signum() < 0) {
                    below.add(g);
                } else {
                    above.add(g);
                }
            }
            if (!changed) {
                return e;
            }
            above.addAll(below);
            return Exprs.mul(above);
        }
        if (e instanceof Pow p && symbolic(p.exponent())) {
            for (Name n : names) {
                if (p.base().equals(n.name())) {
                    // the name's own power reads as the base's would: over the bar where its exponent reads
                    // negative, so the written-back form is a fixed point (N^(1 - p) is 1/N^(p - 1))
                    return oriented(n.name(), p.exponent(), normalizer.normalize(p.exponent()), e);
                }
            }
            for (Name n : names) {
                if (p.exponent().equals(n.exponent()) || !normalizer.normalize(p.base()).equals(n.base())) {
                    continue;
                }
                Expr q = normalizer.canonical(Exprs.mul(p.exponent(), Exprs.pow(n.exponent(), -1)));
                Factored form = normalizer.normalize(q);
                if (!form.isPolynomial() || form.isZero()) {
                    continue;
                }
                return oriented(n.name(), q, form, null);
            }
        }
        return e;
    }

    /**
     * {@code name^q}, over the bar where {@code q} (normal form {@code form}) reads negative; {@code same}
     * (may be null) where that is what the input already was.
     */
    private Expr oriented(Expr name, Expr q, Factored form, Expr same) {
        if (!form.isPolynomial() || !readsNegative(form)) {
            return same != null ? same : q instanceof Num one && one.value().isOne() ? name : Exprs.pow(name, q);
        }
        Expr turned = normalizer.canonical(Exprs.neg(q));
        return Exprs.pow(turned instanceof Num one && one.value().isOne() ? name : Exprs.pow(name, turned), -1);
    }

    /** Whether every term of the polynomial {@code f} but its number is subtracted ({@code 1 − p}, {@code −p}). */
    private boolean readsNegative(Factored f) {
        Poly p = f.expand(normalizer.budget());
        boolean any = false;
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getKey().isOne()) {
                continue;
            }
            if (t.getValue().signum() > 0) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
