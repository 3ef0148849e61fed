package org.symgrad.simplify;

import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.symgrad.expr.Expr;
import org.symgrad.expr.ExprOrder;

/**
 * A power product of atoms {@code a^2 b c^3} with positive integer exponents; the empty product is 1.
 * Monomials are ordered lexicographically (an atom earlier in {@link ExprOrder} is the "larger"
 * variable), which is a monomial order: compatible with multiplication, so exact division works.
 *
 * <p>The powers are kept as two arrays sorted by {@link ExprOrder}: the arithmetic, {@link #compareTo}
 * and {@link #equals} (called for every comparison in a polynomial's sorted term map) walk them side
 * by side, without a map lookup or an iterator. The sorted map {@link #powers()} is built on first use.
 */
final class Monomial implements Comparable<Monomial> {
    private static final Expr[] NO_ATOMS = {};
    private static final int[] NO_EXPONENTS = {};

    static final Monomial ONE = new Monomial(NO_ATOMS, NO_EXPONENTS);

    private final Expr[] atoms;
    private final int[] exponents;
    /** The powers as a sorted map, null until asked for; never changed once built. */
    private TreeMap<Expr, Integer> powers;
    /** The hash of the power map ({@code powers().hashCode()}), 0 until computed. */
    private int hash;

    /** A monomial of the powers in {@code powers}, which the caller no longer changes. */
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

    /** Sorted atoms (distinct in {@link ExprOrder}) and their positive exponents, owned from now on. */
    private Monomial(Expr[] atoms, int[] exponents) {
        this.atoms = atoms;
        this.exponents = exponents;
    }

    /** The first {@code n} entries of the two arrays. */
    private static Monomial of(Expr[] atoms, int[] exponents, int n) {
        if (n == 0) {
            return ONE;
        }
        return n == atoms.length ? new Monomial(atoms, exponents)
                : new Monomial(Arrays.copyOf(atoms, n), Arrays.copyOf(exponents, n));
    }

    /** The atoms and their exponents, sorted by {@link ExprOrder}; callers must not change the map. */
    TreeMap<Expr, Integer> powers() {
        TreeMap<Expr, Integer> m = powers;
        if (m == null) {
            // from the sorted arrays in linear time: the map of a sorted map is built without comparisons
            m = new TreeMap<>(new SortedArraysView<>(atoms.length, k -> atoms[k], k -> exponents[k], ExprOrder.INSTANCE));
            powers = m;
        }
        return m;
    }

    /** Each atom and its exponent, in {@link ExprOrder}, as {@code powers().forEach} without the map. */
    void forEachPower(BiConsumer<Expr, Integer> action) {
        for (int i = 0; i < atoms.length; i++) {
            action.accept(atoms[i], exponents[i]);
        }
    }

    /** How many atoms this monomial holds. */
    int atomCount() {
        return atoms.length;
    }

    /** The {@code i}-th atom in {@link ExprOrder}. */
    Expr atom(int i) {
        return atoms[i];
    }

    /** The exponent of the {@code i}-th atom. */
    int exponent(int i) {
        return exponents[i];
    }

    /** The exponent of {@code atom} in this monomial, 0 if it holds none: {@code powers().getOrDefault(atom, 0)}. */
    int exponentOf(Expr atom) {
        int i = Arrays.binarySearch(atoms, atom, ExprOrder.INSTANCE);
        return i >= 0 ? exponents[i] : 0;
    }

    /** Whether this monomial holds {@code atom}: {@code powers().containsKey(atom)} without the map. */
    boolean holds(Expr atom) {
        return Arrays.binarySearch(atoms, atom, ExprOrder.INSTANCE) >= 0;
    }

    static Monomial of(Expr atom, int exponent) {
        return new Monomial(new Expr[] {atom}, new int[] {exponent});
    }

    boolean isOne() {
        return atoms.length == 0;
    }

    Monomial multiply(Monomial o) {
        if (o.isOne()) {
            return this;
        }
        if (isOne()) {
            return o;
        }
        Expr[] a = atoms;
        Expr[] b = o.atoms;
        Expr[] outAtoms = new Expr[a.length + b.length];
        int[] outExponents = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            int c = ExprOrder.INSTANCE.compare(a[i], b[j]);
            if (c < 0) {
                outAtoms[n] = a[i];
                outExponents[n++] = exponents[i++];
            } else if (c > 0) {
                outAtoms[n] = b[j];
                outExponents[n++] = o.exponents[j++];
            } else {
                outAtoms[n] = a[i];
                outExponents[n++] = Budget.exponent((long) exponents[i++] + o.exponents[j++]);
            }
        }
        while (i < a.length) {
            outAtoms[n] = a[i];
            outExponents[n++] = exponents[i++];
        }
        while (j < b.length) {
            outAtoms[n] = b[j];
            outExponents[n++] = o.exponents[j++];
        }
        return of(outAtoms, outExponents, n);
    }

    /** {@code this^e} for {@code e ≥ 0}: every exponent multiplied by {@code e}. */
    Monomial pow(int e) {
        if (e == 0) {
            return ONE;
        }
        int[] out = new int[exponents.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Budget.exponent((long) exponents[i] * e);
        }
        return new Monomial(atoms, out);
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
        // the two sorted arrays walked side by side
        Expr[] outAtoms = new Expr[atoms.length];
        int[] outExponents = new int[atoms.length];
        int n = 0;
        int j = 0;
        for (int i = 0; i < atoms.length; i++) {
            int left = exponents[i];
            if (j < o.atoms.length && ExprOrder.INSTANCE.compare(atoms[i], o.atoms[j]) == 0) {
                left -= o.exponents[j++];
            }
            if (left != 0) {
                outAtoms[n] = atoms[i];
                outExponents[n++] = left;
            }
        }
        if (j < o.atoms.length) {
            // as the map walk did: an atom of o that this monomial lacks
            throw new NoSuchElementException();
        }
        return of(outAtoms, outExponents, n);
    }

    /** The greatest common divisor: each atom to its smaller exponent. */
    Monomial gcd(Monomial o) {
        // one divides the other (a polynomial's monomial content, once found, divides every term): no new arrays
        if (o.divisibleBy(this)) {
            return this;
        }
        if (divisibleBy(o)) {
            return o;
        }
        Expr[] outAtoms = new Expr[Math.min(atoms.length, o.atoms.length)];
        int[] outExponents = new int[outAtoms.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < atoms.length && j < o.atoms.length) {
            int c = ExprOrder.INSTANCE.compare(atoms[i], o.atoms[j]);
            if (c < 0) {
                i++;
            } else if (c > 0) {
                j++;
            } else {
                outAtoms[n] = atoms[i];
                outExponents[n++] = Math.min(exponents[i++], o.exponents[j++]);
            }
        }
        return of(outAtoms, outExponents, n);
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

    /** Equal powers (atoms equal in {@link ExprOrder}, the same exponents), as the maps' {@code equals}. */
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

    /** The power map's hash: the sum over the atoms of {@code atom.hashCode() ^ exponent}. */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < atoms.length; i++) {
                h += atoms[i].hashCode() ^ Integer.hashCode(exponents[i]);
            }
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Monomial[powers=" + powers() + "]";
    }
}
