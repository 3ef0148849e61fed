package org.symgrad.parse.latex;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes of vector and matrix expressions ({@link VectorEntries}): a shape is rows × columns, each
 * either one or a dimension whose size is not known; two dimensions that must agree (the inner
 * dimensions of a product, the sides of a sum) are unified. A dimension never unifies with one: a
 * vector is never read as a 1 × 1 matrix, so no product is read by guessing a size.
 */
final class Shapes {
    /** The dimension of size one. */
    static final int ONE = 0;

    private final List<Integer> parent = new ArrayList<>(List.of(ONE));
    /** The dimensions a document names ({@link Dimensions}): two of different names are never made one. */
    private final java.util.Set<Integer> named = new java.util.HashSet<>();
    /**
     * The dimensions of a known size, those of a matrix written out entry by entry ({@link WrittenMatrices}), by their root:
     * one is made one only with another of the same size, never with a dimension of unknown size (a name's entries run
     * over the whole index range, a written-out matrix's over its rows and columns only).
     */
    private final java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
    private boolean unsized;

    /** A rows × columns shape; {@link #ONE} or a dimension made by {@link #fresh()}. */
    record Shape(int rows, int columns) {
        static final Shape SCALAR = new Shape(ONE, ONE);

        boolean scalar() {
            return rows == ONE && columns == ONE;
        }

        Shape transposed() {
            return new Shape(columns, rows);
        }

        /** 0 for a scalar, 1 for a vector (either way round), 2 for a matrix. */
        int rank() {
            return (rows == ONE ? 0 : 1) + (columns == ONE ? 0 : 1);
        }
    }

    /** A dimension of unknown size. */
    int fresh() {
        unsized = true;
        parent.add(parent.size());
        return parent.size() - 1;
    }

    /** A dimension of unknown size the document names: it is one with another named dimension only if that is itself. */
    int freshNamed() {
        int d = fresh();
        named.add(d);
        return d;
    }

    /** A dimension of the known size {@code size} (at least 2). */
    int sized(int size) {
        parent.add(parent.size());
        int d = parent.size() - 1;
        sizes.put(d, size);
        return d;
    }

    /** Whether a dimension of unknown size was made: a vector or matrix name's, a gradient's. */
    boolean anyUnsized() {
        return unsized;
    }

    /** The known size of a dimension, or null. */
    Integer size(int d) {
        return sizes.get(find(d));
    }

    private int find(int d) {
        while (parent.get(d) != d) {
            d = parent.get(d);
        }
        return d;
    }

    /** Makes {@code a} and {@code b} one dimension; false when one of them is one and the other is not. */
    boolean unify(int a, int b) {
        int x = find(a);
        int y = find(b);
        if (x == y) {
            return true;
        }
        if (x == ONE || y == ONE || named.contains(x) && named.contains(y) || !java.util.Objects.equals(sizes.get(x), sizes.get(y))) {
            return false;
        }
        parent.set(Math.max(x, y), Math.min(x, y));
        if (named.contains(x) || named.contains(y)) {
            named.add(Math.min(x, y));
        }
        return true;
    }

    /** Makes the two shapes one; false when they cannot be. */
    boolean unify(Shape a, Shape b) {
        return unify(a.rows(), b.rows()) && unify(a.columns(), b.columns());
    }

    /** Whether two dimensions are one. */
    boolean same(int a, int b) {
        return find(a) == find(b);
    }

    boolean isOne(int d) {
        return find(d) == ONE;
    }
}
