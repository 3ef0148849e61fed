package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.IndexValue;
import org.symgrad.expr.Indexed;
import org.symgrad.expr.Indices;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;

/**
 * In proofs, a Σ of powers whose exponents are affine in the summation index's value, in closed form:
 * {@code Σ_{k=a}^{b} q^k = (q^a − q^{b+1})/(1 − q)} where {@code q ≠ 1} (the rule book's
 * {@code geometric-sum}). The body is a product of powers {@code β^{v·k + w}} and exps {@code e^{v·k + w}}
 * of the index's value k ({@link IndexValue}: its label plus the array's offset), each to a whole power,
 * with β, v and w free of the index: {@code Σ_{t=1}^{n} C/(1 + r)^t = C(1 − (1 + r)^{−n})/r},
 * {@code Σ_{t=0}^{n−1} γ^t r = r(1 − γ^n)/(1 − γ)}. The closed form has no value at q = 1, where the Σ has
 * one: the proof states {@code q ≠ 1} as its condition ({@link org.symgrad.rewrite.Trace#requiresUnequal}).
 */
final class GeometricSums {
    /** The rule's name in the rule book. */
    static final String GEOMETRIC_SUM = "geometric-sum";

    private GeometricSums() {
    }

    /**
     * {@code Σ_{k=lower}^{upper} bound} in closed form, for a {@code bound} (every factor of which mentions k) that is a
     * product of powers of one ratio in k's value; empty otherwise.
     */
    static Optional<Expr> closedForm(String k, Expr lower, Expr upper, Factored bound, Normalizer normalizer) {
        if (!bound.coefficient().isOne() || bound.factors().isEmpty()) {
            return Optional.empty();
        }
        List<Expr> ratio = new ArrayList<>();
        List<Expr> front = new ArrayList<>();
        Long offset = null;
        for (Map.Entry<Poly, Integer> f : bound.factors().entrySet()) {
            Optional<Expr> atom = f.getKey().asAtom();
            if (atom.isEmpty()) {
                return Optional.empty();
            }
            Expr base;
            Expr exponent;
            if (atom.get() instanceof Pow p && !(p.exponent() instanceof Num)) {
                base = p.base();
                exponent = p.exponent();
            } else if (atom.get() instanceof Fn fn && fn.name().equals("exp") && fn.args().size() == 1) {
                base = null;
                exponent = fn.args().get(0);
            } else {
                return Optional.empty();
            }
            if (Indices.mentions(base == null ? Exprs.ONE : base, k)) {
                return Optional.empty();
            }
            Optional<Affine> a = affine(exponent, k, normalizer);
            if (a.isEmpty() || offset != null && offset != a.get().offset()) {
                return Optional.empty();
            }
            offset = a.get().offset();
            Num power = new Num(Rational.of(f.getValue()));
            ratio.add(powerOf(base, Exprs.mul(power, a.get().slope())));
            if (!a.get().intercept().equals(Exprs.ZERO)) {
                front.add(powerOf(base, Exprs.mul(power, a.get().intercept())));
            }
        }
        Expr q = Exprs.mul(ratio);
        // the label p runs lower..upper; the value in the exponents is p + offset
        front.add(Exprs.pow(q, new Num(Rational.of(offset))));
        Expr closed = Exprs.div(Exprs.sub(Exprs.pow(q, lower), Exprs.pow(q, Exprs.add(upper, Exprs.ONE))),
                Exprs.sub(Exprs.ONE, q));
        normalizer.trace().fired(GEOMETRIC_SUM);
        normalizer.trace().requiresUnequal(normalizer.presenter().present(normalizer.normalize(q)), Exprs.ONE);
        front.add(closed);
        return Optional.of(Exprs.mul(front));
    }

    private static Expr powerOf(Expr base, Expr exponent) {
        return base == null ? Exprs.exp(exponent) : Exprs.pow(base, exponent);
    }

    /** An exponent {@code slope·ι_k + intercept}, ι_k the value of index k whose array has {@code offset}. */
    private record Affine(Expr slope, Expr intercept, long offset) {
    }

    private static Optional<Affine> affine(Expr exponent, String k, Normalizer normalizer) {
        Factored f = normalizer.normalize(exponent);
        Factored denominator = f.denominator();
        Factored numerator = f.multiply(denominator);
        if (!numerator.isPolynomial() || !denominator.isPolynomial()) {
            return Optional.empty();
        }
        Expr over = normalizer.presenter().present(denominator);
        if (Indices.mentions(over, k)) {
            return Optional.empty();
        }
        Poly terms = numerator.expand(normalizer.budget());
        Poly slope = Poly.ZERO;
        Poly intercept = Poly.ZERO;
        Indexed value = null;
        for (Map.Entry<Monomial, Rational> t : terms.terms().entrySet()) {
            Monomial m = t.getKey();
            Monomial rest = m;
            for (int i = 0; i < m.atomCount(); i++) {
                Expr atom = m.atom(i);
                if (!Indices.mentions(atom, k)) {
                    continue;
                }
                if (!(atom instanceof Indexed x) || !IndexValue.is(x) || !x.indices().get(0).equals(k) || m.exponent(i) != 1
                        || value != null && !value.equals(x) || rest != m) {
                    return Optional.empty();
                }
                value = x;
                rest = m.divide(Monomial.of(x, 1));
            }
            Poly term = Poly.monomial(t.getValue(), rest);
            if (rest == m) {
                intercept = intercept.add(term, normalizer.budget());
            } else {
                slope = slope.add(term, normalizer.budget());
            }
        }
        if (value == null) {
            return Optional.empty();
        }
        long offset = IndexValue.offset(value.name()).orElseThrow();
        return Optional.of(new Affine(over(normalizer.presenter().polynomial(slope), over),
                intercept.isZero() ? Exprs.ZERO : over(normalizer.presenter().polynomial(intercept), over), offset));
    }

    private static Expr over(Expr numerator, Expr denominator) {
        return denominator.equals(Exprs.ONE) ? numerator : Exprs.div(numerator, denominator);
    }
}
