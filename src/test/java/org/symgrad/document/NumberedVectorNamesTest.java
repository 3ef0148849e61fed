package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A bold vector numbered below, {@code \mathbf{w}_2} of a two-layer network, has one name in the whole document
 * (NumberedVectors): the vector w^{(2)} of its own, as a layer's {@code \mathbf{W}_1} is W^{(1)}, unless the document writes
 * its components after the number ({@code w_{2k}}), where it is member 2 of the family w. Before, the inner product
 * {@code \hat y = \mathbf{w}_2^\top \mathbf{h} + b_2} summed w_{2k} h_k while the step's {@code \mathbf{w}_2} was w^{(2)}, so the
 * right ∂L/∂b_1 was a wrong ✗ and ∂L/∂w_2 undecided ('L does not depend on w⁽²⁾_i').
 */
class NumberedVectorNamesTest {
    private static final String NET = "Let $\\mathbf{h} = \\sigma(\\mathbf{W}_1 \\mathbf{x} + \\mathbf{b}_1)$, "
            + "$\\hat y = \\mathbf{w}_2^\\top \\mathbf{h} + b_2$ and $L = \\frac{1}{2}(\\hat y - y)^2$.\n\n";
    private static final String DISPLAYS = "$$\\mathbf{h} = \\sigma(\\mathbf{W}_1 \\mathbf{x} + \\mathbf{b}_1)$$\n\n"
            + "$$\\hat y = \\mathbf{w}_2^\\top \\mathbf{h} + b_2$$\n\n$$L = \\frac{1}{2}(\\hat y - y)^2$$\n\n";

    @Test
    void aNumberedBoldVectorInAnInnerProductIsTheVectorTheStepsWrite() {
        for (String net : new String[] {NET, DISPLAYS}) {
            assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{w}_2} = (\\hat y - y)\\mathbf{h}$$\n");
            assertMarks("✗", net + "$$\\frac{\\partial L}{\\partial \\mathbf{w}_2} = (y - \\hat y)\\mathbf{h}$$\n");
            assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{b}_1} = (\\hat y - y)\\, \\mathbf{w}_2 \\odot \\mathbf{h} \\odot (1 - \\mathbf{h})$$\n");
            // the σ' factor dropped, the residual's sign
            assertMarks("✗", net + "$$\\frac{\\partial L}{\\partial \\mathbf{b}_1} = (\\hat y - y)\\, \\mathbf{w}_2 \\odot \\mathbf{h}$$\n");
            assertMarks("✗", net + "$$\\frac{\\partial L}{\\partial \\mathbf{b}_1} = (y - \\hat y)\\, \\mathbf{w}_2 \\odot \\mathbf{h} \\odot (1 - \\mathbf{h})$$\n");
            assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{h}} = (\\hat y - y)\\mathbf{w}_2$$\n");
        }
    }

    @Test
    void aBracketedNumberTimesParenthesesIsAProduct() {
        // (ŷ − y)(…) x^⊤: the outer product of the first layer's weights, the parentheses no call
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{W}_1} = (\\hat y - y)\\left(\\mathbf{w}_2 \\odot \\mathbf{h} "
                + "\\odot (1 - \\mathbf{h})\\right) \\mathbf{x}^\\top$$\n");
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{W}_1} = (\\hat y - y)(\\mathbf{w}_2 \\odot \\mathbf{h} "
                + "\\odot (1 - \\mathbf{h})) \\mathbf{x}^\\top$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{W}_1} = (\\hat y - y)(\\mathbf{w}_2 \\odot \\mathbf{h}) \\mathbf{x}^\\top$$\n");
        // turned round: x δ^⊤ has the transpose's entries
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial \\mathbf{W}_1} = (\\hat y - y)\\mathbf{x}(\\mathbf{w}_2 \\odot \\mathbf{h} "
                + "\\odot (1 - \\mathbf{h}))^\\top$$\n");
    }

    @Test
    void componentsWrittenAfterTheNumberMakeTheVectorAFamilyMember() {
        String family = "$$\\hat y = \\mathbf{w}_2^\\top \\mathbf{h} + b_2$$\n\n";
        assertMarks("✓", family + "$$\\frac{\\partial \\hat y}{\\partial h_k} = w_{2k}$$\n");
        assertMarks("✗", family + "$$\\frac{\\partial \\hat y}{\\partial h_k} = 2 w_{2k}$$\n");
        // the same document in bold and by components: one name, w_{2k}, in both readings
        assertMarks("✓✓", family + "$$\\frac{\\partial \\hat y}{\\partial h_k} = w_{2k}$$\n\n"
                + "$$\\frac{\\partial \\hat y}{\\partial \\mathbf{h}} = \\mathbf{w}_2$$\n");
    }
}
