package org.symgrad.matrix;

import java.util.Objects;
import java.util.Optional;

/**
 * The matrix reading of an index-notation result: the {@link Matrix} when one exists, otherwise
 * the reason there is none ({@code "three or more free indices [i, k, l]"}).
 */
public final class MatrixReading {
    private final Matrix matrix;
    private final String reason;

    private MatrixReading(Matrix matrix, String reason) {
        this.matrix = matrix;
        this.reason = reason;
    }

    static MatrixReading of(Matrix m) {
        return new MatrixReading(Objects.requireNonNull(m), "");
    }

    static MatrixReading none(String reason) {
        return new MatrixReading(null, Objects.requireNonNull(reason));
    }

    /** The matrix form, if the result has one. */
    public Optional<Matrix> matrix() {
        return Optional.ofNullable(matrix);
    }

    public boolean exists() {
        return matrix != null;
    }

    /** Why there is no matrix form (empty when there is one). */
    public String reason() {
        return reason;
    }

    /** The matrix form in ASCII ({@code (V^T @ (y - t)) .* h}), if there is one. */
    public Optional<String> ascii() {
        return matrix().map(MatrixPrinter::ascii);
    }

    public Optional<String> unicode() {
        return matrix().map(MatrixPrinter::unicode);
    }

    public Optional<String> latex() {
        return matrix().map(MatrixPrinter::latex);
    }

    @Override
    public String toString() {
        return exists() ? MatrixPrinter.ascii(matrix) : "no matrix form: " + reason;
    }
}
