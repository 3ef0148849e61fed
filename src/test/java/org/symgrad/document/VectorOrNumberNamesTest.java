package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A false step that reads a name by its entries on one side (b_i through f's definition) and whole, as one number, on the other
 * ({@code 2x_j - b}) compares two different quantities: ? naming the two readings, not ✗. A name written both ways on one side,
 * or whole on both, is no such reading: a false step stays ✗.
 */
class VectorOrNumberNamesTest {
    @Test
    void aNameByEntriesInTheDefinitionAndWholeInTheStepIsUndecided() {
        String f = "$$f(x) = \\sum_i (x_i^2 - b_i x_i)$$\n\n";
        assertMarks("?", f + "$$\\frac{\\partial f}{\\partial x_j} = 2x_j - b$$\n");
        assertMarks("✓", f + "$$\\frac{\\partial f}{\\partial x_j} = 2x_j - b_j$$\n");
        assertMarks("✗", f + "$$\\frac{\\partial f}{\\partial x_j} = x_j - b_j$$\n");
    }

    @Test
    void aSampledTargetWrittenWholeIsUndecided() {
        assertMarks("?", "$$L = \\sum_{n} (y_n - \\theta^\\top x_n)^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\theta_j} = -2\\sum_n (y - \\theta^\\top x_n) x_{nj}$$\n");
        assertMarks("?", "$$E(w) = \\frac{1}{2}\\sum_n (t_n - w^\\top \\phi_n)^2$$\n\n"
                + "$$\\nabla E(w) = -\\sum_n (t - w^\\top\\phi_n)\\phi_n$$\n");
    }

    @Test
    void aNameWrittenBothWaysOnOneSideStaysFalse() {
        assertMarks("✗", "$$E = \\frac{1}{2}\\sum_i (y_i - w x_i)^2$$\n\n"
                + "$$\\frac{\\partial E}{\\partial w} = -\\sum_i (y_i - w x_i) x$$\n");
    }
}
