package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The Frobenius norm of a matrix expression ({@code \|RA - B\|_F^2}) is the sum of the squares of its entries, RA a matrix
 * product: read entry by entry where the statement writes matrices, and never with a product of two matrices taken entry by
 * entry (R_km A_km). Before, the norm was read by components with RA entrywise, so the trace expansion of the Procrustes
 * misfit, a right step, was called false, and the entrywise sum, a wrong one, was proven.
 */
class FrobeniusNormsTest {
    @Test
    void theFrobeniusNormOfAProductIsReadAsTheProduct() {
        PublicInputsTest.check("For matrices $A$, $B$ and $R$,\n\n"
                + "$$\\|RA - B\\|_F^2 = \\operatorname{tr}(A^\\top R^\\top R A) - 2\\operatorname{tr}(R^\\top B A^\\top) + \\operatorname{tr}(B^\\top B)$$\n\n"
                + "$$\\|RA - B\\|_F^2 = \\operatorname{tr}(A^\\top A) - 2\\operatorname{tr}(R^\\top B A^\\top) + \\operatorname{tr}(B^\\top B)$$\n", "≈✗");
    }

    @Test
    void aProductOfMatricesInAFrobeniusNormIsNeverEntryByEntry() {
        // R, A, B in a Frobenius norm are matrices (FrobeniusCapitals): RA is read as the product, so the entrywise sum, a
        // wrong step, is false (was skipped)
        PublicInputsTest.check("$$\\|RA - B\\|_F^2 = \\sum_{i}\\sum_{j}(R_{ij}A_{ij} - B_{ij})^2$$\n\n"
                + "$$\\|W\\|_F^2 = \\sum_i\\sum_j W_{ij}^2$$\n", "✗✓");
    }
}
