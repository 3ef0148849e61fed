package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A matrix times a bold vector inside a function inside a bracket ({@code (\mathbf{v} \odot (1 - \tanh^2(W\mathbf{x})))\mathbf{x}^\top},
 * a gated or tanh layer's weight gradient): the side is read entry by entry, W x as Σ_k W_ik x_k. Before, the reader of numbers
 * took the bracket for an outer product's column and W x inside it for W_ij x_i, so the right gradient was a WRONG ✗.
 */
class GatedLayersTest {
    private static final String GATE = "Let $\\mathbf{h} = \\mathbf{g} \\odot \\tanh(W\\mathbf{x})$ with $W \\in \\mathbb{R}^{m \\times n}$, "
            + "$\\mathbf{x} \\in \\mathbb{R}^n$ and a gate $\\mathbf{g} \\in \\mathbb{R}^m$, and $\\ell = \\mathbf{v}^\\top \\mathbf{h}$.\n\n";

    @Test
    void theWeightGradientOfAGatedTanhLayer() {
        assertMarks("✓", GATE + "$$\\frac{\\partial \\ell}{\\partial W} = \\left(\\mathbf{v} \\odot \\mathbf{g} \\odot "
                + "(1 - \\tanh^2(W\\mathbf{x}))\\right)\\mathbf{x}^\\top$$\n");
        assertMarks("✗", GATE + "$$\\frac{\\partial \\ell}{\\partial W} = \\left(\\mathbf{v} \\odot \\mathbf{g} \\odot "
                + "\\tanh^2(W\\mathbf{x})\\right)\\mathbf{x}^\\top$$\n");
    }
}
