package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain capital read as a matrix earlier in the document stays a matrix in a later display that writes no vector
 * notation of its own ({@code \nabla_X f = C - X^{-1}} after {@code \nabla_X f = C^\top + X^{-\top}}), where every side then
 * reads as a matrix; a plain I beside such a matrix is the identity ({@code 2S - 2\lambda I}); prose that calls a matrix
 * symmetric with a noun between ("the symmetric scatter matrix $S$") states its symmetry. Before, such displays were skipped
 * (X⁻¹ "an inverse or power of a matrix", I a number), and the scatter matrix was drawn general.
 */
class RememberedMatricesTest {
    private static final String BARRIER = "For a symmetric cost matrix $C$ and symmetric $X$,\n\n"
            + "$$f(X) = \\operatorname{tr}(CX) - \\log\\det X$$\n\n$$\\nabla_X f = C^\\top - X^{-\\top}$$\n\n";

    @Test
    void aCapitalReadAsAMatrixBeforeStaysOneWhereNothingElseSaysSo() {
        assertMarks("✓✓", BARRIER + "$$\\nabla_X f = C - X^{-1}$$\n");
        assertMarks("✓✗", BARRIER + "$$\\nabla_X f = C + X^{-1}$$\n");
    }

    @Test
    void aPlainIBesideAMatrixReadBeforeIsTheIdentity() {
        String doc = "Let $S$ be a symmetric matrix.\n\n"
                + "$$g(\\mathbf{w}) = \\mathbf{w}^\\top S \\mathbf{w} - \\lambda\\mathbf{w}^\\top \\mathbf{w}$$\n\n";
        assertMarks("✓", doc + "$$\\nabla^2_{\\mathbf{w}} g = 2S - 2\\lambda I$$\n");
        assertMarks("✗", doc + "$$\\nabla^2_{\\mathbf{w}} g = 2S - \\lambda I$$\n");
    }

    @Test
    void theSymmetricScatterMatrixIsSymmetric() {
        // right for a symmetric S, which the text states with a noun between the adjective and "matrix"
        assertMarks("≈", "Let $\\Sigma$ be the covariance and write the symmetric scatter matrix $S$ of the samples.\n\n"
                + "$$\\ell(\\Sigma) = -\\frac{n}{2}\\log|\\Sigma| - \\frac{1}{2}\\operatorname{tr}(\\Sigma^{-1}S)$$\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{n}{2}\\Sigma^{-1} + \\frac{1}{2}\\Sigma^{-1}S\\Sigma^{-1}$$\n");
    }
}
