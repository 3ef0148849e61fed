package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Vector notation, round five (VectorEntries): a letter written above a bold name labels it ({@code \mathbf{h}^a},
 * {@code \mathbf{o}^{s}}, {@code \boldsymbol{W}^{l}}), as the reader reads it, and such a name is a vector or matrix
 * of its own with entries h^{(a)}_i. Each right step ✓ and each wrong step ✗ is decided by the check's own sampling.
 */
class VectorNotationRoundFiveTest {
    @Test
    void aLetterAboveABoldNameLabelsIt() {
        // seed 001: \mathbf{h}^a, \mathbf{h}^s (pre- and post-activation), as the reader reads h_j^a
        assertMarks("✓", "$$\\mathbf{W}(\\mathbf{h}^a + \\mathbf{h}^s) = \\mathbf{W}\\mathbf{h}^a + \\mathbf{W}\\mathbf{h}^{s}$$\n");
        assertMarks("✗", "$$\\mathbf{W}(\\mathbf{h}^a + \\mathbf{h}^s) = \\mathbf{W}\\mathbf{h}^a + \\mathbf{h}^{s}$$\n");
        assertMarks("✓", "$$(\\mathbf{h}^a)^T\\mathbf{h}^s = \\sum_i h_i^a h_i^s$$\n");
        assertMarks("✗", "$$(\\mathbf{h}^a)^T\\mathbf{h}^s = 2\\sum_i h_i^a h_i^s$$\n");
        // other spellings: braced, \boldsymbol, a labelled matrix, T still the transpose
        assertMarks("✓", "$$(\\boldsymbol{a}^{l})^\\top \\boldsymbol{W}^{l} \\boldsymbol{a}^{l} = \\sum_i \\sum_j a_i^l W_{ij}^l a_j^l$$\n");
        assertMarks("✗", "$$(\\boldsymbol{a}^{l})^\\top \\boldsymbol{W}^{l} \\boldsymbol{a}^{l} = \\sum_i \\sum_j a_i^l W_{ji}^l a_i^l$$\n");
        assertMarks("✓", "$$\\mathbf{x}^T\\mathbf{h}^{s} = \\sum_k x_k h_k^s$$\n");
    }

    private static final String LAYER = "$$\\mathbf{h}^s = \\sigma(\\mathbf{h}^a)$$\n\n$$\\mathbf{o}^a = \\mathbf{W}\\mathbf{h}^s$$\n\n"
            + "$$L = \\sum_k o_k^a$$\n\n";

    @Test
    void aLabelledVectorDefinedByNameIsDefinedEntryByEntry() {
        assertMarks("✓", LAYER + "$$\\frac{\\partial L}{\\partial h_j^a} = \\frac{\\partial L}{\\partial h_j^s} \\sigma(h_j^a)(1 - \\sigma(h_j^a))$$\n");
        assertMarks("✗", LAYER + "$$\\frac{\\partial L}{\\partial h_j^a} = \\frac{\\partial L}{\\partial h_j^s} \\sigma(h_j^a)$$\n");
        // seed 001 line 366: the activation φ the document does not define is still applied entry by entry, h^s_i = φ(h^a_i)
        String phi = "$$\\mathbf{h}^s = \\phi(\\mathbf{h}^a)$$\n\n$$\\mathbf{o}^a = \\mathbf{W}\\mathbf{h}^s$$\n\n$$L = \\sum_k o_k^a$$\n\n";
        assertMarks("✓", phi + "$$\\frac{\\partial L}{\\partial \\mathbf{h}_{j}^{a}} = \\frac{\\partial L}{\\partial \\mathbf{h}_{j}^{s}}"
                + " \\frac{\\partial \\mathbf{h}_{j}^{s}}{\\partial \\mathbf{h}_{j}^{a}}$$\n");
        assertMarks("✗", phi + "$$\\frac{\\partial L}{\\partial h_j^a} = \\frac{\\partial L}{\\partial h_j^s}$$\n");
    }

    @Test
    void aGradientByALabelledVectorIsReadEntryByEntry() {
        String z = "$$\\boldsymbol{z}^{s} = \\boldsymbol{W}^{l}\\boldsymbol{h}^{a}$$\n\n$$L = \\sum_i z_i^s$$\n\n";
        assertMarks("✓", z + "$$\\frac{\\partial L}{\\partial \\boldsymbol{h}^{a}} = (\\boldsymbol{W}^{l})^T \\mathbf{1}$$\n");
        assertMarks("✗", z + "$$\\frac{\\partial L}{\\partial \\boldsymbol{h}^{a}} = \\boldsymbol{W}^{l} \\mathbf{1}$$\n");
        // the label inside \nabla's subscript is no index letter of the statement
        assertMarks("✓", z + "$$\\nabla_{\\mathbf{h}^a} L = (\\boldsymbol{W}^{l})^T \\mathbf{1}$$\n");
        assertMarks("✗", z + "$$\\nabla_{\\mathbf{h}^a} L = \\boldsymbol{W}^{l} \\mathbf{1}$$\n");
        // seed 001 lines 342–343: the gradients by W^{(2)} and b^{(2)} through o^a
        String out = "$$\\mathbf{o}^a = \\mathbf{W}^{(2)}\\mathbf{h}^s + \\mathbf{b}^{(2)}$$\n\n$$L = \\sum_k (o_k^a)^2$$\n\n";
        assertMarks("✓", out + "$$\\frac{\\partial L}{\\partial \\mathbf{W}^{(2)}} = \\frac{\\partial L}{\\partial \\mathbf{o}^a} (\\mathbf{h}^s)^T$$\n");
        assertMarks("✗", out + "$$\\frac{\\partial L}{\\partial \\mathbf{W}^{(2)}} = \\frac{\\partial L}{\\partial \\mathbf{o}^a} (\\mathbf{o}^a)^T$$\n");
        assertMarks("✓", out + "$$\\frac{\\partial L}{\\partial \\mathbf{b}^{(2)}} = 2\\mathbf{o}^a$$\n");
        assertMarks("✗", out + "$$\\frac{\\partial L}{\\partial \\mathbf{b}^{(2)}} = \\mathbf{o}^a$$\n");
    }

    @Test
    void aPowerOfAPlainNameIsStillAPower() {
        // only a bold name takes a letter label: x^n of a scalar stays a power
        String got = marks("$$\\frac{\\partial}{\\partial x} x^n = n x^{n-1}$$\n");
        assertTrue(got.startsWith("✓"), got);
    }
}
