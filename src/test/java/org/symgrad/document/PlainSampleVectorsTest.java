package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A plain letter with a sample label at the top of a transposed bracket, x of {@code (x^{(i)} - \mu)^\top \Sigma^{-1} (x^{(i)} - \mu)},
 * is a vector whose i-th sample x^{(i)} is, as bold {@code \mathbf{x}^{(i)}} is; a sum over the samples of such vectors is a
 * sum of vectors; and a gradient written as a sum with a matrix's inverse in it ({@code \nabla_\mu \ell = \sum_i \Sigma^{-1}(…)})
 * says nothing of μ being one number.
 */
class PlainSampleVectorsTest {
    private static final String GAUSSIAN = "Let $\\Sigma$ be a symmetric positive definite matrix. The log-likelihood of the samples is\n\n"
            + "$$\\ell(\\mu) = -\\frac{1}{2}\\sum_{i=1}^{n} (x^{(i)} - \\mu)^\\top \\Sigma^{-1} (x^{(i)} - \\mu)$$\n\n";

    @Test
    void theMeanGradientOverPlainSamplesIsChecked() {
        // was: every step skipped, 'a transpose (\top) is matrix notation' (x^{(i)} a number, μ one number by the summed gradient)
        PublicInputsTest.check(GAUSSIAN + "$$\\nabla_\\mu \\ell = \\sum_{i=1}^{n} \\Sigma^{-1}(x^{(i)} - \\mu)$$\n\n"
                + "$$\\nabla_\\mu \\ell = -\\sum_{i=1}^{n} \\Sigma^{-1}(x^{(i)} - \\mu)$$\n", "✓✗");
    }

    @Test
    void theScatterOfPlainSamplesIsAMatrix() {
        // was: skipped, 'could not compare … read as written'
        PublicInputsTest.check("$$S = \\sum_{i=1}^{n} (x^{(i)} - \\mu)(x^{(i)} - \\mu)^T$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\mu} \\operatorname{tr}(S) = -2\\sum_{i=1}^n (x^{(i)} - \\mu)$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\mu} \\operatorname{tr}(S) = 2\\sum_{i=1}^n (x^{(i)} - \\mu)$$\n", "✓✗");
    }
}
