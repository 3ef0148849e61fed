package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * An inline definition of a letter that also names a function, written alone — the standard deviation by its log,
 * {@code with $\sigma = e^{\rho}$} — defines that value as a display does (was: refused because σ names the sigmoid, so
 * ∂L/∂ρ was undecided, "L does not depend on ρ"); applied to an argument it is still the function.
 */
class InlineLetterDefinitionsTest {
    private static final String GAUSSIAN = "The negative log-likelihood of a Gaussian with standard deviation $\\sigma$ is\n"
            + "$$L = \\log\\sigma + \\frac{(x - \\mu)^2}{2\\sigma^2}$$\n"
            + "We optimise the unconstrained parameter $\\rho$ with $\\sigma = e^{\\rho}$:\n";

    @Test
    void theStandardDeviationByItsLog() {
        FreshNotationTest.assertMarks("✓", GAUSSIAN + "$$\\frac{\\partial L}{\\partial \\rho} = 1 - \\frac{(x-\\mu)^2}{\\sigma^2}$$\n");
        FreshNotationTest.assertMarks("✗", GAUSSIAN
                + "$$\\frac{\\partial L}{\\partial \\rho} = \\frac{1}{\\sigma} - \\frac{(x-\\mu)^2}{\\sigma^3}$$\n");
    }

    @Test
    void theSigmoidAppliedStaysTheFunction() {
        String text = "where $\\sigma(z) = \\frac{1}{1+e^{-z}}$ is the logistic function and\n$$L = -\\log\\sigma(w x)$$\n"
                + "$$\\frac{\\partial L}{\\partial w} = -(1 - \\sigma(w x)) x$$\n";
        FreshNotationTest.assertMarks("✓", text);
    }
}
