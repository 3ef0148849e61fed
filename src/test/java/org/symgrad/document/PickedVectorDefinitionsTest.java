package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A vector picked by a label letter and defined by vector notation, {@code \mathbf{h}_t = \tanh(\mathbf{a}_t)}, defines its entries
 * (h_{ti} = tanh(a_{ti})), as its Jacobians read them; a capital the document read as a matrix before is that matrix after a
 * diag ({@code \mathrm{diag}(1 - \mathbf{h}_t^2)\, U}), not a number. Softmax stays not entrywise. Right lines ✓, wrong ones ✗.
 */
class PickedVectorDefinitionsTest {
    @Test
    void anEntrywiseFunctionOfAPickedVectorDefinesItsEntries() {
        String tanh = "$$\\mathbf{h}_t = \\tanh(\\mathbf{a}_t)$$\n\n";
        assertMarks("✓", tanh + "$$\\frac{\\partial \\mathbf{h}_t}{\\partial \\mathbf{a}_t} = \\mathrm{diag}(1 - \\mathbf{h}_t^2)$$\n");
        assertMarks("✗", tanh + "$$\\frac{\\partial \\mathbf{h}_t}{\\partial \\mathbf{a}_t} = \\mathrm{diag}(1 - \\mathbf{h}_t)$$\n");
        String sigmoid = "$$\\mathbf{y}_k = \\sigma(\\mathbf{z}_k)$$\n\n";
        assertMarks("✓", sigmoid + "$$\\frac{\\partial \\mathbf{y}_k}{\\partial \\mathbf{z}_k} = \\mathrm{diag}(\\mathbf{y}_k \\odot (1 - \\mathbf{y}_k))$$\n");
        assertMarks("✗", sigmoid + "$$\\frac{\\partial \\mathbf{y}_k}{\\partial \\mathbf{z}_k} = \\mathrm{diag}(\\mathbf{y}_k)$$\n");
    }

    @Test
    void aRecurrentStateIsReadWithItsMatricesAsMatrices() {
        String rnn = "$$\\mathbf{h}_t = \\tanh(W\\mathbf{h}_{t-1} + U\\mathbf{x}_t)$$\n\n";
        assertMarks("✓", rnn + "$$\\frac{\\partial \\mathbf{h}_t}{\\partial \\mathbf{x}_t} = \\mathrm{diag}(1 - \\mathbf{h}_t^2) U$$\n");
        assertMarks("✗", rnn + "$$\\frac{\\partial \\mathbf{h}_t}{\\partial \\mathbf{x}_t} = \\mathrm{diag}(1 - \\mathbf{h}_t) U$$\n");
        assertMarks("✗", rnn + "$$\\frac{\\partial \\mathbf{h}_t}{\\partial \\mathbf{x}_t} = \\mathrm{diag}(1 - \\mathbf{h}_t^2) U^\\top$$\n");
    }

    @Test
    void softmaxIsNoEntrywiseFunction() {
        String softmax = "$$\\hat{\\mathbf{y}} = \\mathrm{softmax}(\\mathbf{z})$$\n\n";
        assertMarks("✓", softmax + "$$\\hat{y}_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n");
        assertMarks("✗", softmax + "$$\\hat{y}_i = \\frac{e^{z_i}}{\\sum_k e^{z_i}}$$\n");
        assertMarks("✓", softmax + "$$\\frac{\\partial \\hat{\\mathbf{y}}}{\\partial \\mathbf{z}} = \\mathrm{diag}(\\hat{\\mathbf{y}}) - \\hat{\\mathbf{y}}\\hat{\\mathbf{y}}^\\top$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial \\hat{\\mathbf{y}}}{\\partial \\mathbf{z}} = \\mathrm{diag}(\\hat{\\mathbf{y}})$$\n");
    }

    @Test
    void aDigitIsNoLabelThatPicksAVector() {
        // \mathbf{x}_1 = … is read as before: no entries of x_1 are defined by it
        String got = marks("$$\\mathbf{x}_1 = \\tanh(\\mathbf{a})$$\n\n$$\\frac{\\partial \\mathbf{h}}{\\partial \\mathbf{a}} = \\mathrm{diag}(1 - \\mathbf{h}^2)$$\n");
        assertFalse(got.startsWith("✓") || got.startsWith("✗"), got);
        assertTrue(got.contains("h"), got);
    }
}
