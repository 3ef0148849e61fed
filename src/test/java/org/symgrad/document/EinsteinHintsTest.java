package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A step false with an index repeated in a product read as one fixed index, and true with it summed (the Einstein
 * convention, which many authors use without saying so), is undecided with a hint rather than false; a step false in
 * both readings stays false, and a document that states the convention is checked with it.
 */
class EinsteinHintsTest {
    private static final String LAYER = "$$y_i = W_{ij} x_j$$\n\n$$L = \\frac{1}{2} (y_i - t_i)(y_i - t_i)$$\n\n";

    @Test
    void aStepTrueOnlyWithTheRepeatedIndexSummedIsUndecidedWithTheHint() {
        // was ✗ ✗ ✗: j of W_{ij} x_j read as one fixed index
        String steps = "$$\\frac{\\partial y_i}{\\partial x_k} = W_{ik}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial x_k} = (y_i - t_i) W_{ik}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial x_k} = (y_i - t_i) W_{ki}$$\n";
        FreshNotationTest.assertMarks("??✗", LAYER + steps);
        String got = FreshNotationTest.marks(LAYER + steps);
        assertTrue(got.contains("Einstein convention") && got.contains("symgrad: einstein"), got);
        // stated, the convention decides the same steps
        FreshNotationTest.assertMarks("✓✓✗", "Repeated indices are summed.\n\n" + LAYER + steps);
    }

    @Test
    void aSumLeftOutInADocumentThatWritesItsSumsStaysFalse() {
        // the author writes Σ_j W_{ij} x_j: a step without the sum over i is a sum left out, not the convention
        String summed = "$$y_i = \\sum_j W_{ij} x_j$$\n\n$$L = \\frac{1}{2} \\sum_i (y_i - t_i)^2$$\n\n";
        FreshNotationTest.assertMarks("✓✗", summed + "$$\\frac{\\partial L}{\\partial x_k} = \\sum_i (y_i - t_i) W_{ik}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial x_k} = (y_i - t_i) W_{ik}$$\n");
    }

    @Test
    void aFalseStepWithoutARepeatedIndexStaysFalse() {
        FreshNotationTest.assertMarks("✗", "$$y_i = w_i x_i$$\n\n$$\\frac{\\partial y_i}{\\partial x_i} = x_i$$\n");
        FreshNotationTest.assertMarks("✓✗", "$$f = x^2$$\n\n$$\\frac{df}{dx} = 2x$$\n\n$$\\frac{df}{dx} = x$$\n");
    }
}
