package org.symgrad.simplify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Num;
import org.symgrad.expr.Rational;

/**
 * A polynomial over atoms with exact rational coefficients, its terms kept in descending
 * lexicographic monomial order (the leading term first). Immutable after construction.
 */
final class Poly implements Comparable<Poly> {
    private static final Comparator<Monomial> DESCENDING = Comparator.reverseOrder();

    static final Poly ZERO = new Poly(new TreeMap<>(DESCENDING));

    private final TreeMap<Monomial, Rational> terms;
    private int hash;
    /** {@link #hasWholeRootPower}: 0 until computed, then 1 (no) or 2 (yes). */
    private byte wholeRootPower;

    private Poly(TreeMap<Monomial, Rational> terms) {
        this.terms = terms;
    }

    static Poly constant(Rational c) {
        return monomial(c, Monomial.ONE);
    }

    static Poly monomial(Rational c, Monomial m) {
        TreeMap<Monomial, Rational> t = new TreeMap<>(DESCENDING);
        if (!c.isZero()) {
            t.put(m, c);
        }
        return new Poly(t);
    }

    static Poly atom(Expr atom) {
        return monomial(Rational.ONE, Monomial.of(atom, 1));
    }

    Map<Monomial, Rational> terms() {
        return Collections.unmodifiableMap(terms);
    }

    int size() {
        return terms.size();
    }

    boolean isZero() {
        return terms.isEmpty();
    }

    /**
     * Whether a term holds a root {@code u^{1/q}} to a power of at least q ({@link Normalizer#rootDegree}),
     * worked out once per polynomial: the normaliser asks it of every sum factor of every form it makes.
     */
    boolean hasWholeRootPower() {
        if (wholeRootPower == 0) {
            wholeRootPower = (byte) (wholeRootPowerIn(terms) ? 2 : 1);
        }
        return wholeRootPower == 2;
    }

    private static boolean wholeRootPowerIn(Map<Monomial, Rational> terms) {
        for (Monomial m : terms.keySet()) {
            for (int i = 0; i < m.atomCount(); i++) {
                int q = Normalizer.rootDegree(m.atom(i));
                if (q > 0 && m.exponent(i) >= q) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The constant term (0 if none). */
    Rational constantTerm() {
        return terms.getOrDefault(Monomial.ONE, Rational.ZERO);
    }

    Monomial leadingMonomial() {
        return terms.firstKey();
    }

    Rational leadingCoefficient() {
        return terms.firstEntry().getValue();
    }

    /**
     * An upper bound on the number of terms of {@code this^e}, capped at {@code Long.MAX_VALUE}: the
     * fewer of the monomials of degree {@code e} in its terms and the exponent combinations its atoms
     * can reach ({@code (1 + x + x²)^e} has at most {@code 2e + 1} terms).
     */
    long powerSizeBound(int e) {
        long r = Math.min(e, terms.size() - 1); // C(n + e − 1, r), n the number of terms, r = min(e, n − 1)
        long n = (long) terms.size() + e - 1;
        BigInteger choose = BigInteger.ONE;
        for (long k = 1; k <= r; k++) {
            choose = choose.multiply(BigInteger.valueOf(n - r + k)).divide(BigInteger.valueOf(k));
        }
        Map<Expr, Integer> degrees = new HashMap<>(); // each atom's highest exponent in the terms
        terms.keySet().forEach(m -> m.forEachPower((a, d) -> degrees.merge(a, Math.abs(d), Math::max)));
        BigInteger reach = BigInteger.ONE;
        for (int d : degrees.values()) {
            reach = reach.multiply(BigInteger.valueOf((long) e * d + 1));
        }
        return choose.min(reach).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    /** This polynomial as a plain sum of products, its terms in this polynomial's order. */
    Expr written() {
        List<Expr> sum = new ArrayList<>(terms.size());
        terms.forEach((m, c) -> {
            List<Expr> product = new ArrayList<>();
            product.add(new Num(c));
            m.forEachPower((atom, e) -> product.add(Exprs.pow(atom, e)));
            sum.add(Exprs.mul(product));
        });
        return Exprs.add(sum);
    }

    /** The single atom when this polynomial is exactly {@code 1·atom^1}. */
    Optional<Expr> asAtom() {
        if (terms.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<Monomial, Rational> t = terms.firstEntry();
        Monomial m = t.getKey();
        if (!t.getValue().isOne() || m.atomCount() != 1) {
            return Optional.empty();
        }
        return m.exponent(0) == 1 ? Optional.of(m.atom(0)) : Optional.empty();
    }

    Poly add(Poly o, Budget budget) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        // the two sorted term lists merged, as sum(List.of(this, o)) accumulates them: the same terms, the
        // same budget checks (after each operand), one comparison per step instead of a tree walk per term
        budget.terms(terms.size());
        Monomial[] keys = new Monomial[terms.size() + o.terms.size()];
        Rational[] values = new Rational[keys.length];
        int n = 0;
        Iterator<Map.Entry<Monomial, Rational>> a = terms.entrySet().iterator();
        Iterator<Map.Entry<Monomial, Rational>> b = o.terms.entrySet().iterator();
        Map.Entry<Monomial, Rational> x = a.next();
        Map.Entry<Monomial, Rational> y = b.next();
        while (x != null && y != null) {
            int c = DESCENDING.compare(x.getKey(), y.getKey());
            if (c < 0) {
                keys[n] = x.getKey();
                values[n++] = x.getValue();
                x = a.hasNext() ? a.next() : null;
            } else if (c > 0) {
                keys[n] = y.getKey();
                values[n++] = y.getValue();
                y = b.hasNext() ? b.next() : null;
            } else {
                Rational s = x.getValue().add(y.getValue());
                if (!s.isZero()) {
                    keys[n] = x.getKey();
                    values[n++] = s;
                }
                x = a.hasNext() ? a.next() : null;
                y = b.hasNext() ? b.next() : null;
            }
        }
        for (; x != null; x = a.hasNext() ? a.next() : null) {
            keys[n] = x.getKey();
            values[n++] = x.getValue();
        }
        for (; y != null; y = b.hasNext() ? b.next() : null) {
            keys[n] = y.getKey();
            values[n++] = y.getValue();
        }
        budget.terms(n);
        return new Poly(new TreeMap<>(new SortedArraysView<>(n, k -> keys[k], k -> values[k], DESCENDING)));
    }

    /**
     * {@code keys} (distinct, {@code n} of them) with their {@code values} as a polynomial: in linear time
     * where they stand in {@link #DESCENDING} order, as multiplying or dividing every term of a polynomial by
     * one monomial leaves them (the order is lexicographic in the exponents), else put one by one.
     */
    private static Poly of(Monomial[] keys, Rational[] values, int n) {
        for (int i = 1; i < n; i++) {
            if (DESCENDING.compare(keys[i - 1], keys[i]) >= 0) {
                TreeMap<Monomial, Rational> t = new TreeMap<>(DESCENDING);
                for (int j = 0; j < n; j++) {
                    t.put(keys[j], values[j]);
                }
                return new Poly(t);
            }
        }
        return new Poly(new TreeMap<>(new SortedArraysView<>(n, k -> keys[k], k -> values[k], DESCENDING)));
    }

    /** The sum of {@code ps}, accumulated in one map: linear in the total number of terms. */
    static Poly sum(java.util.List<Poly> ps, Budget budget) {
        TreeMap<Monomial, Rational> t = new TreeMap<>(DESCENDING);
        for (Poly p : ps) {
            if (t.isEmpty()) {
                // the first terms into the empty map: a copy of a sorted map, in linear time
                t.putAll(p.terms);
            } else {
                p.terms.forEach((m, c) -> t.merge(m, c, Poly::nonZeroSum));
            }
            budget.terms(t.size());
        }
        return new Poly(t);
    }

    Poly scale(Rational c, Monomial m) {
        if (c.isZero()) {
            return ZERO;
        }
        Monomial[] keys = new Monomial[terms.size()];
        Rational[] values = new Rational[keys.length];
        int i = 0;
        for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
            keys[i] = e.getKey().multiply(m);
            values[i++] = e.getValue().multiply(c);
        }
        return of(keys, values, i);
    }

    /** {@code a + b}, or null (no term) where it is 0. */
    private static Rational nonZeroSum(Rational a, Rational b) {
        Rational s = a.add(b);
        return s.isZero() ? null : s;
    }

    Poly negate() {
        return scale(Rational.MINUS_ONE, Monomial.ONE);
    }

    Poly multiply(Poly o, Budget budget) {
        budget.terms((long) terms.size() * o.terms.size());
        java.util.List<Poly> rows = new java.util.ArrayList<>(terms.size());
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            rows.add(o.scale(t.getValue(), t.getKey()));
        }
        return sum(rows, budget);
    }

    Poly pow(int e, Budget budget) {
        if (terms.size() == 1) { // a monomial: exponents multiply, no repeated products
            Map.Entry<Monomial, Rational> t = terms.firstEntry();
            if (!t.getValue().abs().isOne()) {
                budget.numberExponent(e);
            }
            return monomial(t.getValue().pow(e), t.getKey().pow(e));
        }
        budget.expansionExponent(e, terms.size());
        Poly out = constant(Rational.ONE);
        for (int i = 0; i < e; i++) {
            out = out.multiply(this, budget);
        }
        return out;
    }

    /** The gcd of all coefficients, signed like the leading coefficient. */
    Rational content() {
        Rational g = Rational.ZERO;
        for (Rational c : terms.values()) {
            g = g.gcd(c);
        }
        return leadingCoefficient().signum() < 0 ? g.negate() : g;
    }

    /** The largest monomial dividing every term. */
    Monomial monomialContent() {
        Monomial g = null;
        for (Monomial m : terms.keySet()) {
            g = g == null ? m : g.gcd(m);
            if (g.isOne()) {
                break;
            }
        }
        return g == null ? Monomial.ONE : g;
    }

    /** {@code this / (c·m)} term by term; exact when {@code c·m} divides every term. */
    Poly divideBy(Rational c, Monomial m) {
        Monomial[] keys = new Monomial[terms.size()];
        Rational[] values = new Rational[keys.length];
        int i = 0;
        for (Map.Entry<Monomial, Rational> e : terms.entrySet()) {
            keys[i] = e.getKey().divide(m);
            values[i++] = e.getValue().divide(c);
        }
        return of(keys, values, i);
    }

    /** {@code this / d} when the division is exact, by the division algorithm. */
    Optional<Poly> exactDivide(Poly d, Budget budget) {
        Poly remainder = this;
        Poly quotient = ZERO;
        Monomial lead = d.leadingMonomial();
        Rational leadCoefficient = d.leadingCoefficient();
        int steps = 0;
        while (!remainder.isZero()) {
            if (++steps > 10_000) {
                return Optional.empty();
            }
            Monomial rl = remainder.leadingMonomial();
            if (!rl.divisibleBy(lead)) {
                return Optional.empty();
            }
            Monomial qm = rl.divide(lead);
            Rational qc = remainder.leadingCoefficient().divide(leadCoefficient);
            quotient = quotient.add(monomial(qc, qm), budget);
            remainder = remainder.add(d.scale(qc.negate(), qm), budget);
        }
        return Optional.of(quotient);
    }

    @Override
    public int compareTo(Poly o) {
        Iterator<Map.Entry<Monomial, Rational>> a = terms.entrySet().iterator();
        Iterator<Map.Entry<Monomial, Rational>> b = o.terms.entrySet().iterator();
        while (a.hasNext() && b.hasNext()) {
            Map.Entry<Monomial, Rational> x = a.next();
            Map.Entry<Monomial, Rational> y = b.next();
            int c = y.getKey().compareTo(x.getKey());
            if (c != 0) {
                return c;
            }
            c = x.getValue().compareTo(y.getValue());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Poly p) || terms.size() != p.terms.size() || hash != 0 && p.hash != 0 && hash != p.hash) {
            return false;
        }
        // both maps sorted by one order: equal maps hold equal entries in the same places, walked side by side
        Iterator<Map.Entry<Monomial, Rational>> a = terms.entrySet().iterator();
        Iterator<Map.Entry<Monomial, Rational>> b = p.terms.entrySet().iterator();
        while (a.hasNext()) {
            Map.Entry<Monomial, Rational> x = a.next();
            Map.Entry<Monomial, Rational> y = b.next();
            if (!x.getKey().equals(y.getKey()) || !x.getValue().equals(y.getValue())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        if (hash == 0) {
            hash = terms.hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
