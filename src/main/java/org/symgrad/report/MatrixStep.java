package org.symgrad.report;

import org.symgrad.derive.Derivation;
import org.symgrad.matrix.MatrixForm;
import org.symgrad.matrix.MatrixReading;

/**
 * The last step a derivation can end with: its result in matrix form ({@code = diag(y) − y yᵀ
 * (in matrix form)}), or the reason there is none.
 */
final class MatrixStep {
    /** The rule a matrix-form step cites. */
    static final String RULE = "in-matrix-form";

    private MatrixStep() {
    }

    static MatrixReading of(Derivation d) {
        return MatrixForm.ofDerivative(d.result(), d.of(), d.wrt(), d.labels());
    }

    /** What a report says when the result has no matrix form. */
    static String none(MatrixReading r) {
        return "no matrix form: " + r.reason();
    }
}
