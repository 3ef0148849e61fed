package org.symgrad.eval;

import java.util.Optional;
import java.util.function.BiFunction;
import org.symgrad.expr.Rational;

/**
 * The inverse and the determinant of a square matrix ({@link org.symgrad.expr.MatrixFunctionNames}) from its entries, by
 * Gauss–Jordan elimination with row exchanges: in ball arithmetic, exact where the entries are (every drawn value is a
 * dyadic rational, so a drawn matrix's inverse and determinant are exact rationals: {@code X⁻¹X = I} holds exactly at every
 * point, whatever the matrix's conditioning), and in double for the finite differences of the {@link Evaluator}. A pivot is
 * taken only where its ball is certainly not 0; where no row offers one the matrix is singular, or too close to it to
 * tell, and the inverse is undefined there (the point is not used), while the determinant is then 0 only where every
 * value was exact.
 */
final class SquareMatrices {
    private SquareMatrices() {
    }

    /** The inverse and determinant of one matrix; the inverse is empty where the matrix is singular or cannot be told from it. */
    record Solved(Optional<Ball[][]> inverse, Ball determinant) {
        /** The entry (i, j) of the inverse, 1-based; undefined where there is no inverse or the entry lies outside it. */
        Ball inverseEntry(int i, int j) {
            if (inverse.isEmpty() || i < 1 || j < 1 || i > inverse.get().length || j > inverse.get().length) {
                return Ball.UNDEFINED;
            }
            return inverse.get()[i - 1][j - 1];
        }
    }

    /** The n×n matrix whose entry (i, j), 1-based, is {@code entry.apply(i, j)}: its inverse and determinant. */
    static Solved solve(int n, BiFunction<Integer, Integer, Ball> entry) {
        Ball[][] a = new Ball[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = entry.apply(i + 1, j + 1);
                if (!a[i][j].isDefined()) {
                    return new Solved(Optional.empty(), Ball.UNDEFINED);
                }
                a[i][n + j] = Ball.exact(i == j ? Rational.ONE : Rational.ZERO);
            }
        }
        Ball determinant = Ball.exact(Rational.ONE);
        boolean exact = true;
        for (int c = 0; c < n; c++) {
            int pivot = -1;
            for (int r = c; r < n && pivot < 0; r++) {
                exact &= a[r][c].isExact();
                if (nonZero(a[r][c])) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                boolean allExact = exact;
                for (int r = c; r < n; r++) {
                    allExact &= a[r][c].isExact();
                }
                return new Solved(Optional.empty(), allExact ? Ball.exact(Rational.ZERO) : Ball.UNDEFINED);
            }
            if (pivot != c) {
                Ball[] t = a[pivot];
                a[pivot] = a[c];
                a[c] = t;
                determinant = determinant.negate();
            }
            Ball p = a[c][c];
            determinant = determinant.multiply(p);
            Ball inverse = p.reciprocal();
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] = a[c][j].multiply(inverse);
            }
            for (int r = 0; r < n; r++) {
                if (r == c || a[r][c].isExact() && a[r][c].exactValue().isZero()) {
                    continue;
                }
                Ball f = a[r][c];
                for (int j = 0; j < 2 * n; j++) {
                    a[r][j] = a[r][j].subtract(f.multiply(a[c][j]));
                }
            }
        }
        Ball[][] out = new Ball[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!a[i][n + j].isDefined()) {
                    return new Solved(Optional.empty(), determinant);
                }
                out[i][j] = a[i][n + j];
            }
        }
        return new Solved(Optional.of(out), determinant);
    }

    /** The n×n matrix of doubles {@code entry}: its inverse (NaN where singular) and determinant, in double. */
    static double[][] inverse(int n, BiFunction<Integer, Integer, Double> entry, double[] determinant) {
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = entry.apply(i + 1, j + 1);
                a[i][n + j] = i == j ? 1 : 0;
            }
        }
        double det = 1;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            if (pivot != c) {
                double[] t = a[pivot];
                a[pivot] = a[c];
                a[c] = t;
                det = -det;
            }
            double p = a[c][c];
            det *= p;
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= p;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        determinant[0] = det;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, out[i], 0, n);
        }
        return out;
    }

    /** Whether the ball is certainly not 0. */
    private static boolean nonZero(Ball b) {
        if (b.isExact()) {
            return !b.exactValue().isZero();
        }
        return b.mid().abs().doubleValue() > 2 * b.radius();
    }
}
