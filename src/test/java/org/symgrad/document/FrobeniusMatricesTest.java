package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A plain capital inside a Frobenius norm, Y of {@code \|S - Y\|_F^2}, is a matrix wherever the document writes it whole (the
 * Frobenius norm is a matrix's), and a gradient by a matrix the document defines, ∂L/∂S with {@code S = XW}, is read entry by
 * entry at S as the loss uses it, not with S's definition expanded away.
 */
class FrobeniusMatricesTest {
    private static final String SCORES = "Let $X \\in \\mathbb{R}^{n\\times d}$ and $W \\in \\mathbb{R}^{d\\times k}$, and let $S = XW$. The loss is\n\n"
            + "$$L = \\frac{1}{2}\\|S - Y\\|_F^2$$\n\n";

    @Test
    void theGradientByADefinedMatrixIsReadEntryByEntry() {
        // was: ✗ (wrong), 'the left side is 0' (∂L/∂S read as by a number S, which L with S = XW expanded does not use)
        PublicInputsTest.check(SCORES + "$$\\frac{\\partial L}{\\partial S} = S - Y$$\n\n"
                + "$$\\frac{\\partial L}{\\partial S} = 2(S - Y)$$\n", "✓✗");
    }

    @Test
    void aCapitalInTheNormIsAMatrixInTheSteps() {
        // was: ✗ (wrong), Y read as one number in X^T(XW - Y) beside L's matrix Y
        PublicInputsTest.check(SCORES + "$$\\frac{\\partial L}{\\partial W} = X^\\top (XW - Y)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = X^\\top (S - Y)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = X^\\top (Y - S)$$\n", "✓✓✗");
    }

    @Test
    void aDisplayedDefinitionAndAnUprightFReadAlike() {
        // was: every step skipped, 'a norm (\|S - Y\|) of this is matrix notation'
        PublicInputsTest.check("Let $X \\in \\mathbb{R}^{n\\times d}$, $W \\in \\mathbb{R}^{d\\times k}$.\n\n$$S = XW$$\n\n"
                + "$$L = \\frac{1}{2}\\|S - Y\\|_{\\mathrm{F}}^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial S} = S - Y$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = X^\\top (S - Y)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = 2X^\\top (XW - Y)$$\n", "✓✓✗");
    }
}
