package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;

/**
 * Squares of differences found again in a sum the normal form multiplied out:
 * {@code A² − 2Am + m² − s² = (A − m)² − s²}, {@code X_i² − 2X_iX_j + X_j² = (X_i − X_j)²}. A sum
 * of the result (outside functions and Σ bodies) with terms {@code α·a²}, {@code β·a·b} and
 * {@code γ·b²} for atoms a ≠ b and {@code β² = 4αγ} is written {@code α(a + βb/(2α))² + rest};
 * the first such pair of atoms in the normal form's order, so the form is a function of the
 * normal form alone (the same whichever way the expression was reached). An identity: only the
 * multiplied-out terms are gathered back.
 */
final class BinomialSquares {
    private final Normalizer normalizer;

    BinomialSquares(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** {@code e} with each sum that holds the three terms of a binomial's square gathered into it. */
    Expr gathered(Expr e) {
        return switch (e) {
            case Add a -> {
                Optional<Expr> whole = square(a);
                if (whole.isPresent()) {
                    yield whole.get();
                }
                List<Expr> terms = new ArrayList<>();
                a.terms().forEach(t -> terms.add(gathered(t)));
                yield terms.equals(a.terms()) ? a : Exprs.add(terms);
            }
            case Mul m -> {
                List<Expr> factors = new ArrayList<>();
                m.factors().forEach(f -> factors.add(gathered(f)));
                yield factors.equals(m.factors()) ? m : Exprs.mul(factors);
            }
            case Pow p when p.exponent() instanceof Num -> {
                Expr base = gathered(p.base());
                yield base == p.base() ? p : new Pow(base, p.exponent());
            }
            default -> e;
        };
    }

    private Optional<Expr> square(Add a) {
        Factored f = normalizer.normalize(a);
        if (!f.isPolynomial()) {
            return Optional.empty();
        }
        Poly s = f.expand(normalizer.budget());
        if (s.size() < 3) {
            return Optional.empty();
        }
        List<Expr> squared = new ArrayList<>();
        for (Monomial m : s.terms().keySet()) {
            if (m.powers().size() == 1 && m.powers().values().iterator().next() == 2) {
                squared.add(m.powers().keySet().iterator().next());
            }
        }
        for (int i = 0; i < squared.size(); i++) {
            for (int j = i + 1; j < squared.size(); j++) {
                Expr x = squared.get(i);
                Expr y = squared.get(j);
                Rational alpha = s.terms().get(Monomial.of(x, 2));
                Rational gamma = s.terms().get(Monomial.of(y, 2));
                Rational beta = s.terms().get(Monomial.of(x, 1).multiply(Monomial.of(y, 1)));
                if (beta == null || !beta.multiply(beta).equals(alpha.multiply(gamma).multiply(Rational.of(4)))) {
                    continue;
                }
                Rational ratio = beta.divide(alpha.multiply(Rational.of(2)));
                Poly base = Poly.atom(x).add(Poly.atom(y).scale(ratio, Monomial.ONE), normalizer.budget());
                Poly square = base.multiply(base, normalizer.budget()).scale(alpha, Monomial.ONE);
                Poly rest = s.add(square.negate(), normalizer.budget());
                Expr gathered = Exprs.mul(new Num(alpha), Exprs.pow(normalizer.presenter().polynomial(base), 2));
                return Optional.of(rest.isZero() ? gathered
                        : Exprs.add(gathered, normalizer.presenter().present(Factored.fromPoly(rest))));
            }
        }
        return Optional.empty();
    }

    /** The name this gathering is reported under. */
    static final String SQUARE_OF_SUM = "square-of-sum";
}
