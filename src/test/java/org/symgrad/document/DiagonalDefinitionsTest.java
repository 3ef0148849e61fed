package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A capital the prose defines in inline math as a diagonal matrix ({@code $D = \operatorname{diag}(d)$}) is diagonal, as
 * "$D$ is diagonal" says: where its definition is not read, D is drawn diagonal, so a step true for every diagonal (hence
 * symmetric) D holds.
 */
class DiagonalDefinitionsTest {
    @Test
    void anUnreadDiagonalDefinitionStillMakesTheMatrixDiagonal() {
        // d_i written: d stays a letter by its entries and D's definition is not read; was ∇f = Dw ✗ (wrong), 'true if D is symmetric'
        PublicInputsTest.check("Let $D = \\operatorname{diag}(d)$ with entries $d_i > 0$.\n\n"
                + "$$f(w) = \\frac{1}{2} w^\\top D w$$\n"
                + "$$\\nabla_w f = D w$$\n"
                + "$$\\nabla_w f = 2 D w$$\n", "✓✗");
    }
}
