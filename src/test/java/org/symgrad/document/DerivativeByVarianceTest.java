package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A first-order derivative over a power, {@code \frac{\partial \ell}{\partial \sigma^2}}, is the derivative by the
 * variance σ² (as every Gaussian MLE derivation writes it), not the second derivative by σ, which was read before and
 * made both right score equations false. The second derivative keeps its order in the numerator, ∂²ℓ/∂μ². A parameter
 * list may name the variance, ℓ(μ, σ²).
 */
class DerivativeByVarianceTest {
    private static final String LIKELIHOOD = "$$\\ell(\\mu, \\sigma^2) = -\\frac{N}{2}\\log(2\\pi\\sigma^2) "
            + "- \\frac{1}{2\\sigma^2}\\sum_{n=1}^N (x_n - \\mu)^2$$\n\n";

    @Test
    void theScoreByTheVarianceIsProvenAndAWrongFactorIsFalse() {
        assertMarks("✓", LIKELIHOOD + "$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{N}{2\\sigma^2} "
                + "+ \\frac{1}{2\\sigma^4}\\sum_{n=1}^N (x_n - \\mu)^2$$\n");
        assertMarks("✗", LIKELIHOOD + "$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{N}{2\\sigma^2} "
                + "+ \\frac{1}{\\sigma^4}\\sum_{n=1}^N (x_n - \\mu)^2$$\n");
        // by σ itself, the other parametrisation, twice the variance's derivative times σ
        assertMarks("✓", LIKELIHOOD + "$$\\frac{\\partial \\ell}{\\partial \\sigma} = -\\frac{N}{\\sigma} "
                + "+ \\frac{1}{\\sigma^3}\\sum_{n=1}^N (x_n - \\mu)^2$$\n");
        assertMarks("✓", LIKELIHOOD + "$$\\frac{\\partial \\ell}{\\partial \\mu} = \\frac{1}{\\sigma^2}"
                + "\\sum_{n=1}^N (x_n - \\mu)$$\n");
    }

    @Test
    void theOperatorFormAndAPlainNameReadTheSame() {
        assertMarks("✓", "$$\\frac{\\partial}{\\partial \\sigma^2}\\left(\\frac{(x - \\mu)^2}{2\\sigma^2}\\right) "
                + "= -\\frac{(x - \\mu)^2}{2\\sigma^4}$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial \\sigma^2}\\left(\\frac{(x - \\mu)^2}{2\\sigma^2}\\right) "
                + "= -\\frac{(x - \\mu)^2}{\\sigma^3}$$\n");
        assertMarks("✓", "$$\\frac{d}{d v^2} \\log v = \\frac{1}{2 v^2}$$\n");
    }

    @Test
    void aNumeratorOfSecondOrderKeepsTheSecondDerivative() {
        assertMarks("✓", LIKELIHOOD + "$$\\frac{\\partial^2 \\ell}{\\partial \\mu^2} = -\\frac{N}{\\sigma^2}$$\n");
        assertMarks("✓", "$$\\frac{d^2}{dx^2} x^3 = 6x$$\n");
        assertMarks("✗", "$$\\frac{d^2}{dx^2} x^3 = 3x^2$$\n");
    }
}
