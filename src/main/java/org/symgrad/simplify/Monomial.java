package org.symgrad.simplify;

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
final class Monomial implements Comparable<Monomial> {
    static final Monomial ONE = new Monomial(new TreeMap<>(ExprOrder.INSTANCE));

    /** The power map; never changed once this monomial holds it. */
    private final TreeMap<Expr, Integer> powers;
    /**
     * The same powers as sorted arrays, so {@link #compareTo} and {@link #equals} (called for every
     * comparison in a polynomial's sorted term map) walk them without an iterator per call.
     */
    private final Expr[] atoms;
    private final int[] exponents;
    /** {@code powers.hashCode()}, 0 until computed. */
    private int hash;

    Monomial(TreeMap<Expr, Integer> powers) {
        this.powers = powers;
        int n = powers.size();
        atoms = new Expr[n];
        exponents = new int[n];
        int i = 0;
        for (Map.Entry<Expr, Integer> e : powers.entrySet()) {
            atoms[i] = e.getKey();
            exponents[i++] = e.getValue();
        }
    }

    /** The atoms and their exponents, sorted by {@link ExprOrder}; callers must not change the map. */
    TreeMap<Expr, Integer> powers() {
        return powers;
    }

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
        // the two sorted arrays walked side by side
        Expr[] mine = atoms;
        Expr[] theirs = o.atoms;
        if (theirs.length > mine.length) {
            return false;
        }
        int i = 0;
        for (int j = 0; j < theirs.length; j++) {
            int c = -1;
            while (i < mine.length && (c = ExprOrder.INSTANCE.compare(mine[i], theirs[j])) < 0) {
                i++;
            }
            if (c != 0 || exponents[i] < o.exponents[j]) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** {@code this / o}; callers check {@link #divisibleBy} first. */
    Monomial divide(Monomial o) {
        if (o.isOne()) {
            return this;
        }
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
        // one divides the other (a polynomial's monomial content, once found, divides every term): no new map
        if (o.divisibleBy(this)) {
            return this;
        }
        if (divisibleBy(o)) {
            return o;
        }
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
        if (this == o) {
            return 0;
        }
        Expr[] a = atoms;
        Expr[] b = o.atoms;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = ExprOrder.INSTANCE.compare(a[i], b[i]);
            if (c != 0) {
                // the monomial holding the earlier atom has a positive exponent where the other has 0
                return c < 0 ? 1 : -1;
            }
            c = Integer.compare(exponents[i], o.exponents[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** Equal power maps (atoms equal in {@link ExprOrder}, the same exponents), as {@code TreeMap.equals}. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Monomial o) || atoms.length != o.atoms.length) {
            return false;
        }
        for (int i = 0; i < atoms.length; i++) {
            if (exponents[i] != o.exponents[i] || ExprOrder.INSTANCE.compare(atoms[i], o.atoms[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = powers.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Monomial[powers=" + powers + "]";
    }
}
