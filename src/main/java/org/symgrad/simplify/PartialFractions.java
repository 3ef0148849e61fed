package org.symgrad.simplify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Fn;
import org.symgrad.expr.Num;
import org.symgrad.expr.Pow;
import org.symgrad.expr.Rational;
import org.symgrad.expr.Sym;

/**
 * A fraction over two or more linear factors of one symbol written as its partial fractions, each
 * over a factor the input wrote as a denominator ({@code partial-fractions}): the log-likelihood
 * of {@code p^{x_i}(1 − p)^{1 − x_i}} differentiates to terms over p and over 1 − p, which the
 * normal form combines into {@code (Σ_i x_i − np)/(p(1 − p))}; the textbook keeps them apart,
 * {@code Σ_i x_i/p + (Σ_i x_i − n)/(1 − p)}. A factor counts as written where the input has it
 * (up to sign) as the argument of a log or the base of a power whose exponent is not a whole
 * number ≥ 0 — what differentiating puts below the bar. The numerator, a polynomial in the symbol
 * of lower degree than the denominator whose other atoms do not mention it, is written as
 * {@code Σ_j Σ_{r ≤ m_j} c_{jr}/L_j^r} with c_{jr} free of the symbol, solved exactly (rational
 * elimination on the coefficients): an identity that divides by nothing the fraction did not.
 */
final class PartialFractions {
    /** The name this form is reported under. */
    static final String PARTIAL_FRACTIONS = "partial-fractions";

    private PartialFractions() {
    }

    /** One linear factor {@code a·v + b} of the denominator, to the power m, as the input wrote it. */
    private record Factor(Rational a, Rational b, int power, Expr written, boolean flipped) {
    }

    /** The partial fractions of the normal form {@code f}, over the denominators {@code input} wrote. */
    static Optional<Expr> of(Factored f, Normalizer normalizer, Expr input) {
        Budget budget = normalizer.budget();
        Sym v = null;
        List<Factor> factors = new ArrayList<>();
        Map<Poly, Integer> numerator = new TreeMap<>();
        List<Expr> written = null;
        for (Map.Entry<Poly, Integer> e : f.factors().entrySet()) {
            if (e.getValue() > 0) {
                numerator.put(e.getKey(), e.getValue());
                continue;
            }
            Optional<Rational[]> linear = linear(e.getKey());
            if (linear.isEmpty()) {
                return Optional.empty();
            }
            Sym symbol = symbol(e.getKey());
            if (v != null && !v.equals(symbol)) {
                return Optional.empty();
            }
            v = symbol;
            if (written == null) {
                written = writtenDenominators(input);
            }
            Optional<Factor> factor = asWritten(e.getKey(), linear.get(), -e.getValue(), written, normalizer);
            if (factor.isEmpty()) {
                return Optional.empty();
            }
            factors.add(factor.get());
        }
        if (factors.size() < 2) {
            return Optional.empty();
        }
        Poly top = Factored.of(f.coefficient(), numerator).expand(budget);
        Optional<Map<Integer, Poly>> byPower = byPower(top, v, budget);
        int degree = factors.stream().mapToInt(Factor::power).sum();
        if (byPower.isEmpty() || byPower.get().keySet().stream().anyMatch(k -> k >= degree)) {
            return Optional.empty();
        }
        // unknowns c_{jr}: the coefficient of v^d in D/L_j^r, one column per unknown
        List<int[]> unknowns = new ArrayList<>();
        Rational[][] matrix = new Rational[degree][degree];
        for (int j = 0; j < factors.size(); j++) {
            for (int r = 1; r <= factors.get(j).power(); r++) {
                Rational[] basis = basis(factors, j, r, degree);
                for (int d = 0; d < degree; d++) {
                    matrix[d][unknowns.size()] = basis[d];
                }
                unknowns.add(new int[] {j, r});
            }
        }
        Poly[] rhs = new Poly[degree];
        for (int d = 0; d < degree; d++) {
            rhs[d] = byPower.get().getOrDefault(d, Poly.ZERO);
        }
        Optional<Poly[]> solved = solve(matrix, rhs, budget);
        if (solved.isEmpty()) {
            return Optional.empty();
        }
        List<Expr> terms = new ArrayList<>();
        for (int u = 0; u < unknowns.size(); u++) {
            Poly c = solved.get()[u];
            if (c.isZero()) {
                continue;
            }
            Factor factor = factors.get(unknowns.get(u)[0]);
            int r = unknowns.get(u)[1];
            // c/L^r over the written W = −L: c·(−1)^r/W^r
            Factored coefficient = Factored.fromPoly(factor.flipped() && r % 2 == 1 ? c.negate() : c);
            boolean negative = coefficient.coefficient().signum() < 0;
            Expr top1 = normalizer.presenter().present(negative ? coefficient.multiply(Factored.constant(Rational.MINUS_ONE)) : coefficient);
            Expr term = Exprs.mul(top1, Exprs.pow(factor.written(), -r));
            terms.add(negative ? Exprs.neg(term) : term);
        }
        return terms.size() < 2 ? Optional.empty() : Optional.of(Exprs.add(terms));
    }

    /** {@code {a, b}} of a poly {@code a·v + b} in one symbol v with rational a ≠ 0, b ≠ 0. */
    private static Optional<Rational[]> linear(Poly p) {
        Rational a = null;
        Rational b = null;
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            if (t.getKey().isOne()) {
                b = t.getValue();
            } else if (t.getKey().powers().size() == 1 && t.getKey().powers().values().iterator().next() == 1
                    && t.getKey().powers().keySet().iterator().next() instanceof Sym) {
                a = t.getValue();
            } else {
                return Optional.empty();
            }
        }
        // a lone symbol v is a linear factor as well (b = 0)
        return a == null ? Optional.empty() : Optional.of(new Rational[] {a, b == null ? Rational.ZERO : b});
    }

    private static Sym symbol(Poly p) {
        for (Monomial m : p.terms().keySet()) {
            if (!m.isOne()) {
                return (Sym) m.powers().keySet().iterator().next();
            }
        }
        throw new IllegalStateException("no symbol in " + p);
    }

    /** The bases of powers with exponents other than whole numbers ≥ 0, and the arguments of logs, in {@code e}. */
    private static List<Expr> writtenDenominators(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Pow p && !(p.exponent() instanceof Num k && k.value().isInteger() && k.value().signum() >= 0)) {
            out.add(p.base());
        } else if (e instanceof Fn f && f.name().equals("log") && f.args().size() == 1) {
            out.add(f.args().get(0));
        } else if (e instanceof org.symgrad.expr.Mul m && overOneBar(m)) {
            // 1/(x(1 − x)): the factors below one bar are one denominator, not each written apart
            // (so the combined fraction, read again, is not split: the form is the same however reached)
            for (Expr factor : m.factors()) {
                if (factor instanceof Pow p && wholeNegative(p)) {
                    collect(p.base(), out);
                } else {
                    collect(factor, out);
                }
            }
            return;
        }
        Exprs.children(e).forEach(c -> collect(c, out));
    }

    /** Whether two or more factors of {@code m} are whole negative powers: one fraction's denominator. */
    private static boolean overOneBar(org.symgrad.expr.Mul m) {
        return m.factors().stream().filter(f -> f instanceof Pow p && wholeNegative(p)).count() >= 2;
    }

    private static boolean wholeNegative(Pow p) {
        return p.exponent() instanceof Num k && k.value().isInteger() && k.value().signum() < 0;
    }

    /** The factor {@code L} as the input wrote it, {@code L} or {@code −L}, if it did. */
    private static Optional<Factor> asWritten(Poly l, Rational[] ab, int power, List<Expr> written, Normalizer normalizer) {
        for (Expr w : written) {
            Factored normal = normalizer.normalize(w);
            if (!normal.isPolynomial()) {
                continue;
            }
            Poly p = normal.expand(normalizer.budget());
            if (p.equals(l)) {
                return Optional.of(new Factor(ab[0], ab[1], power, w, false));
            }
            if (p.equals(l.negate())) {
                return Optional.of(new Factor(ab[0], ab[1], power, w, true));
            }
        }
        return Optional.empty();
    }

    /** {@code p} as a polynomial in v: its coefficient of each power, none of whose atoms mentions v. */
    private static Optional<Map<Integer, Poly>> byPower(Poly p, Sym v, Budget budget) {
        Map<Integer, Poly> out = new LinkedHashMap<>();
        for (Map.Entry<Monomial, Rational> t : p.terms().entrySet()) {
            int k = 0;
            Monomial rest = Monomial.ONE;
            for (Map.Entry<Expr, Integer> a : t.getKey().powers().entrySet()) {
                if (a.getKey().equals(v)) {
                    k = a.getValue();
                } else if (Exprs.contains(a.getKey(), v)) {
                    return Optional.empty();
                } else {
                    rest = rest.multiply(Monomial.of(a.getKey(), a.getValue()));
                }
            }
            if (k < 0) {
                return Optional.empty();
            }
            Poly term = Poly.monomial(t.getValue(), rest);
            out.merge(k, term, (x, y) -> x.add(y, budget));
        }
        return Optional.of(out);
    }

    /** The coefficients in v, lowest first, of {@code Π_{i≠j} L_i^{m_i} · L_j^{m_j − r}}. */
    private static Rational[] basis(List<Factor> factors, int j, int r, int degree) {
        Rational[] out = new Rational[degree];
        java.util.Arrays.fill(out, Rational.ZERO);
        out[0] = Rational.ONE;
        for (int i = 0; i < factors.size(); i++) {
            int times = i == j ? factors.get(i).power() - r : factors.get(i).power();
            for (int t = 0; t < times; t++) {
                Rational[] next = new Rational[degree];
                java.util.Arrays.fill(next, Rational.ZERO);
                for (int d = 0; d < degree; d++) {
                    if (out[d].isZero()) {
                        continue;
                    }
                    next[d] = next[d].add(out[d].multiply(factors.get(i).b()));
                    if (d + 1 < degree) {
                        next[d + 1] = next[d + 1].add(out[d].multiply(factors.get(i).a()));
                    }
                }
                out = next;
            }
        }
        return out;
    }

    /** The solution of {@code matrix · c = rhs} by exact elimination, if the matrix is regular. */
    private static Optional<Poly[]> solve(Rational[][] matrix, Poly[] rhs, Budget budget) {
        int n = rhs.length;
        Rational[][] m = new Rational[n][];
        for (int i = 0; i < n; i++) {
            m[i] = matrix[i].clone();
        }
        Poly[] b = rhs.clone();
        for (int col = 0; col < n; col++) {
            int pivot = -1;
            for (int row = col; row < n; row++) {
                if (!m[row][col].isZero()) {
                    pivot = row;
                    break;
                }
            }
            if (pivot < 0) {
                return Optional.empty();
            }
            Rational[] tm = m[pivot];
            m[pivot] = m[col];
            m[col] = tm;
            Poly tb = b[pivot];
            b[pivot] = b[col];
            b[col] = tb;
            Rational inverse = Rational.ONE.divide(m[col][col]);
            for (int k = 0; k < n; k++) {
                m[col][k] = m[col][k].multiply(inverse);
            }
            b[col] = b[col].scale(inverse, Monomial.ONE);
            for (int row = 0; row < n; row++) {
                if (row == col || m[row][col].isZero()) {
                    continue;
                }
                Rational factor = m[row][col];
                for (int k = 0; k < n; k++) {
                    m[row][k] = m[row][k].subtract(factor.multiply(m[col][k]));
                }
                b[row] = b[row].add(b[col].scale(factor.negate(), Monomial.ONE), budget);
            }
        }
        return Optional.of(b);
    }
}
