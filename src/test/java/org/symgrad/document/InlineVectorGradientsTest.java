package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A derivative by a vector written without its component index, where only inline definitions use the name as a vector
 * ("The scores are $s_j = \frac{q^\top k_j}{\sqrt{d}}$"): the gradient, read component by component as after display
 * definitions. Before, ∂a_i/∂q was the derivative by a scalar q, 0, and the right attention gradient a wrong ✗.
 */
class InlineVectorGradientsTest {
    @Test
    void attentionWeightsGradientByTheQueryIsReadByComponents() {
        PublicInputsTest.check("The scores are $s_j = \\frac{q^\\top k_j}{\\sqrt{d}}$ and the weights "
                + "$a_j = \\frac{\\exp(s_j)}{\\sum_{l} \\exp(s_l)}$. Then\n"
                + "$$\\frac{\\partial a_i}{\\partial s_j} = a_i(\\delta_{ij} - a_j)$$\nand so\n"
                + "$$\\frac{\\partial a_i}{\\partial q} = \\frac{a_i}{\\sqrt{d}}\\left(k_i - \\sum_j a_j k_j\\right).$$\n"
                + "Forgetting the scale gives\n"
                + "$$\\frac{\\partial a_i}{\\partial q} = a_i\\left(k_i - \\sum_j a_j k_j\\right).$$\n", "✓✓✗");
    }
}
