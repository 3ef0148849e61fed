package org.symgrad.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.symgrad.eval.AbstractFunction;
import org.symgrad.expr.Expr;
import org.symgrad.functions.FunctionRegistry;
import org.symgrad.functions.SoftmaxComponent;
import org.symgrad.matrix.Matrix;
import org.symgrad.matrix.Shape;

/**
 * Evaluates a matrix form numerically with plain dense linear algebra, independently of the code
 * that produced it: every index ranges over {@code 1..n}, a scalar is a 1×1 array, a column
 * vector n×1, a row vector 1×n, a matrix n×n; elementwise operations broadcast a 1×1 operand. A
 * leaf's entries come from the caller (the index form of the leaf with its axes bound).
 */
public final class MatrixEvaluator {
    /** The value of a leaf's index-form entry with its axes bound to concrete indices. */
    @FunctionalInterface
    public interface Entries {
        double at(Expr entry, Map<String, Integer> bindings);
    }

    private final int n;
    private final Entries entries;

    public MatrixEvaluator(int n, Entries entries) {
        this.n = n;
        this.entries = entries;
    }

    /** The value of {@code m}, with the dimensions of its {@link Shape}. */
    public double[][] evaluate(Matrix m) {
        double[][] v = value(m);
        int rows = m.shape().hasRows() ? n : 1;
        int columns = m.shape().hasColumns() ? n : 1;
        if (v.length != rows || v[0].length != columns) {
            throw new AssertionError(m.shape() + " evaluated to " + v.length + "×" + v[0].length);
        }
        return v;
    }

    private double[][] value(Matrix m) {
        return switch (m) {
            case Matrix.Leaf l -> leaf(l);
            case Matrix.Constant c -> new double[][] {{c.value().doubleValue()}};
            case Matrix.Identity i -> {
                double[][] out = new double[n][n];
                for (int r = 0; r < n; r++) {
                    out[r][r] = 1;
                }
                yield out;
            }
            case Matrix.Ones o -> {
                double[][] out = new double[n][1];
                for (int r = 0; r < n; r++) {
                    out[r][0] = 1;
                }
                yield out;
            }
            case Matrix.Diag d -> {
                double[][] v = value(d.vector());
                double[][] out = new double[n][n];
                for (int r = 0; r < n; r++) {
                    out[r][r] = v[r][0];
                }
                yield out;
            }
            case Matrix.Transpose t -> transpose(value(t.operand()));
            case Matrix.Product p -> {
                double[][] out = value(p.factors().get(0));
                for (Matrix f : p.factors().subList(1, p.factors().size())) {
                    out = multiply(out, value(f));
                }
                yield out;
            }
            case Matrix.Hadamard h -> fold(h.factors(), (a, b) -> a * b);
            case Matrix.Scaled s -> fold(s.factors(), (a, b) -> a * b);
            case Matrix.Sum s -> fold(s.terms(), Double::sum);
            case Matrix.Apply a when a.function().equals(SoftmaxComponent.NAME) -> softmax(value(a.argument()));
            case Matrix.Apply a -> {
                double[][] arg = value(a.argument());
                yield map(arg, x -> apply(a.function(), x));
            }
            case Matrix.Power p -> {
                double e = value(p.exponent())[0][0];
                yield map(value(p.base()), x -> Math.pow(x, e));
            }
        };
    }

    private double[][] leaf(Matrix.Leaf l) {
        List<String> axes = l.axes();
        int rows = axes.isEmpty() ? 1 : n;
        int columns = axes.size() == 2 ? n : 1;
        double[][] out = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Map<String, Integer> b = new LinkedHashMap<>();
                if (!axes.isEmpty()) {
                    b.put(axes.get(0), r + 1);
                }
                if (axes.size() == 2) {
                    b.put(axes.get(1), c + 1);
                }
                out[r][c] = entries.at(l.entry(), b);
            }
        }
        return out;
    }

    /** The softmax of a vector (a column or a row): every entry's exp over the sum of them all. */
    private static double[][] softmax(double[][] v) {
        double total = 0;
        for (double[] row : v) {
            for (double x : row) {
                total += Math.exp(x);
            }
        }
        double s = total;
        return map(v, x -> Math.exp(x) / s);
    }

    private static double apply(String function, double x) {
        if (FunctionRegistry.isKnown(function)) {
            return FunctionRegistry.get(function).value(x);
        }
        String name = function;
        int primes = 0;
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
            primes++;
        }
        return AbstractFunction.value(name, primes, new double[] {x});
    }

    private static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[0].length; c++) {
                out[c][r] = a[r][c];
            }
        }
        return out;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        if (a[0].length != b.length) {
            throw new AssertionError("cannot multiply " + a.length + "×" + a[0].length + " by " + b.length + "×" + b[0].length);
        }
        double[][] out = new double[a.length][b[0].length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < b[0].length; c++) {
                double s = 0;
                for (int k = 0; k < b.length; k++) {
                    s += a[r][k] * b[k][c];
                }
                out[r][c] = s;
            }
        }
        return out;
    }

    private double[][] fold(List<Matrix> operands, DoubleBinaryOperator op) {
        double[][] out = value(operands.get(0));
        for (Matrix m : operands.subList(1, operands.size())) {
            out = broadcast(out, value(m), op);
        }
        return out;
    }

    private static double[][] broadcast(double[][] a, double[][] b, DoubleBinaryOperator op) {
        int rows = Math.max(a.length, b.length);
        int columns = Math.max(a[0].length, b[0].length);
        boolean aScalar = a.length == 1 && a[0].length == 1;
        boolean bScalar = b.length == 1 && b[0].length == 1;
        if (!aScalar && !bScalar && (a.length != b.length || a[0].length != b[0].length)) {
            throw new AssertionError("elementwise operands " + a.length + "×" + a[0].length + " and "
                    + b.length + "×" + b[0].length);
        }
        double[][] out = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                double x = aScalar ? a[0][0] : a[r][c];
                double y = bScalar ? b[0][0] : b[r][c];
                out[r][c] = op.applyAsDouble(x, y);
            }
        }
        return out;
    }

    private static double[][] map(double[][] a, java.util.function.DoubleUnaryOperator f) {
        double[][] out = new double[a.length][a[0].length];
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[0].length; c++) {
                out[r][c] = f.applyAsDouble(a[r][c]);
            }
        }
        return out;
    }
}
