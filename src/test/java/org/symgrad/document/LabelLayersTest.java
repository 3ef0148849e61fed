package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Layers labelled by a letter above ({@link LabelLayers}), as Nielsen's chapter 2 writes them: the general layer's
 * {@code z^l_j}, {@code a^l_j} and {@code \delta^l_j \equiv \partial C/\partial z^l_j}. A step relating δ at two layers is a
 * claim checked with the layers it writes instantiated, not a new meaning of δ^l; the gradients by the layer's own bias
 * and weights stay those of the one δ.
 */
class LabelLayersTest {
    private static final String GENERAL = "$$z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j, \\qquad a^l_j = \\sigma(z^l_j).$$\n\n"
            + "$$\\delta^l_j \\equiv \\frac{\\partial C}{\\partial z^l_j}.$$\n\n";

    @Test
    void theFourEquationsOfTheGeneralLayer() {
        String bp2 = "$$\\delta^l_j = \\sum_k w^{l+1}_{kj} \\delta^{l+1}_k \\sigma'(z^l_j).$$\n\n";
        String bp3 = "$$\\frac{\\partial C}{\\partial b^l_j} = \\delta^l_j.$$\n\n";
        String bp4 = "$$\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j.$$\n";
        assertMarks("✓✓✓", GENERAL + bp2 + bp3 + bp4);
        String doc = PublicInputsTest.describe(PublicInputsTest.check(GENERAL + bp2 + bp3 + bp4));
        assertTrue(!doc.contains("redefines"), doc);
    }

    @Test
    void slipsBetweenLayersAreFalse() {
        // the weight's indices swapped, the activation of the wrong layer, the derivative of σ dropped
        assertMarks("✗", GENERAL + "$$\\delta^l_j = \\sum_k w^{l+1}_{jk} \\delta^{l+1}_k \\sigma'(z^l_j).$$\n");
        assertMarks("✗", GENERAL + "$$\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l}_k \\delta^l_j.$$\n");
        assertMarks("✗", GENERAL + "$$\\delta^l_j = \\sum_k w^{l+1}_{kj} \\delta^{l+1}_k.$$\n");
    }

    @Test
    void theLayerBelowByTheSameRule() {
        assertMarks("✓", GENERAL + "$$\\delta^{l-1}_k = \\sigma'(z^{l-1}_k) \\sum_j w^l_{jk} \\delta^l_j.$$\n");
        assertMarks("✓", GENERAL + "$$\\delta^{l-1}_k = a^{l-1}_k (1 - a^{l-1}_k) \\sum_j w^l_{jk} \\delta^l_j.$$\n");
        assertMarks("✗", GENERAL + "$$\\delta^{l-1}_k = \\sum_j w^l_{jk} \\delta^l_j.$$\n");
        assertMarks("✓", GENERAL + "$$\\frac{\\partial C}{\\partial a^{l-1}_k} = \\sum_j w^l_{jk} \\delta^l_j$$\n");
    }

    @Test
    void theRecursionIsAClaimEvenWhereItIsWrong() {
        // a wrong BP2 first, then BP3: δ^l keeps its meaning ∂C/∂z^l, so BP3 is still right
        assertMarks("✗✓", GENERAL + "$$\\delta^l_j = \\sum_k w^{l+1}_{jk} \\delta^{l+1}_k \\sigma'(z^l_j).$$\n\n"
                + "$$\\frac{\\partial C}{\\partial b^l_j} = \\delta^l_j.$$\n");
    }
}
