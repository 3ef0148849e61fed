package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A plain letter written alone inside diag, d of {@code D = \operatorname{diag}(d)}, is a vector wherever the document writes
 * it whole (diag builds a matrix from a vector's entries), so D reads as the diagonal matrix of d and the steps by it check.
 */
class DiagonalLettersTest {
    private static final String QUADRATIC = "$$f(w) = \\frac{1}{2} w^\\top D w$$\n"
            + "$$\\nabla_w f = D w$$\n"
            + "$$\\nabla_w f = d \\odot w$$\n"
            + "$$\\nabla_w f = 2 D w$$\n";

    @Test
    void anInlineDiagonalOfAPlainLetterIsThatDiagonalMatrix() {
        // was: ∇f = Dw ✗ (wrong), 'true if D is symmetric', D = diag(d) not read; d ⊙ w skipped
        PublicInputsTest.check("Let $D = \\operatorname{diag}(d)$.\n\n" + QUADRATIC, "✓✓✗");
    }

    @Test
    void aDisplayedDiagonalOfAPlainLetterIsRead() {
        // was: every step skipped, 'definition of D could not be read: matrix notation is not supported yet'
        PublicInputsTest.check("$$D = \\mathrm{diag}(d)$$\n" + QUADRATIC, "✓✓✗");
    }

    @Test
    void aLetterWrittenByItsEntriesIsNoneOfThese() {
        // d_i written elsewhere: d is read by its entries, not made a vector here; D stays undecided as before
        PublicInputsTest.check("Let $D = \\operatorname{diag}(d)$ with entries $d_i > 0$.\n\n" + "$$f(w) = \\frac{1}{2} w^\\top D w$$\n"
                + "$$\\nabla_w f = 2 D w$$\n", "✗");
    }
}
