package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A loss known through its gradient by a vector, "Given $g_i = \frac{\partial L}{\partial y_i}$", in a document whose
 * sums run to sizes of their own (y has m entries, x has n): L read as Σ_i g_i y_i does not know how many entries y has,
 * so the steps through it are undecided, saying why (UpstreamSums), never false for the right sum to m nor proven for
 * the slip to n. By a matrix whose shape the document gives (declared, or found by a product of declared matrices: O = PV with
 * P n × n and V n × d), L = Σ_ij G_ij O_ij sums over its rows to n and its columns to d, and the steps are checked.
 */
class UpstreamSumsTest {
    @Test
    void anUpstreamGradientBesideTwoSizesTakesTheVectorsLengthFromItsDefinition() {
        // was ✗✓: the right sum to m false ('holds only where m … is the size its other sums run to'), the slip to n proven; then
        // ?? (session 55); y of y_i = Σ_j W_ij x_j has W's m rows, W declared m × n, so L = Σ_{i=1}^m g_i y_i (session 57)
        PublicInputsTest.check("Let $x \\in \\mathbb{R}^{n}$ and $W \\in \\mathbb{R}^{m \\times n}$. Let $y_i = \\sum_{j=1}^n W_{ij} x_j$. "
                + "Given $g_i = \\frac{\\partial L}{\\partial y_i}$,\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^m W_{ij} g_i$$\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^n W_{ij} g_i$$\n", "✓✗");
        // a vector whose length nothing gives stays undecided, saying why
        PublicInputsTest.check("Let $x \\in \\mathbb{R}^{n}$ and $W \\in \\mathbb{R}^{m \\times n}$. Let $y_i = \\sum_{j=1}^n V_{ij} x_j$. "
                + "Given $g_i = \\frac{\\partial L}{\\partial y_i}$,\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^m V_{ij} g_i$$\n", "?");
    }

    @Test
    void anUpstreamGradientWithOneSizeIsStillChecked() {
        PublicInputsTest.check("Let $y_i = \\sum_{j=1}^n W_{ij} x_j$. Given $g_i = \\frac{\\partial L}{\\partial y_i}$,\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^n W_{ij} g_i$$\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\sum_{i=1}^n W_{ji} g_i$$\n", "✓✗");
    }

    // /tmp/matrix55/t/a1.md: was ????, every step 'a sum over O's entries, whose number the document does not give'
    @Test
    void anUpstreamGradientByAMatrixOfAShapeTheDocumentGivesIsChecked() {
        PublicInputsTest.check("Let $Q, K, V \\in \\mathbb{R}^{n\\times d}$, $P \\in \\mathbb{R}^{n \\times n}$ the attention weights and\n\n"
                + "$$O = PV$$\n\nGiven the upstream gradient\n\n$$G = \\frac{\\partial L}{\\partial O}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial V} = P^\\top G$$\n\n$$\\frac{\\partial L}{\\partial P} = G V^\\top$$\n\n"
                + "$$\\frac{\\partial L}{\\partial V} = P G$$\n\n$$\\frac{\\partial L}{\\partial P} = V G^\\top$$\n", "✓✓✗✗");
        // S = QKᵀ of Q n × d and K m × d: n × m
        PublicInputsTest.check("With $Q \\in \\mathbb{R}^{n\\times d}$ and $K \\in \\mathbb{R}^{m \\times d}$ let $S = QK^\\top$ and "
                + "$G = \\partial L/\\partial S$ be given.\n\n$$\\frac{\\partial L}{\\partial Q} = GK$$\n\n"
                + "$$\\frac{\\partial L}{\\partial K} = G^\\top Q$$\n\n$$\\frac{\\partial L}{\\partial Q} = G^\\top K$$\n", "✓✓✗");
        // S = QKᵀ/√d of Q, K n × d: n × n, the sums to n known to be right beside d (was ??? too)
        PublicInputsTest.check("Let $Q \\in \\mathbb{R}^{n \\times d}$, $K \\in \\mathbb{R}^{n \\times d}$ and\n\n$$S = \\frac{QK^\\top}{\\sqrt{d}}$$\n\n"
                + "Given $G = \\partial L / \\partial S$,\n\n$$\\frac{\\partial L}{\\partial Q} = \\frac{1}{\\sqrt{d}} G K$$\n\n"
                + "$$\\frac{\\partial L}{\\partial Q} = G K$$\n\n$$\\frac{\\partial L}{\\partial K} = \\frac{1}{\\sqrt{d}} G^\\top Q$$\n", "✓✗✓");
    }
}
