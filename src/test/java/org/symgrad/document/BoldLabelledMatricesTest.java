package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A bold capital labelled by a capital below it, {@code \mathbf{S}_B}, {@code \mathbf{S}_W}, is the labelled matrix S^(B) as plain
 * {@code S_B} is, never the B-th of a family of matrices: so what the prose says of it ("Let $\mathbf{S}_B$ be symmetric") holds
 * where a step writes it. Before, ∇(wᵀS_B w) = 2S_B w was ✗ (WRONG: 'true if SB is symmetric: state it'). A bracket that is a
 * number made of vectors and a matrix, {@code (\mathbf{w}^\top \mathbf{S}_W \mathbf{w})^2}, is squared as a number (Fisher's
 * criterion was '-': 'an inverse or power of a matrix').
 */
class BoldLabelledMatricesTest {
    @Test
    void aBoldCapitalWithACapitalLabelIsTheLabelledMatrix() {
        String form = "Let $\\mathbf{S}_B$ be symmetric.\n\n$$f(\\mathbf{w}) = \\mathbf{w}^\\top \\mathbf{S}_B \\mathbf{w}$$\n\n";
        assertMarks("✓", form + "$$\\nabla_{\\mathbf{w}} f = 2\\mathbf{S}_B\\mathbf{w}$$\n");
        assertMarks("✓", form + "$$\\nabla_{\\mathbf{w}} f = 2\\mathbf{S}_{B}\\mathbf{w}$$\n");
        assertMarks("✗", form + "$$\\nabla_{\\mathbf{w}} f = \\mathbf{S}_B\\mathbf{w}$$\n");
    }

    @Test
    void fishersCriterionWithBothScattersSymmetric() {
        String fisher = "Fisher's criterion with between-class scatter $\\mathbf{S}_B$ and within-class scatter $\\mathbf{S}_W$ (both symmetric):\n"
                + "\\[ J(\\mathbf{w}) = \\frac{\\mathbf{w}^\\intercal \\mathbf{S}_B \\mathbf{w}}{\\mathbf{w}^\\intercal \\mathbf{S}_W \\mathbf{w}} \\]\n";
        String first = "\\frac{2\\mathbf{S}_B\\mathbf{w}}{\\mathbf{w}^\\intercal \\mathbf{S}_W \\mathbf{w}} - \\frac{2(\\mathbf{w}^\\intercal "
                + "\\mathbf{S}_B \\mathbf{w})\\mathbf{S}_W\\mathbf{w}}";
        assertMarks("✓", fisher + "\\[ \\nabla J(\\mathbf{w}) = " + first + "{(\\mathbf{w}^\\intercal \\mathbf{S}_W \\mathbf{w})^2} \\]\n");
        assertMarks("✗", fisher + "\\[ \\nabla J(\\mathbf{w}) = " + first + "{\\mathbf{w}^\\intercal \\mathbf{S}_W \\mathbf{w}} \\]\n");
    }
}
