package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The Hessian of a function of a plain vector, written in matrix form with an outer product: {@code \nabla_w^2 \ell =
 * \sigma(y w^\top x)(1 - \sigma(y w^\top x)) x x^\top} after {@code \ell(w) = \log(1 + \exp(-y\, w^\top x))}. The vector
 * the Hessian is by is the function's parameter its body reads by entries (EntryParameters, now also under
 * {@code \nabla_w^2} and {@code \nabla^2_w}), and a plain letter right after a transposed vector ({@code w^\top x}) is a
 * vector too, so entry (i, j) of x x^⊤ is x_i x_j. Before: skipped, 'a script on a derivative operator is not understood'.
 */
class PlainHessiansTest {
    private static final String LOSS = "Consider the logistic loss with labels $y \\in \\{-1, +1\\}$:\n"
            + "$$\\ell(w) = \\log\\left(1 + \\exp(-y\\, w^\\top x)\\right).$$\nThe Hessian is\n";

    @Test
    void theHessianOfTheMarginLossIsAWeightedOuterProduct() {
        assertMarks("✓", LOSS + "$$\\nabla_w^2 \\ell = \\sigma(y w^\\top x)\\bigl(1 - \\sigma(y w^\\top x)\\bigr) x x^\\top$$\n");
        assertMarks("✓", LOSS + "$$\\nabla^2_{w} \\ell = \\sigma(y w^\\top x)\\bigl(1 - \\sigma(y w^\\top x)\\bigr) x x^\\top$$\n");
        // a factor of σ' dropped, or the sign of the loss's curvature turned
        assertMarks("✗", LOSS + "$$\\nabla_w^2 \\ell = \\sigma(y w^\\top x) x x^\\top$$\n");
        assertMarks("✗", LOSS + "$$\\nabla_w^2 \\ell = -\\sigma(y w^\\top x)\\bigl(1 - \\sigma(y w^\\top x)\\bigr) x x^\\top$$\n");
    }

    @Test
    void theGradientBesideItIsStillReadByComponents() {
        assertMarks("✓", LOSS + "$$\\nabla_w \\ell = -y\\,x\\,\\sigma(-y w^\\top x)$$\n");
        assertMarks("✗", LOSS + "$$\\nabla_w \\ell = y\\,x\\,\\sigma(-y w^\\top x)$$\n");
    }
}
