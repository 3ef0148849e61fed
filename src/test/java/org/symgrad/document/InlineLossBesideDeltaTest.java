package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A backward pass that names the loss's derivative ({@code δ_2 = ∂L/∂ŷ = ŷ − y}) below "Let … and $L = \tfrac12(\hat y - y)^2$":
 * δ_2 is the derivative of the loss the prose defines. It was read as the upstream gradient of a loss the document leaves
 * undefined (L = δ_2 ŷ, {@link UpstreamGradients}), which made the right steps ∂L/∂w_2 = δ_2 h and ∂L/∂z = δ_2 w_2 (1 − h²)
 * false: a wrong ✗.
 */
class InlineLossBesideDeltaTest {
    private static final String NET = "Let $z = w_1 x + b_1$, $h = \\tanh(z)$, $\\hat y = w_2 h + b_2$ and $L = \\tfrac12(\\hat y - y)^2$.\n\n"
            + "Backward pass:\n\\begin{align*}\n\\delta_2 &= \\frac{\\partial L}{\\partial \\hat y} = \\hat y - y,\\\\\n";

    @Test
    void theDeltaNamesTheDerivativeOfTheLossTheProseDefines() {
        assertMarks("✓✓✓", NET + "\\frac{\\partial L}{\\partial w_2} &= \\delta_2\\, h,\\\\\n"
                + "\\frac{\\partial L}{\\partial z} &= \\delta_2\\, w_2\\, (1 - h^2)\n\\end{align*}\n");
        assertMarks("✓✓✗", NET + "\\frac{\\partial L}{\\partial w_2} &= \\delta_2\\, h,\\\\\n"
                + "\\frac{\\partial L}{\\partial z} &= \\delta_2\\, w_2\\, (1 - h)\n\\end{align*}\n");
        assertMarks("✓✗", NET + "\\frac{\\partial L}{\\partial w_2} &= \\delta_2\n\\end{align*}\n");
    }

    @Test
    void aLossTheDocumentLeavesUndefinedIsStillKnownThroughItsGradient() {
        // no definition of L anywhere: δ_2 = ∂L/∂ŷ gives L's first derivatives (ImpliedUpstreamGradientTest)
        String net = "Let $z = w_1 x + b_1$, $h = \\tanh(z)$ and $\\hat y = w_2 h + b_2$.\n\n"
                + "$$\\delta_2 = \\frac{\\partial L}{\\partial \\hat y}$$\n\n";
        assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial w_2} = \\delta_2\\, h$$\n");
        assertMarks("✗", net + "$$\\frac{\\partial L}{\\partial w_2} = \\delta_2$$\n");
    }
}
