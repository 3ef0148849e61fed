package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Ridge regression's gradient as books write it, (XᵀX + λI)w − Xᵀy: the bold I is the identity (its entry
 * δ_ik), not an undefined name that left the step undecided. The right step holds (at least at every sampled
 * point); with λI dropped it is false.
 */
class IdentityMatrixTest {
    private static final String RIDGE = "$$J(\\mathbf{w}) = \\frac{1}{2}\\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|^2 + "
            + "\\frac{\\lambda}{2}\\mathbf{w}^T\\mathbf{w}$$\n\n";

    @Test
    void theBoldIIsTheIdentity() {
        CheckedDocument d = PublicInputsTest.check(RIDGE + "$$\\nabla_{\\mathbf{w}} J = (\\mathbf{X}^T\\mathbf{X} + \\lambda "
                + "\\mathbf{I})\\mathbf{w} - \\mathbf{X}^T\\mathbf{y}$$\n\n$$\\nabla_{\\mathbf{w}} J = (\\mathbf{X}^T\\mathbf{X} + "
                + "\\mathbf{I})\\mathbf{w} - \\mathbf{X}^T\\mathbf{y}$$\n");
        String marks = PublicInputsTest.marks(d);
        assertTrue(marks.matches("[✓≈]✗"), () -> PublicInputsTest.describe(d));
    }
}
