package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A gradient by a row that the loss fixes by its own label is read row by row throughout: beside ∂J/∂v_c of
 * J = −log σ(u_o^⊤ v_c) − Σ_k log σ(−u_k^⊤ v_c), the plain u_o and the u_k the step sums over are rows of u, their
 * component at the gradient's place u_{oj}, u_{kj}. Before, they were read as entries of a vector u, and the right
 * skip-gram gradient was a wrong ✗.
 */
class LabelledRowsInGradientsTest {
    private static final String LOSS = "The skip-gram negative-sampling loss for centre vector $v_c$, context $u_o$ and negatives $u_k$ is\n"
            + "$$J = -\\log \\sigma(u_o^\\top v_c) - \\sum_{k=1}^{K} \\log \\sigma(-u_k^\\top v_c).$$\n";

    @Test
    void rowsTheLossFixesOrTheStepSumsOverAreReadByTheirComponents() {
        PublicInputsTest.check(LOSS + "Then\n$$\\frac{\\partial J}{\\partial v_c} = (\\sigma(u_o^\\top v_c) - 1) u_o"
                + " + \\sum_{k=1}^{K} \\sigma(u_k^\\top v_c)\\, u_k .$$\nForgetting the one:\n"
                + "$$\\frac{\\partial J}{\\partial v_c} = \\sigma(u_o^\\top v_c) u_o + \\sum_{k=1}^{K} \\sigma(u_k^\\top v_c)\\, u_k .$$\n", "✓✗");
    }
}
