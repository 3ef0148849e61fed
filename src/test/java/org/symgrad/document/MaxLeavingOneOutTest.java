package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A max that leaves one value out ({@code \max_{j \neq y} s_j}, Crammer–Singer's multiclass hinge): read as its max
 * entry at a label, the one the document names ({@code j^* = \arg\max_{j \neq y} s_j}) or else j^*, which is never y;
 * its derivative is the indicator of that entry where it is the only max, and the note says so.
 */
class MaxLeavingOneOutTest {
    private static final String HINGE = "$$L = \\max\\left(0, 1 + \\max_{j \\neq y} s_j - s_y\\right)$$\n\n";
    private static final String ACTIVE = "\\mathbb{1}\\left[1 + \\max_{j \\neq y} s_j - s_y > 0\\right]";

    @Test
    void theCorrectClassGradient() {
        String right = marks(HINGE + "$$\\frac{\\partial L}{\\partial s_y} = -" + ACTIVE + "$$\n");
        assertTrue(right.startsWith("✓"), right);
        assertMarks("✗", HINGE + "$$\\frac{\\partial L}{\\partial s_y} = " + ACTIVE + "$$\n");
        assertMarks("✗", HINGE + "$$\\frac{\\partial L}{\\partial s_y} = -1$$\n");
        // \ne and a named label read the same
        assertMarks("✓", "$$L = \\max\\left(0, 1 + \\max_{j \\ne y} s_j - s_y\\right)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial s_y} = -\\mathbb{1}\\left[1 + \\max_{j \\ne y} s_j - s_y > 0\\right]$$\n");
    }

    @Test
    void everyClassGradientAtTheMaximiser() {
        String named = "$$j^* = \\arg\\max_{j \\neq y} s_j$$\n\n" + HINGE;
        assertMarks("✓", named + "$$\\frac{\\partial L}{\\partial s_k} = \\left(\\mathbb{1}[k = j^*] - \\mathbb{1}[k = y]\\right) "
                + ACTIVE + "$$\n");
        assertMarks("✗", named + "$$\\frac{\\partial L}{\\partial s_k} = \\left(\\mathbb{1}[k = y] - \\mathbb{1}[k = j^*]\\right) "
                + ACTIVE + "$$\n");
        // without a named label the max entry is at j^* all the same
        assertMarks("✓", HINGE + "$$\\frac{\\partial L}{\\partial s_k} = \\left(\\mathbb{1}[k = j^*] - \\mathbb{1}[k = y]\\right) "
                + ACTIVE + "$$\n");
        assertMarks("✗", HINGE + "$$\\frac{\\partial L}{\\partial s_k} = \\mathbb{1}[k = j^*] " + ACTIVE + "$$\n");
    }

    @Test
    void aMaxWhoseLeftOutValueIsSummedOverIsNotOneEntry() {
        // Σ_y max_{j≠y} s_j: the max entry moves with y, so no one label stands for it; the step is not checked as if it did
        String summed = "$$L = \\sum_{y=1}^{K} \\max\\left(0, 1 + \\max_{j \\neq y} s_j - s_y\\right)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial s_k} = \\sum_{y=1}^{K} \\mathbb{1}[k = j^*]$$\n";
        String got = marks(summed);
        assertTrue(!got.startsWith("✓") && !got.startsWith("≈"), got);
    }

    @Test
    void theReadingSaysWhereTheDerivativeHolds() {
        String got = marks(HINGE + "$$\\frac{\\partial L}{\\partial s_y} = -" + ACTIVE + "$$\n");
        assertTrue(got.contains("only max") || PublicInputsTest.check(HINGE + "$$\\frac{\\partial L}{\\partial s_y} = -" + ACTIVE
                + "$$\n").verdicts().stream().flatMap(v -> v.notes().stream()).anyMatch(n -> n.text().contains("only max")), got);
    }
}
