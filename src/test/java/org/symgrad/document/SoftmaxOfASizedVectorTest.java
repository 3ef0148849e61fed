package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * softmax of a named vector whose declared length is a range size of its own ({@code \mathbf{b} \in \mathbb{R}^m} beside
 * {@code \mathbf{x} \in \mathbb{R}^n}): its normaliser sums over the vector's m entries (FunctionFactors.entrySum). Before,
 * it summed over the range size n, so Σ_{k=1}^{m} q_k = 1 of q = softmax(b) was a WRONG ✗.
 */
class SoftmaxOfASizedVectorTest {
    private static final String SIZES = "Let $A \\in \\mathbb{R}^{m \\times n}$, $\\mathbf{b} \\in \\mathbb{R}^m$ and "
            + "$\\mathbf{x} \\in \\mathbb{R}^n$.\n\n$$f(\\mathbf{x}) = \\sum_{i=1}^m b_i$$\n\n";

    @Test
    void theNormaliserRunsOverTheVectorsOwnLength() {
        FreshNotationTest.assertMarks("✓", SIZES + "$$\\mathbf{q} = \\operatorname{softmax}(\\mathbf{b})$$\n\n$$\\sum_{k=1}^m q_k = 1$$\n");
        FreshNotationTest.assertMarks("✗", SIZES + "$$\\mathbf{q} = \\operatorname{softmax}(\\mathbf{b})$$\n\n$$\\sum_{k=1}^m q_k = 2$$\n");
    }
}
