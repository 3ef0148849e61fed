package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Word2vec's negative-sampling loss writes the context word's row u_o and the negatives' rows u_k of one matrix; the
 * negatives are other words than o ({@link OtherRowSums}). Before, ∂J/∂u_o = (σ(u_o^⊤ v_c) − 1) v_c and
 * ∂J/∂u_k = σ(u_k^⊤ v_c) v_c were wrong ✗ at a point where a negative was the context word.
 */
class OtherRowSumsTest {
    private static final String LOSS = "The skip-gram negative-sampling loss for centre vector $v_c$, context $u_o$ and negatives $u_k$ is\n"
            + "$$J = -\\log \\sigma(u_o^\\top v_c) - \\sum_{k=1}^{K} \\log \\sigma(-u_k^\\top v_c).$$\n";

    @Test
    void theNegativesSumRunsOverOtherWordsThanTheContextWord() {
        PublicInputsTest.check(LOSS + "With $\\sigma'(x) = \\sigma(x)(1-\\sigma(x))$,\n"
                + "$$\\frac{\\partial J}{\\partial v_c} = (\\sigma(u_o^\\top v_c) - 1) u_o + \\sum_{k=1}^{K} \\sigma(u_k^\\top v_c)\\, u_k .$$\n"
                + "Also\n$$\\frac{\\partial J}{\\partial u_o} = (\\sigma(u_o^\\top v_c) - 1) v_c,$$\n"
                + "and for each negative sample,\n$$\\frac{\\partial J}{\\partial u_k} = \\sigma(u_k^\\top v_c)\\, v_c .$$\n"
                + "A common slip drops the minus one:\n$$\\frac{\\partial J}{\\partial u_o} = \\sigma(u_o^\\top v_c)\\, v_c,$$\n"
                + "another the sign of a negative's gradient:\n$$\\frac{\\partial J}{\\partial u_k} = -\\sigma(u_k^\\top v_c)\\, v_c .$$\n",
                "✓✓✓✗✗");
    }

    @Test
    void theCentreVectorBesideAnOutsideRowsGradientIsItsComponent() {
        // a .tex solution that names the words, not the vectors: v_c is a vector beside the rows' gradients (was: undecided,
        // 'vc ... is not a vector of the gradient's shape', since J's definition has the label o free)
        PublicInputsTest.check("The loss for a centre word $c$ with outside word $o$ and $K$ negative samples $u_1,\\dots,u_K$ is\n"
                + "\\begin{equation}\nJ = -\\log \\sigma(u_o^\\top v_c) - \\sum_{k=1}^{K} \\log \\sigma(-u_k^\\top v_c).\n\\end{equation}\n"
                + "\\begin{align*}\n\\frac{\\partial J}{\\partial u_o} &= (\\sigma(u_o^\\top v_c) - 1) v_c, \\\\\n"
                + "\\frac{\\partial J}{\\partial u_k} &= \\sigma(u_k^\\top v_c)\\, v_c \\quad \\text{for } k = 1,\\dots,K.\n\\end{align*}\n"
                + "A tempting mistake is\n\\begin{equation}\n\\frac{\\partial J}{\\partial u_k} = -\\sigma(-u_k^\\top v_c)\\, v_c .\n\\end{equation}\n",
                "✓✓✗");
    }

    @Test
    void softmaxsSumRunsOverEveryClassTheLabelsToo() {
        // no negatives named: log Σ_k e^{z_k} beside z_y runs over y too, and dropping the softmax term stays a mistake
        PublicInputsTest.check("The loss is $L = -z_y + \\log \\sum_{k=1}^{K} e^{z_k}$, so\n"
                + "$$\\frac{\\partial L}{\\partial z_y} = \\frac{e^{z_y}}{\\sum_{k=1}^{K} e^{z_k}} - 1$$\n"
                + "and, wrongly,\n$$\\frac{\\partial L}{\\partial z_y} = -1 .$$\n", "✓✗");
    }
}
