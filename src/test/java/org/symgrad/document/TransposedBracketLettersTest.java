package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Plain letters added at the top of a transposed bracket, x and μ of {@code f(x) = (x - \mu)^\top \Sigma^{-1} (x - \mu)}, are
 * vectors wherever the document writes them whole (a number is never transposed), so the steps by them read entry by entry.
 */
class TransposedBracketLettersTest {
    private static final String MAHALANOBIS = "Let $\\Sigma$ be symmetric positive definite, and "
            + "$f(x) = (x - \\mu)^\\top \\Sigma^{-1} (x - \\mu)$.\n";

    @Test
    void thePlainMahalanobisGradientsAreChecked() {
        // was: skipped, '\Sigma^{-1}(…) reads as an inverse function' (x and μ not known as vectors in the steps)
        PublicInputsTest.check(MAHALANOBIS
                + "$$\\nabla_x f = 2\\Sigma^{-1}(x - \\mu)$$\n"
                + "$$\\nabla_x f = \\Sigma^{-1}(x - \\mu)$$\n"
                + "$$\\nabla_\\mu f = -2\\Sigma^{-1}(x - \\mu)$$\n"
                + "$$\\nabla_\\mu f = 2\\Sigma^{-1}(x - \\mu)$$\n", "✓✗✓✗");
    }

    @Test
    void aLayersNameInATransposedBracketKeepsItsDefinitionsVectors() {
        // z of z = W x + b written in (z - y)^\top: x and b stay the vectors z's definition makes them
        PublicInputsTest.check("Let $z = W x + b$ with $W \\in \\mathbb{R}^{K \\times d}$, and $L = \\frac{1}{2}\\|z - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial W} = x (z - y)^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial x} = W^\\top (z - y)$$\n", "✗✓");
    }
}
