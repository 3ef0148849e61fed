package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.expr.Rational;
import org.symgrad.testing.RandomExprs;

/**
 * {@link Poly#add}, {@link Poly#sum}, {@link Poly#scale}, {@link Poly#divideBy} and {@link Poly#equals} merge
 * and walk the sorted term maps instead of putting term by term; they must give what the definitions give:
 * the terms accumulated one by one in a sorted map (terms that cancel dropped), each term multiplied or
 * divided by the monomial, and map equality. Random polynomials over a pool of atoms (symbols, functions,
 * towers of powers), compared with the definitions over sorted maps, the term order included.
 */
class PolyTest {
    private static final Comparator<Monomial> DESCENDING = Comparator.reverseOrder();

    @Test
    void mergedAndWalkedTermsAreTheDefinitions() {
        RandomExprs gen = new RandomExprs(211L);
        Random random = new Random(223L);
        Expr x = Exprs.sym("x");
        List<Expr> pool = List.of(x, Exprs.sym("y"), Exprs.log(x), Exprs.pow(x, x), Exprs.pow(x, Exprs.pow(x, x)),
                gen.next(2), gen.next(3), Exprs.sigma(x));
        Budget budget = Budget.standard();
        int cancelled = 0;
        for (int t = 0; t < 2_000; t++) {
            TreeMap<Monomial, Rational> a = random(pool, random);
            TreeMap<Monomial, Rational> b = random.nextInt(4) == 0 ? negatedPart(a, random) : random(pool, random);
            Poly pa = poly(a);
            Poly pb = poly(b);
            TreeMap<Monomial, Rational> sum = new TreeMap<>(DESCENDING);
            for (TreeMap<Monomial, Rational> p : List.of(a, b)) {
                p.forEach((m, c) -> {
                    Rational s = sum.getOrDefault(m, Rational.ZERO).add(c);
                    if (s.isZero()) {
                        sum.remove(m);
                    } else {
                        sum.put(m, s);
                    }
                });
            }
            if (sum.size() < a.size() + b.size()) {
                cancelled++;
            }
            assertTerms(sum, pa.add(pb, budget));
            assertTerms(sum, Poly.sum(List.of(pa, pb), budget));
            assertEquals(poly(sum), pa.add(pb, budget));
            assertEquals(poly(sum).hashCode(), pa.add(pb, budget).hashCode());
            List<Poly> three = List.of(pb, pa, pb.negate());
            assertTerms(a, Poly.sum(three, budget));
            Monomial m = monomial(randomPowers(pool, random));
            Rational c = Rational.of(random.nextInt(7) - 3);
            if (c.isZero()) {
                c = Rational.of(5, 3);
            }
            TreeMap<Monomial, Rational> scaled = new TreeMap<>(DESCENDING);
            Rational k = c;
            a.forEach((u, v) -> scaled.put(u.multiply(m), v.multiply(k)));
            Poly ps = pa.scale(c, m);
            assertTerms(scaled, ps);
            assertTerms(a, ps.divideBy(c, m));
            assertEquals(pa, ps.divideBy(c, m));
            if (!a.isEmpty() && !(c.isOne() && m.isOne())) {
                assertNotEquals(pa, ps);
            }
            assertEquals(a.equals(b), pa.equals(pb));
            assertEquals(a.equals(b), pb.equals(pa));
        }
        assertTrue(cancelled > 300, "only " + cancelled + " sums had terms that cancelled");
    }

    /** The terms of {@code actual} are {@code expected}'s, in its order. */
    private static void assertTerms(TreeMap<Monomial, Rational> expected, Poly actual) {
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.terms().entrySet()));
        assertEquals(expected, actual.terms());
    }

    /** Some of {@code a}'s terms negated (they cancel in a sum) beside terms of its own. */
    private static TreeMap<Monomial, Rational> negatedPart(TreeMap<Monomial, Rational> a, Random random) {
        TreeMap<Monomial, Rational> out = new TreeMap<>(DESCENDING);
        a.forEach((m, c) -> {
            if (random.nextBoolean()) {
                out.put(m, random.nextBoolean() ? c.negate() : c.multiply(Rational.of(2)));
            }
        });
        out.put(Monomial.ONE, Rational.of(3));
        return out;
    }

    private static TreeMap<Monomial, Rational> random(List<Expr> pool, Random random) {
        TreeMap<Monomial, Rational> out = new TreeMap<>(DESCENDING);
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(9) - 4;
            if (c != 0) {
                out.put(monomial(randomPowers(pool, random)), Rational.of(c, 1 + random.nextInt(3)));
            }
        }
        return out;
    }

    private static Poly poly(TreeMap<Monomial, Rational> terms) {
        Poly out = Poly.ZERO;
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            out = Poly.sum(List.of(out, Poly.monomial(t.getValue(), t.getKey())), Budget.standard());
        }
        return out;
    }

    private static Map<Expr, Integer> randomPowers(List<Expr> pool, Random random) {
        Map<Expr, Integer> out = new HashMap<>();
        for (Expr atom : pool) {
            if (random.nextInt(3) == 0) {
                out.put(atom, 1 + random.nextInt(3));
            }
        }
        return out;
    }

    private static Monomial monomial(Map<Expr, Integer> powers) {
        TreeMap<Expr, Integer> m = new TreeMap<>(ExprOrder.INSTANCE);
        m.putAll(powers);
        return m.isEmpty() ? Monomial.ONE : new Monomial(m);
    }
}
