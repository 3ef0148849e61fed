package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The inverse of a diagonal matrix the document defines ({@code W = \mathrm{diag}(p_i(1 - p_i))}, then {@code W^{-1}}) read
 * entry by entry from the definition: (W⁻¹)_rc = δ_rc / W_rr. Before, it was left undecided: the inverse of a defined matrix
 * was computed from drawn entries, not from the definition's.
 */
class DiagonalInversesTest {
    @Test
    void theInverseOfADefinedDiagonalIsEntrywise() {
        PublicInputsTest.check("The rows of $X$ are $\\mathbf{x}_i^\\top$ and $p_i = \\sigma(\\mathbf{x}_i^\\top\\boldsymbol\\beta)$, where "
                + "$W = \\mathrm{diag}(p_i(1 - p_i))$, with the working response $\\mathbf{z} = X\\boldsymbol\\beta + W^{-1}(\\mathbf{y} - "
                + "\\mathbf{p})$. Then\n\n"
                + "$$X^\\top W\\mathbf{z} = X^\\top W X\\boldsymbol\\beta + X^\\top(\\mathbf{y} - \\mathbf{p})$$\n\n"
                + "$$X^\\top W\\mathbf{z} = X^\\top W X\\boldsymbol\\beta + X^\\top W(\\mathbf{y} - \\mathbf{p})$$\n", "✓✗");
    }
}
