package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The loss of one example written as a call with the sample superscript, {@code \ell^{(i)}(\theta)}, beside the display
 * {@code \ell(\theta) = y\,\theta^T x - e^{\theta^T x}}: the defined value at example i (its data x^{(i)}, y^{(i)}). The call
 * dropped the index, so {@code \sum_i \ell^{(i)}(\theta)} was m times one example's loss and the right gradient
 * {@code \sum_i (y^{(i)} - h_\theta(x^{(i)})) x_j^{(i)}} a wrong ✗.
 */
class ExampleLossCallsTest {
    private static final String GLM = "Let $h_\\theta(x) = e^{\\theta^T x}$. The log-likelihood of one example is\n"
            + "$$\\ell(\\theta) = y\\,\\theta^T x - e^{\\theta^T x} - \\log y!$$\n\nFor $m$ examples,\n";

    @Test
    void theCallWithASampleIndexIsThatExamplesValue() {
        assertMarks("✓", GLM + "$$\\frac{\\partial}{\\partial \\theta_j} \\sum_{i=1}^m \\ell^{(i)}(\\theta) = "
                + "\\sum_{i=1}^m \\left(y^{(i)} - h_\\theta(x^{(i)})\\right) x_j^{(i)}$$\n");
        // the feature factor dropped, and the example's feature written as one example's
        assertMarks("✗", GLM + "$$\\frac{\\partial}{\\partial \\theta_j} \\sum_{i=1}^m \\ell^{(i)}(\\theta) = "
                + "\\sum_{i=1}^m \\left(y^{(i)} - h_\\theta(x^{(i)})\\right)$$\n");
        assertMarks("✗", GLM + "$$\\frac{\\partial}{\\partial \\theta_j} \\sum_{i=1}^m \\ell^{(i)}(\\theta) = "
                + "\\sum_{i=1}^m \\left(y^{(i)} - h_\\theta(x^{(i)})\\right) x_j$$\n");
    }

    @Test
    void aCallAtOtherArgumentsIsStillTheFunctionApplied() {
        // \ell(2\theta): the function at another point, no example's value
        assertMarks("✓", "$$\\ell(\\theta) = \\theta^2 x$$\n\n$$\\frac{d}{d \\theta} \\ell(2\\theta) = 8 \\theta x$$\n");
    }
}
