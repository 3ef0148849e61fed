package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A capital defined as a matrix, {@code S = \mathrm{diag}(\sigma(X\mathbf{w}) \odot (1 - \sigma(X\mathbf{w})))}, is that
 * matrix in the statements after it: logistic regression's Hessian {@code X^\top S X} read S as a number and was undecided;
 * now ✓, and {@code X^\top X} without S ✗.
 */
class DefinedMatrixCapitalsTest {
    private static final String LOGISTIC = "$$\\ell(\\mathbf{w}) = -\\mathbf{y}^\\top \\log \\sigma(X\\mathbf{w}) - (\\mathbf{1} - \\mathbf{y})^\\top "
            + "\\log(\\mathbf{1} - \\sigma(X\\mathbf{w}))$$\n\nLet\n\n"
            + "$$S = \\mathrm{diag}(\\sigma(X\\mathbf{w}) \\odot (1 - \\sigma(X\\mathbf{w})))$$\n\nThen\n\n";

    @Test
    void aCapitalDefinedByDiagIsThatMatrixAfter() {
        assertMarks("✓", LOGISTIC + "$$\\nabla^2_{\\mathbf{w}} \\ell = X^\\top S X$$\n");
        assertMarks("✗", LOGISTIC + "$$\\nabla^2_{\\mathbf{w}} \\ell = X^\\top X$$\n");
        assertMarks("✗", LOGISTIC + "$$\\nabla^2_{\\mathbf{w}} \\ell = 2X^\\top S X$$\n");
    }
}
