package org.symgrad.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;
import org.symgrad.expr.Exprs;
import org.symgrad.testing.RandomExprs;

/**
 * {@link Monomial#gcd} and {@link Monomial#divide} walk the two sorted power maps side by side;
 * they must give what the definitions give: each common atom to its smaller exponent, and each
 * atom's exponent less the divisor's (atoms left at 0 dropped). Random monomials over a pool of
 * atoms (symbols, functions, towers of powers), compared with the definitions over hash maps.
 */
class MonomialTest {
    @Test
    void gcdAndDivisionWalkingSideBySideAreTheDefinitions() {
        RandomExprs gen = new RandomExprs(107L);
        Random random = new Random(109L);
        Expr x = Exprs.sym("x");
        List<Expr> pool = List.of(x, Exprs.sym("y"), Exprs.log(x), Exprs.pow(x, x), Exprs.pow(x, Exprs.pow(x, x)),
                gen.next(2), gen.next(2), gen.next(3), Exprs.sigma(x));
        int shared = 0;
        for (int t = 0; t < 2_000; t++) {
            Map<Expr, Integer> a = random(pool, random);
            Map<Expr, Integer> b = random(pool, random);
            Monomial ma = monomial(a);
            Monomial mb = monomial(b);
            Map<Expr, Integer> gcd = new HashMap<>();
            a.forEach((atom, k) -> {
                if (b.containsKey(atom)) {
                    gcd.put(atom, Math.min(k, b.get(atom)));
                }
            });
            Monomial g = ma.gcd(mb);
            assertEquals(gcd, new HashMap<>(g.powers()), () -> ma + " gcd " + mb);
            assertEquals(ma.powers().comparator(), g.powers().comparator());
            Map<Expr, Integer> quotient = new HashMap<>(a);
            gcd.forEach((atom, k) -> quotient.merge(atom, -k, Integer::sum));
            quotient.values().removeIf(k -> k == 0);
            Monomial q = ma.divide(g);
            assertEquals(quotient, new HashMap<>(q.powers()), () -> ma + " / " + g);
            assertEquals(ma, q.multiply(g));
            if (!gcd.isEmpty()) {
                shared++;
            }
        }
        assertTrue(shared > 500, "only " + shared + " pairs had an atom in common");
    }

    private static Map<Expr, Integer> random(List<Expr> pool, Random random) {
        Map<Expr, Integer> out = new HashMap<>();
        for (Expr atom : pool) {
            if (random.nextInt(3) > 0) {
                out.put(atom, 1 + random.nextInt(3));
            }
        }
        return out;
    }

    private static Monomial monomial(Map<Expr, Integer> powers) {
        TreeMap<Expr, Integer> m = new TreeMap<>(ExprOrder.INSTANCE);
        m.putAll(powers);
        return new Monomial(m);
    }
}
