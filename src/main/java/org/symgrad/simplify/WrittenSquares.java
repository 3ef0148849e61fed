package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.symgrad.expr.Add;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.IndexSum;
import org.symgrad.expr.Mul;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;

/**
 * Squares of sums the input wrote, found again in a result the normal form multiplied out:
 * {@code A² − 2Am + m² − s² = (A − m)² − s²} when the input squared {@code A − m}. A sum of the
 * result (outside functions and Σ bodies) that holds every term of {@code c·q²} for such a q is
 * written {@code c·q² + rest}, q as the input wrote it; the largest q first. An identity: the
 * value is the same, only the multiplied-out terms are gathered back.
 */
final class WrittenSquares {
    private final Normalizer normalizer;
    /** Each square q² multiplied out, with q as written; larger squares first, then in expression order. */
    private final Map<Poly, Expr> squares;

    private WrittenSquares(Normalizer normalizer, Map<Poly, Expr> squares) {
        this.normalizer = normalizer;
        this.squares = squares;
    }

    /** The squares of sums {@code input} writes, outside Σ bodies (their bound indices are not the result's). */
    static WrittenSquares in(Expr input, Normalizer normalizer) {
        Map<Expr, Expr> bases = new TreeMap<>(ExprOrder.INSTANCE);
        collect(input, normalizer, bases);
        Map<Poly, Expr> squares = new TreeMap<>((a, b) -> a.size() != b.size() ? Integer.compare(b.size(), a.size())
                : a.compareTo(b));
        for (Expr q : bases.values()) {
            Factored f = normalizer.normalize(q);
            if (!f.isPolynomial()) {
                continue;
            }
            Poly p = f.expand(normalizer.budget());
            if (p.size() >= 2 && p.size() <= 4) {
                squares.putIfAbsent(p.multiply(p, normalizer.budget()), q);
            }
        }
        return new WrittenSquares(normalizer, squares);
    }

    private static void collect(Expr e, Normalizer normalizer, Map<Expr, Expr> out) {
        if (e instanceof IndexSum) {
            return;
        }
        if (e instanceof Pow p && p.base() instanceof Add && p.exponent() instanceof Num k && k.value().isInteger()
                && k.value().signum() > 0 && !k.value().toBigInteger().testBit(0)) {
            Expr written = normalizer.canonical(p.base());
            out.putIfAbsent(written, written);
        }
        Exprs.children(e).forEach(c -> collect(c, normalizer, out));
    }

    boolean any() {
        return !squares.isEmpty();
    }

    /** {@code e} with each sum that holds a written square's terms gathered into it. */
    Expr gathered(Expr e) {
        return switch (e) {
            case Add a -> {
                Expr whole = square(a);
                if (whole != a) {
                    yield whole;
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

    private Expr square(Add a) {
        Factored f = normalizer.normalize(a);
        if (!f.isPolynomial()) {
            return a;
        }
        Poly s = f.expand(normalizer.budget());
        for (Map.Entry<Poly, Expr> q : squares.entrySet()) {
            Poly square = q.getKey();
            if (square.size() > s.size()) {
                continue;
            }
            Rational lead = s.terms().get(square.leadingMonomial());
            if (lead == null) {
                continue;
            }
            Rational c = lead.divide(square.leadingCoefficient());
            Poly rest = s.add(square.scale(c.negate(), Monomial.ONE), normalizer.budget());
            if (rest.size() != s.size() - square.size()) {
                continue;
            }
            Expr squared = Exprs.mul(new Num(c), Exprs.pow(q.getValue(), 2));
            return rest.isZero() ? squared
                    : Exprs.add(squared, normalizer.presenter().present(Factored.fromPoly(rest)));
        }
        return a;
    }

    /** The name this gathering is reported under. */
    static final String SQUARE_OF_SUM = "square-of-sum";
}
