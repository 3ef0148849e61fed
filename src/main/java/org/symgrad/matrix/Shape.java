package org.symgrad.matrix;

import java.util.List;

/**
 * The four shapes of matrix notation. A vector is a column unless transposed; a product's shape
 * has the rows of its first factor and the columns of its last; elementwise operations broadcast
 * a scalar over the other operand.
 */
public enum Shape {
    SCALAR(false, false),
    COLUMN(true, false),
    ROW(false, true),
    MATRIX(true, true);

    private final boolean rows;
    private final boolean columns;

    Shape(boolean rows, boolean columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** Whether this shape has a row axis of length n (it is a column vector or a matrix). */
    public boolean hasRows() {
        return rows;
    }

    /** Whether this shape has a column axis of length n (it is a row vector or a matrix). */
    public boolean hasColumns() {
        return columns;
    }

    Shape transposed() {
        return of(columns, rows);
    }

    static Shape of(boolean rows, boolean columns) {
        return rows ? (columns ? MATRIX : COLUMN) : (columns ? ROW : SCALAR);
    }

    /**
     * The shape of the matrix product of factors of these shapes; each inner pair must agree (an
     * n-column factor before an n-row one, a 1-column factor before a 1-row one).
     */
    static Shape product(List<Shape> shapes) {
        for (int i = 0; i + 1 < shapes.size(); i++) {
            Shape left = shapes.get(i);
            Shape right = shapes.get(i + 1);
            if (left == SCALAR || right == SCALAR || left.columns != right.rows) {
                throw new IllegalArgumentException("shapes do not chain: " + shapes);
            }
        }
        return of(shapes.get(0).rows, shapes.get(shapes.size() - 1).columns);
    }

    /** The shape of an elementwise combination: all non-scalar operands agree; scalars broadcast. */
    static Shape broadcast(List<Shape> shapes) {
        Shape out = SCALAR;
        for (Shape s : shapes) {
            if (s == SCALAR) {
                continue;
            }
            if (out != SCALAR && out != s) {
                throw new IllegalArgumentException("elementwise operands of different shapes: " + shapes);
            }
            out = s;
        }
        return out;
    }
}
