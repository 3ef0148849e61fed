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
 * polynomial in the sines and cosines of independent single-term angles has one form. Sound for
 * every real argument; a multiple ({@code sin 2x}) is one term and is left as it is.
 */
final class AngleSums {
    /** The rule names the prover reports. */
    static final String SINE = "sine-of-a-sum";
    static final String COSINE = "cosine-of-a-sum";

    /** The most terms an argument may have to be split: 2^(n−1) products come out. */
    static final int MAX_TERMS = 4;

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
        if (terms.size() < 2 || terms.size() > MAX_TERMS) {
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
        if (letters.size() < 2) {
            return Optional.empty();
        }
        Poly first = letters.get(0).add(constant, budget);
        Poly rest = Poly.constant(Rational.ZERO);
        for (Poly p : letters.subList(1, letters.size())) {
            rest = rest.add(p, budget);
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
