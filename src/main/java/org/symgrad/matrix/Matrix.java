package org.symgrad.matrix;

import java.util.List;
import java.util.Objects;
import org.symgrad.expr.Expr;
import org.symgrad.expr.Rational;

/**
 * An expression in matrix notation (SPEC §10): vectors are columns, {@code Aᵀ} transposes,
 * {@link Product} is the matrix product, {@link Hadamard} the elementwise product {@code ⊙}, a
 * scalar plus a vector or matrix is elementwise. Immutable, structural equality; the
 * {@link #shape()} of every node follows from its children.
 *
 * <p>A {@link Leaf} keeps the index-form expression it stands for ({@code W_{ij}} with its axes
 * {@code [i, j]}, or {@code ∂L/∂y_k} with axis {@code [k]}, or an index-free scalar such as
 * {@code σ(o) − y}), so a matrix form can be evaluated, printed and turned into code entry by
 * entry. {@link Identity} and {@link Ones} name the index whose range is their size.
 */
public sealed interface Matrix {

    /** Whether this is a scalar, a column vector, a row vector or a matrix. */
    Shape shape();

    /**
     * A named tensor (or an index-free scalar expression): {@code entry} with free indices
     * {@code axes} (row first; a vector is a column); {@code entry} with no axes is a scalar.
     */
    record Leaf(Expr entry, List<String> axes) implements Matrix {
        public Leaf {
            Objects.requireNonNull(entry);
            axes = List.copyOf(axes);
            if (axes.size() > 2) {
                throw new IllegalArgumentException("a matrix leaf has at most two axes: " + axes);
            }
        }

        @Override
        public Shape shape() {
            return switch (axes.size()) {
                case 0 -> Shape.SCALAR;
                case 1 -> Shape.COLUMN;
                default -> Shape.MATRIX;
            };
        }
    }

    /** An exact scalar constant. */
    record Constant(Rational value) implements Matrix {
        public Constant {
            Objects.requireNonNull(value);
        }

        @Override
        public Shape shape() {
            return Shape.SCALAR;
        }
    }

    /** The identity matrix {@code I} over the range of {@code index}. */
    record Identity(String index) implements Matrix {
        @Override
        public Shape shape() {
            return Shape.MATRIX;
        }
    }

    /** The all-ones column vector {@code 𝟏} over the range of {@code index}. */
    record Ones(String index) implements Matrix {
        @Override
        public Shape shape() {
            return Shape.COLUMN;
        }
    }

    /** {@code diag(v)}: the square matrix with the column vector {@code v} on its diagonal. */
    record Diag(Matrix vector) implements Matrix {
        public Diag {
            if (vector.shape() != Shape.COLUMN) {
                throw new IllegalArgumentException("diag takes a column vector, not a " + vector.shape());
            }
        }

        @Override
        public Shape shape() {
            return Shape.MATRIX;
        }
    }

    /** {@code Aᵀ}. */
    record Transpose(Matrix operand) implements Matrix {
        @Override
        public Shape shape() {
            return operand.shape().transposed();
        }
    }

    /** The matrix product {@code A B C …} of two or more factors, none of them a scalar. */
    record Product(List<Matrix> factors) implements Matrix {
        public Product {
            factors = List.copyOf(factors);
            if (factors.size() < 2) {
                throw new IllegalArgumentException("a matrix product has at least two factors");
            }
            Shape.product(factors.stream().map(Matrix::shape).toList());
        }

        @Override
        public Shape shape() {
            return Shape.product(factors.stream().map(Matrix::shape).toList());
        }
    }

    /** The elementwise product {@code a ⊙ b ⊙ …} of two or more operands of one shape. */
    record Hadamard(List<Matrix> factors) implements Matrix {
        public Hadamard {
            factors = List.copyOf(factors);
            if (factors.size() < 2) {
                throw new IllegalArgumentException("an elementwise product has at least two factors");
            }
            Shape.broadcast(factors.stream().map(Matrix::shape).toList());
        }

        @Override
        public Shape shape() {
            return Shape.broadcast(factors.stream().map(Matrix::shape).toList());
        }
    }

    /** A product in which every factor but at most one is a scalar: {@code β A}, {@code 2 σ(o)}. */
    record Scaled(List<Matrix> factors) implements Matrix {
        public Scaled {
            factors = List.copyOf(factors);
            if (factors.size() < 2) {
                throw new IllegalArgumentException("a scalar product has at least two factors");
            }
            if (factors.stream().filter(f -> f.shape() != Shape.SCALAR).count() > 1) {
                throw new IllegalArgumentException("a scalar product has at most one non-scalar factor");
            }
        }

        @Override
        public Shape shape() {
            return Shape.broadcast(factors.stream().map(Matrix::shape).toList());
        }
    }

    /** A sum of two or more terms of one shape; a scalar term is added to every entry. */
    record Sum(List<Matrix> terms) implements Matrix {
        public Sum {
            terms = List.copyOf(terms);
            if (terms.size() < 2) {
                throw new IllegalArgumentException("a sum has at least two terms");
            }
            Shape.broadcast(terms.stream().map(Matrix::shape).toList());
        }

        @Override
        public Shape shape() {
            return Shape.broadcast(terms.stream().map(Matrix::shape).toList());
        }
    }

    /** A scalar function applied to every entry: {@code σ(z)}, {@code exp(x)}, {@code f(z)}. */
    record Apply(String function, Matrix argument) implements Matrix {
        public Apply {
            Objects.requireNonNull(function);
            Objects.requireNonNull(argument);
        }

        @Override
        public Shape shape() {
            return argument.shape();
        }
    }

    /** Every entry raised to a scalar power: {@code h^⊙2}, {@code 1 ⊘ y}; for a scalar, {@code x²}. */
    record Power(Matrix base, Matrix exponent) implements Matrix {
        public Power {
            if (exponent.shape() != Shape.SCALAR) {
                throw new IllegalArgumentException("an exponent is a scalar");
            }
        }

        @Override
        public Shape shape() {
            return base.shape();
        }
    }
}
