package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Attention's backward pass as authors write it: scores {@code S = QK^\top/\sqrt{d}} (the lexer's word QK before a transpose a
 * product of matrices), {@code P = \mathrm{softmax}(S)} row-wise, {@code O = PV}, and the upstream gradient
 * {@code G = \partial L/\partial O} of a matrix O. A name defined as a product of matrices, or an entrywise function or a softmax
 * along a named axis of one, is a matrix, and so is a gradient by a matrix; G then reads as G_ij = ∂L/∂O_ij, L as
 * Σ_ij G_ij O_ij. Before, ∂L/∂V = PᵀG was '-' (G a number beside a transpose) and ∂L/∂P = GVᵀ '?'; the slip ∂L/∂V = PG stays
 * false, never a product of numbers.
 */
class MatrixUpstreamGradientTest {
    private static final String STEPS = "$$\\frac{\\partial L}{\\partial V} = P^\\top G$$\n\n$$\\frac{\\partial L}{\\partial P} = G V^\\top$$\n\n"
            + "$$\\frac{\\partial L}{\\partial V} = P G$$\n";

    @Test
    void theUpstreamGradientOfAttentionDefinedInline() {
        assertMarks("✓✓✗", "# Attention\n\nLet $S = QK^\\top/\\sqrt{d}$, $P = \\mathrm{softmax}(S)$ row-wise and $O = PV$. Given the "
                + "upstream gradient $G = \\partial L/\\partial O$:\n\n" + STEPS);
    }

    @Test
    void theUpstreamGradientOfAttentionDefinedInDisplays() {
        assertMarks("✓✓✗", "# Attention\n\nLet $Q, K, V \\in \\mathbb{R}^{n \\times d}$ and\n\n$$S = \\frac{QK^\\top}{\\sqrt{d}}$$\n\n"
                + "$$P = \\mathrm{softmax}(S)$$\n\nrow-wise, and\n\n$$O = PV$$\n\nGiven the upstream gradient "
                + "$G = \\partial L/\\partial O$:\n\n" + STEPS);
    }

    private static String softmax(String axis) {
        return "Let $Q, K \\in \\mathbb{R}^{n\\times d}$ and\n\n$$S = \\frac{QK^\\top}{\\sqrt{d}}$$\n\n$$P = \\operatorname{softmax}(S)$$\n\n"
                + "applied " + axis + ".\n\n$$\\frac{\\partial P_{ij}}{\\partial S_{ik}} = P_{ij}(\\delta_{jk} - P_{ik})$$\n\n"
                + "$$\\frac{\\partial P_{ij}}{\\partial S_{ik}} = P_{ij}(\\delta_{jk} - P_{ij})$$\n";
    }

    @Test
    void aSoftmaxOfAMatrixIsReadAlongTheAxisTheTextNames() {
        assertMarks("✓✗", softmax("row-wise"));
        // along the columns, P_ij does not depend on S_ik for k ≠ j
        assertMarks("✗✗", softmax("column-wise"));
        // no axis named: the definition is not read, and no step through it is judged
        assertMarks("–––", softmax("to the scores"));
    }

    // softmax regression over a batch: P = softmax(Z) row-wise of Z = XW, P - Y beside Y_{ik} a difference of matrices
    // (∂L/∂Z was '?', ∂L/∂W '-': 'a transpose is not supported')
    @Test
    void softmaxRegressionOverABatch() {
        assertMarks("✓✓✗", "Let $X \\in \\mathbb{R}^{n\\times d}$, $W \\in \\mathbb{R}^{d \\times K}$ and\n\n$$Z = XW$$\n\n"
                + "$$P = \\operatorname{softmax}(Z)$$\n\nrow-wise, and $Y$ one-hot rows.\n\n"
                + "$$L = -\\frac{1}{n}\\sum_{i=1}^n \\sum_{k=1}^K Y_{ik} \\log P_{ik}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial Z} = \\frac{1}{n}(P - Y)$$\n\n$$\\frac{\\partial L}{\\partial W} = \\frac{1}{n} X^\\top (P - Y)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = \\frac{1}{n} X^\\top (Y - P)$$\n");
    }
}
