package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The capital of a quadratic form, Λ of {@code (x - \mu)^\top \Lambda (x - \mu)}, is a matrix of the document (DocumentMatrices), so
 * that it multiplies the brackets after it in a step ({@code \Lambda(x - \mu)}), as a capital written transposed does: the gradient of
 * a Gaussian log-density by its mean was ? ('Λ is written without indices') → ✓, slips ✗.
 */
class QuadraticFormMatricesTest {
    @Test
    void thePrecisionOfAGaussianMultipliesTheBracket() {
        String gauss = "For a Gaussian with mean $\\mu$ and precision $\\Lambda$ (symmetric),\n"
                + "$$\\ell(\\mu) = -\\frac{1}{2}(x - \\mu)^\\top \\Lambda (x - \\mu)$$\n\n";
        assertMarks("✓", gauss + "$$\\nabla_\\mu \\ell = \\Lambda(x - \\mu)$$\n");
        assertMarks("✗", gauss + "$$\\nabla_\\mu \\ell = -\\Lambda(x - \\mu)$$\n");
        assertMarks("✗", gauss + "$$\\nabla_\\mu \\ell = \\frac{1}{2}\\Lambda(x - \\mu)$$\n");
    }

    @Test
    void aLatinCapitalBetweenBracketsIsOneToo() {
        String f = "Let $A$ be symmetric.\n\n$$f(\\mu) = (x - \\mu)^\\top A (x - \\mu)$$\n\n";
        assertMarks("✓", f + "$$\\nabla_\\mu f = -2A(x - \\mu)$$\n");
        assertMarks("✗", f + "$$\\nabla_\\mu f = -A(x - \\mu)$$\n");
    }
}
