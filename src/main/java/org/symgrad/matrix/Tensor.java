package org.symgrad.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A matrix-notation value together with the index names of its axes: no axes for a scalar,
 * {@code [i]} for a column vector over {@code i}, {@code [i, j]} for a matrix with rows over
 * {@code i} and columns over {@code j}. The translation from index notation works on these.
 */
record Tensor(Matrix value, List<String> axes) {
    Tensor {
        axes = List.copyOf(axes);
        Shape expected = switch (axes.size()) {
            case 0 -> Shape.SCALAR;
            case 1 -> Shape.COLUMN;
            case 2 -> Shape.MATRIX;
            default -> throw new IllegalArgumentException("at most two axes: " + axes);
        };
        if (value.shape() != expected) {
            throw new IllegalArgumentException(value.shape() + " with axes " + axes);
        }
    }

    int rank() {
        return axes.size();
    }

    Set<String> axisSet() {
        return Set.copyOf(axes);
    }

    /** This matrix with its rows over {@code row} (transposed if needed); a vector as it is. */
    Tensor withRows(String row) {
        if (rank() == 2 && !axes.get(0).equals(row)) {
            return new Tensor(Matrices.transpose(value), axes.reversed());
        }
        return this;
    }

    /** This matrix with its columns over {@code column}. */
    Tensor withColumns(String column) {
        if (rank() == 2 && !axes.get(1).equals(column)) {
            return new Tensor(Matrices.transpose(value), axes.reversed());
        }
        return this;
    }

    /** The axis of a matrix that is not {@code index}. */
    String other(String index) {
        return axes.get(0).equals(index) ? axes.get(1) : axes.get(0);
    }

    /**
     * This value spread over {@code target} (which contains every axis of it), as a term of a sum:
     * a matrix in the target's orientation, a vector as {@code v 𝟏ᵀ} or {@code 𝟏 vᵀ}, a scalar as
     * it is (a scalar is added to every entry).
     */
    Matrix inSum(List<String> target) {
        if (rank() == 0) {
            return value;
        }
        return filled(target);
    }

    /** This value as a full tensor over {@code target}: every missing axis is made with {@code 𝟏}. */
    Matrix filled(List<String> target) {
        if (!target.containsAll(axes)) {
            throw new IllegalArgumentException(axes + " not within " + target);
        }
        if (target.size() == rank()) {
            return rank() == 2 ? withRows(target.get(0)).value() : value;
        }
        if (target.size() == 1) {
            return Matrices.scaled(List.of(value, new Matrix.Ones(target.get(0))));
        }
        String row = target.get(0);
        String column = target.get(1);
        if (rank() == 0) {
            return Matrices.scaled(List.of(value, outerOnes(row, column)));
        }
        List<Matrix> factors = new ArrayList<>();
        if (axes.get(0).equals(row)) {
            factors.add(value);
            factors.add(Matrices.transpose(new Matrix.Ones(column)));
        } else {
            factors.add(new Matrix.Ones(row));
            factors.add(Matrices.transpose(value));
        }
        return Matrices.product(factors);
    }

    private static Matrix outerOnes(String row, String column) {
        return Matrices.product(List.of(new Matrix.Ones(row), Matrices.transpose(new Matrix.Ones(column))));
    }
}
