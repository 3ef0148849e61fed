package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Indices;
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

    /**
     * Each sum's square, once asked: the candidates of one textbook form ({@code Simplifier.textbookTerms}) and each
     * group of a fraction written term by term hold the same sums again and again, and the answer is a function of the
     * sum alone (the normaliser's forms of it).
     */
    private final Map<Add, Optional<Expr>> squares = new HashMap<>();

    private Optional<Expr> square(Add a) {
        Optional<Expr> known = squares.get(a);
        if (known == null) {
            // not computeIfAbsent: gathering the rest of a sum asks for the squares of the sums inside it
            known = squareOf(a);
            squares.put(a, known);
        }
        return known;
    }

    private Optional<Expr> squareOf(Add a) {
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
            if (m.atomCount() == 1 && m.exponent(0) == 2) {
                squared.add(m.atom(0));
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
                // the rest may hold another square the normal form multiplied out, under a common factor:
                // (y − μ)² + ν(μ² − 2μy + y² − s²) is (y − μ)² + ν((μ − y)² − s²)
                return Optional.of(rest.isZero() ? gathered
                        : Exprs.add(gathered, gathered(normalizer.presenter().present(Factored.fromPoly(rest)))));
            }
        }
        return sumOfSquares(s);
    }

    /**
     * {@code c·M·(m²Σ_k f_k² + 2mb Σ_k f_k + b²·Σ_k 1) + rest = c·M·Σ_k (m f_k + b)² + rest}: the
     * square the normal form multiplied out and split over the sum's terms ({@code nμ² − 2μ Σ_n x_n
     * + Σ_n x_n² = Σ_n (x_n − μ)²}, {@code w² Σ_k x_k² − 2bw Σ_k x_k + nb² = Σ_k (w x_k − b)²}), for
     * a term {@code c·M·m²·Σ_k f_k²} of one product (m² its largest square factor) and a b that does
     * not mention k, found from the terms with {@code Σ_k f_k}; {@code Σ_k 1} is the sum's count.
     * Only the multiplied-out terms are gathered back, checked by multiplying out again.
     */
    private Optional<Expr> sumOfSquares(Poly s) {
        Budget budget = normalizer.budget();
        for (Map.Entry<Monomial, Rational> t : s.terms().entrySet()) {
            Monomial m = t.getKey();
            for (int i = 0; i < m.atomCount(); i++) {
                if (m.exponent(i) != 1 || !(m.atom(i) instanceof IndexSum squares)
                        || !(squares.body() instanceof Pow p && p.exponent() instanceof Num two && two.value().equals(Rational.of(2)))) {
                    continue;
                }
                Optional<Expr> gathered = sumOfSquares(s, t.getValue(), t.getKey().divide(Monomial.of(squares, 1)), squares,
                        p.base(), budget);
                if (gathered.isPresent()) {
                    return gathered;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Expr> sumOfSquares(Poly s, Rational c, Monomial outside, IndexSum squares, Expr f, Budget budget) {
        String k = squares.index();
        Factored linear = normalizer.normalize(new IndexSum(k, squares.lower(), squares.upper(), f));
        Optional<Expr> single = linear.factors().size() == 1 && linear.factors().values().iterator().next() == 1
                ? linear.factors().keySet().iterator().next().asAtom() : Optional.empty();
        if (single.isEmpty()) {
            return Optional.empty();
        }
        Monomial root = Monomial.ONE;
        for (Map.Entry<Expr, Integer> e : outside.powers().entrySet()) {
            if (e.getValue() >= 2) {
                root = root.multiply(Monomial.of(e.getKey(), e.getValue() / 2));
            }
        }
        Monomial m = outside.divide(root.multiply(root));
        Monomial sum = Monomial.of(single.get(), 1);
        // the terms c·M·2mb·(c₁·Σ_k f_k): Σ_k f_k once, times M and m
        Poly cross = Poly.ZERO;
        for (Map.Entry<Monomial, Rational> u : s.terms().entrySet()) {
            Integer e = u.getKey().powers().get(single.get());
            if (e != null && e == 1 && u.getKey().divisibleBy(m.multiply(root).multiply(sum))) {
                cross = cross.add(Poly.monomial(u.getValue(), u.getKey()), budget);
            }
        }
        if (cross.isZero()) {
            return Optional.empty();
        }
        Poly b = cross.divideBy(c.multiply(linear.coefficient()).multiply(Rational.of(2)), m.multiply(root).multiply(sum));
        Expr bExpr = normalizer.presenter().polynomial(b);
        if (Indices.mentions(bExpr, k) || Exprs.contains(bExpr, squares) || Exprs.contains(bExpr, single.get())) {
            return Optional.empty();
        }
        Poly count = normalizer.normalize(new IndexSum(k, squares.lower(), squares.upper(), Exprs.ONE)).expand(budget);
        Poly linearTerm = Poly.monomial(linear.coefficient().multiply(Rational.of(2)), sum.multiply(root));
        Poly square = Poly.monomial(Rational.ONE, Monomial.of(squares, 1).multiply(root).multiply(root))
                .add(linearTerm.multiply(b, budget), budget)
                .add(b.multiply(b, budget).multiply(count, budget), budget)
                .scale(c, m);
        if (!square.terms().entrySet().stream().allMatch(u -> u.getValue().equals(s.terms().get(u.getKey())))) {
            return Optional.empty();
        }
        Poly base = normalizer.normalize(f).expand(budget).scale(Rational.ONE, root).add(b, budget);
        Expr gathered = Exprs.mul(normalizer.presenter().present(Factored.fromPoly(Poly.monomial(c, m))),
                new IndexSum(k, squares.lower(), squares.upper(), Exprs.pow(normalizer.presenter().polynomial(base), 2)));
        Poly rest = s.add(square.negate(), budget);
        return Optional.of(rest.isZero() ? gathered
                : Exprs.add(gathered, normalizer.presenter().present(Factored.fromPoly(rest))));
    }

    /** The name this gathering is reported under. */
    static final String SQUARE_OF_SUM = "square-of-sum";
}
