package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Lower-case names numbered below written as whole terms of a transposed bracket ({@code org.symgrad.parse.latex.NumberedTransposes}):
 * the class means μ_1, μ_0 of GDA's log-odds {@code -\frac12(x - \mu_1)^\top \Sigma^{-1}(x - \mu_1) + \frac12(x - \mu_0)^\top \Sigma^{-1}(x - \mu_0)}
 * are vectors, as a number is never transposed (the log-odds and every step below them were skipped). A bracket listing
 * numbers, {@code x = (x_1, x_2)^\top}, makes no vector of its entries.
 */
class NumberedMeansTest {
    private static final String LOG_ODDS = "For two Gaussian classes with means $\\mu_0$, $\\mu_1$ and a shared covariance $\\Sigma$,\n\n"
            + "$$a(x) = -\\frac{1}{2}(x - \\mu_1)^\\top \\Sigma^{-1}(x - \\mu_1) + \\frac{1}{2}(x - \\mu_0)^\\top \\Sigma^{-1}(x - \\mu_0)$$\n\n";

    @Test
    void theLogOddsOfTwoClassMeansIsLinearInX() {
        assertMarks("✓", LOG_ODDS + "$$\\nabla_x a = \\Sigma^{-1}(\\mu_1 - \\mu_0)$$\n");
        assertMarks("✗", LOG_ODDS + "$$\\nabla_x a = \\Sigma^{-1}(\\mu_0 - \\mu_1)$$\n");
    }

    @Test
    void aNumberedMeanBelowTheGradientIsTheVectorItIsBy() {
        // \nabla_{\mu_1}: the mean's vector, not the component μ_1 of a vector μ
        assertMarks("✓", LOG_ODDS + "$$\\nabla_{\\mu_1} a = \\Sigma^{-1}(x - \\mu_1)$$\n");
        assertMarks("✗", LOG_ODDS + "$$\\nabla_{\\mu_1} a = -\\Sigma^{-1}(x - \\mu_1)$$\n");
        assertMarks("✓", "For a Gaussian with mean $\\mu_1$ and covariance $\\Sigma$,\n\n$$d(x) = (x - \\mu_1)^\\top \\Sigma^{-1}(x - \\mu_1)$$\n\n"
                + "$$\\nabla_{\\mu_1} d = -2\\Sigma^{-1}(x - \\mu_1)$$\n");
    }

    @Test
    void aColumnOfNumberedEntriesStaysItsEntries() {
        assertMarks("✓✓", "Let $x = (x_1, x_2)^\\top$ and\n\n$$f(x_1, x_2) = x_1^2 + 3 x_1 x_2$$\n\n"
                + "$$\\frac{\\partial f}{\\partial x_1} = 2x_1 + 3x_2$$\n\n$$\\frac{\\partial f}{\\partial x_2} = 3 x_1$$\n");
    }
}
