package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A batch that "goes through $Z = …$": the formula after the verb sets up what the text works
 * with, as "consider" does (InlineDefinitions.ANNOUNCED). Before, the batched layer's gradients were ???? ('Z is defined only
 * in inline math that no word announces').
 */
class LayerOutputAnnouncementsTest {
    @Test
    void aBatchGoesThroughTheLayersFormula() {
        assertMarks("✓✓✓✗", "A batch $X \\in \\mathbb{R}^{B \\times d}$ goes through $Z = XW + \\mathbf{1}\\mathbf{b}^\\top$ with "
                + "$W \\in \\mathbb{R}^{d \\times h}$, $\\mathbf{b} \\in \\mathbb{R}^h$. Given the upstream gradient "
                + "$G = \\frac{\\partial L}{\\partial Z}$,\n\n$$\\frac{\\partial L}{\\partial W} = X^\\top G$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\mathbf{b}} = G^\\top \\mathbf{1}$$\n\n$$\\frac{\\partial L}{\\partial X} = G W^\\top$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = G X^\\top$$\n");
    }
}
