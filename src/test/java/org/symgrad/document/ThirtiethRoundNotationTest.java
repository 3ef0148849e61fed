package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty ({@code fresh-homework}) and the leftovers of round twenty-nine, with the wrong
 * verdicts they showed. A convolution's input gradient written for the weights' offsets, {@code ∂y_i/∂x_j = w_{j−i}}
 * "whenever $0 \le j - i \le K - 1$, and is zero otherwise", is checked in that case, with the K of the case the sums'
 * range size as in every display (it was false at a point outside the case).
 */
class ThirtiethRoundNotationTest {
    private static final String CONVOLUTION = "$$y_i = \\sum_{k=0}^{K-1} w_k x_{i+k}$$\n\n"
            + "An input feeds an output through one weight:\n\n";

    @Test
    void aClosingIndexCaseWithItsValueOtherwiseIsTheStepsCase() {
        String otherwise = "whenever $0 \\le j - i \\le K - 1$, and is zero otherwise.\n";
        assertMarks("✓", CONVOLUTION + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{j-i}$$\n\n" + otherwise);
        assertMarks("✗", CONVOLUTION + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{i-j}$$\n\n" + otherwise);
        // the case's K is the sums' K: read apart it was a random number, and only i = j was drawn (numerically equal)
        assertMarks("✓", CONVOLUTION + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{j-i}$$\n\nwhenever $0 \\le j - i \\le K - 1$.\n");
    }

    @Test
    void aListOfAnIndexsValuesBesideADefinitionIsItsRangeNotADefinition() {
        // "i = 1, \dots, n - K + 1" defined i as 1, and the step at every other i was false
        String layer = "$$y_i = \\sum_{k=0}^{K-1} w_k x_{i+k} + b, \\qquad i = 1, \\dots, n - K + 1$$\n\n"
                + "An input feeds an output through one weight:\n\n";
        assertMarks("✓", layer + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{j-i}$$\n\n"
                + "whenever $0 \\le j - i \\le K - 1$, and is zero otherwise.\n");
    }
}
