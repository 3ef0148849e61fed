package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A loss known through its gradient by a vector, "Given $g_i = \frac{\partial L}{\partial y_i}$", in a document whose
 * sums run to sizes of their own (y has m entries, x has n): L read as Σ_i g_i y_i does not know how many entries y has,
 * so the steps through it are undecided, saying why (UpstreamSums), never false for the right sum to m nor proven for
 * the slip to n.
 */
class UpstreamSumsTest {
    @Test
    void anUpstreamGradientBesideTwoSizesLeavesTheStepsUndecided() {
        // was ✗✓: the right sum to m false ('holds only where m … is the size its other sums run to'), the slip to n proven
        PublicInputsTest.check("Let $x \\in \\mathbb{R}^{n}$ and $W \\in \\mathbb{R}^{m \\times n}$. Let $y_i = \\sum_{j=1}^n W_{ij} x_j$. "
                + "Given $g_i = \\frac{\\partial L}{\\partial y_i}$,\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^m W_{ij} g_i$$\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^n W_{ij} g_i$$\n", "??");
    }

    @Test
    void anUpstreamGradientWithOneSizeIsStillChecked() {
        PublicInputsTest.check("Let $y_i = \\sum_{j=1}^n W_{ij} x_j$. Given $g_i = \\frac{\\partial L}{\\partial y_i}$,\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^n W_{ij} g_i$$\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^n W_{ji} g_i$$\n", "✓✗");
    }
}
