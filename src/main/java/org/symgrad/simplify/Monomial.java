package org.symgrad.simplify;

import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;

/**
 * A power product of atoms {@code a^2 b c^3} with positive integer exponents; the empty product is 1.
 * Monomials are ordered lexicographically (an atom earlier in {@link ExprOrder} is the "larger"
 * variable), which is a monomial order: compatible with multiplication, so exact division works.
 */
record Monomial(TreeMap<Expr, Integer> powers) implements Comparable<Monomial> {
    static final Monomial ONE = new Monomial(new TreeMap<>(ExprOrder.INSTANCE));

    static Monomial of(Expr atom, int exponent) {
        TreeMap<Expr, Integer> m = new TreeMap<>(ExprOrder.INSTANCE);
        m.put(atom, exponent);
        return new Monomial(m);
    }

    boolean isOne() {
        return powers.isEmpty();
    }

    Monomial multiply(Monomial o) {
        if (o.isOne()) {
            return this;
        }
        if (isOne()) {
            return o;
        }
        TreeMap<Expr, Integer> m = new TreeMap<>(powers);
        o.powers.forEach((a, e) -> m.merge(a, e, (x, y) -> Budget.exponent((long) x + y)));
        return new Monomial(m);
    }

    /** {@code this^e} for {@code e ≥ 0}: every exponent multiplied by {@code e}. */
    Monomial pow(int e) {
        if (e == 0) {
            return ONE;
        }
        TreeMap<Expr, Integer> m = new TreeMap<>(ExprOrder.INSTANCE);
        powers.forEach((a, k) -> m.put(a, Budget.exponent((long) k * e)));
        return new Monomial(m);
    }

    /** Whether {@code o} divides this monomial. */
    boolean divisibleBy(Monomial o) {
        for (Map.Entry<Expr, Integer> e : o.powers.entrySet()) {
            if (powers.getOrDefault(e.getKey(), 0) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** {@code this / o}; callers check {@link #divisibleBy} first. */
    Monomial divide(Monomial o) {
        // the two sorted maps walked side by side: a copy is linear, a lookup per atom is not
        TreeMap<Expr, Integer> m = new TreeMap<>(powers);
        Iterator<Map.Entry<Expr, Integer>> mine = m.entrySet().iterator();
        for (Map.Entry<Expr, Integer> y : o.powers.entrySet()) {
            Map.Entry<Expr, Integer> x = mine.next();
            while (ExprOrder.INSTANCE.compare(x.getKey(), y.getKey()) != 0) {
                x = mine.next();
            }
            int left = x.getValue() - y.getValue();
            if (left == 0) {
                mine.remove();
            } else {
                x.setValue(left);
            }
        }
        return new Monomial(m);
    }

    /** The greatest common divisor: each atom to its smaller exponent. */
    Monomial gcd(Monomial o) {
        TreeMap<Expr, Integer> m = new TreeMap<>(powers);
        Iterator<Map.Entry<Expr, Integer>> theirs = o.powers.entrySet().iterator();
        Map.Entry<Expr, Integer> y = theirs.hasNext() ? theirs.next() : null;
        for (Iterator<Map.Entry<Expr, Integer>> mine = m.entrySet().iterator(); mine.hasNext(); ) {
            Map.Entry<Expr, Integer> x = mine.next();
            int c = 1;
            while (y != null && (c = ExprOrder.INSTANCE.compare(y.getKey(), x.getKey())) < 0) {
                y = theirs.hasNext() ? theirs.next() : null;
            }
            if (y == null || c > 0) {
                mine.remove();
            } else {
                x.setValue(Math.min(x.getValue(), y.getValue()));
            }
        }
        return new Monomial(m);
    }

    /** Lexicographic order, largest first when used descending: compares exponents atom by atom. */
    @Override
    public int compareTo(Monomial o) {
        Iterator<Map.Entry<Expr, Integer>> a = powers.entrySet().iterator();
        Iterator<Map.Entry<Expr, Integer>> b = o.powers.entrySet().iterator();
        Comparator<Expr> order = ExprOrder.INSTANCE;
        while (a.hasNext() && b.hasNext()) {
            Map.Entry<Expr, Integer> x = a.next();
            Map.Entry<Expr, Integer> y = b.next();
            int c = order.compare(x.getKey(), y.getKey());
            if (c != 0) {
                // the monomial holding the earlier atom has a positive exponent where the other has 0
                return c < 0 ? 1 : -1;
            }
            c = Integer.compare(x.getValue(), y.getValue());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }
}
