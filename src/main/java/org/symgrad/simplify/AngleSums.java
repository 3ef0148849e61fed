package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;

/**
 * The angle-sum identities in the prover's form: {@code sin(a + b) = sin a cos b + cos a sin b} and
 * {@code cos(a + b) = cos a cos b − sin a sin b}, applied to an argument that is a sum of two to
 * {@value #MAX_TERMS} terms (over their common denominator) until each sine and cosine has one term,
 * so that {@code cos mθ cos nθ + sin mθ sin nθ − cos((m − n)θ)} and
 * {@code sin(θ − μ) − (sin θ cos μ − cos θ sin μ)} are 0. A constant term stays with the first other
 * term ({@code sin(x + 1)} is one atom, {@code sin(x + y + 1)} is {@code sin(x + 1) cos y + …}): only
 * the angles between letters are split. With {@link Normalizer}'s {@code sin² = 1 − cos²}, a
 * polynomial in the sines and cosines of independent single-term angles has one form. A whole multiple
 * of one angle, up to {@value #MAX_MULTIPLE} ({@code sin 2x}, {@code cos 3θ}), is a sum of that angle
 * and the rest, so that {@code 2 sin x cos x − sin 2x} is 0 too. Sound for every real argument.
 */
final class AngleSums {
    /** The rule names the prover reports. */
    static final String SINE = "sine-of-a-sum";
    static final String COSINE = "cosine-of-a-sum";

    /** The most terms an argument may have to be split: 2^(n−1) products come out. */
    static final int MAX_TERMS = 4;
    /** The largest whole multiple of one angle written by the identities, {@code sin 4x}; {@code sin 5x} stays one atom. */
    static final int MAX_MULTIPLE = 4;

    private AngleSums() {
    }

    /** Whether {@code name} is a function the identities are about. */
    static boolean applies(String name) {
        return name.equals("sin") || name.equals("cos");
    }

    /**
     * {@code sin u} or {@code cos u} (by {@code name}) written by the identity over the first term of
     * {@code u} and the rest, or empty when {@code u} is not a sum of two or more non-constant terms.
     */
    static Optional<Expr> expanded(String name, Factored u, Budget budget, Presenter presenter) {
        Factored over = u.denominator();
        Factored numerator = u.multiply(over);
        if (!numerator.isPolynomial()) {
            return Optional.empty();
        }
        Poly terms = numerator.expand(budget);
        if (terms.size() < 1 || terms.size() > MAX_TERMS) {
            return Optional.empty();
        }
        Poly constant = Poly.constant(Rational.ZERO);
        List<Poly> letters = new ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : terms.terms().entrySet()) {
            Poly term = Poly.monomial(t.getValue(), t.getKey());
            if (t.getKey().isOne()) {
                constant = term;
            } else {
                letters.add(term);
            }
        }
        Poly first;
        Poly rest = Poly.constant(Rational.ZERO);
        if (letters.size() == 1 && constant.isZero()) {
            // a whole multiple m·θ, 2 ≤ |m| ≤ MAX_MULTIPLE: the angle θ and the rest, (m − 1)·θ (sin 2x = sin(x + x))
            Map.Entry<Monomial, Rational> t = terms.terms().entrySet().iterator().next();
            Rational m = t.getValue();
            if (!m.isInteger() || m.abs().compareTo(Rational.of(2)) < 0 || m.abs().compareTo(Rational.of(MAX_MULTIPLE)) > 0) {
                return Optional.empty();
            }
            Rational one = m.signum() < 0 ? Rational.of(-1) : Rational.ONE;
            first = Poly.monomial(one, t.getKey());
            rest = Poly.monomial(m.subtract(one), t.getKey());
        } else if (letters.size() < 2) {
            return Optional.empty();
        } else {
            first = letters.get(0).add(constant, budget);
            for (Poly p : letters.subList(1, letters.size())) {
                rest = rest.add(p, budget);
            }
        }
        Factored inverse = over.pow(-1, budget);
        Expr a = presenter.present(Factored.fromPoly(first).multiply(inverse));
        Expr b = presenter.present(Factored.fromPoly(rest).multiply(inverse));
        Expr sinA = Exprs.fn("sin", a);
        Expr cosA = Exprs.fn("cos", a);
        Expr sinB = Exprs.fn("sin", b);
        Expr cosB = Exprs.fn("cos", b);
        return Optional.of(name.equals("sin")
                ? Exprs.add(Exprs.mul(sinA, cosB), Exprs.mul(cosA, sinB))
                : Exprs.sub(Exprs.mul(cosA, cosB), Exprs.mul(sinA, sinB)));
    }
}
