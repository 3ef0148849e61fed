package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Batch statistics defined in inline math read as a display defines them: "$\sigma^2 = \frac{1}{m}\sum_{i=1}^m (x_i - \mu)^2$"
 * defines the variance σ² (σ is no sigmoid there: before, the formula was dropped as a definition of a known function, and
 * ∂σ²/∂x_j = 2(x_j − μ)/m was ?, and once the prose gave the batch size, the normalised value's steps were a wrong ✗:
 * σ was a free variable).
 */
class InlineVarianceDefinitionsTest {
    @Test
    void inlineBatchStatisticsAreDefinitionsWithTheirSumsRangeSize() {
        PublicInputsTest.check("For a mini-batch $x_i$, $i = 1, \\dots, m$, let $\\mu = \\frac{1}{m}\\sum_{i=1}^m x_i$ and "
                + "$\\sigma^2 = \\frac{1}{m}\\sum_{i=1}^m (x_i - \\mu)^2$.\nThen\n"
                + "$$\\frac{\\partial \\mu}{\\partial x_j} = \\frac{1}{m}, \\qquad \\frac{\\partial \\sigma^2}{\\partial x_j} = \\frac{2}{m}(x_j - \\mu).$$\n"
                + "The normalised value is $\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$, and\n"
                + "$$\\frac{\\partial \\hat{x}_i}{\\partial x_j} = \\frac{1}{\\sqrt{\\sigma^2+\\epsilon}}\\left(\\delta_{ij} - \\frac{1}{m}\\right)"
                + " - \\frac{(x_i - \\mu)(x_j - \\mu)}{m(\\sigma^2+\\epsilon)^{3/2}}.$$\n"
                + "A frequent error drops the mean's dependence:\n"
                + "$$\\frac{\\partial \\hat{x}_i}{\\partial x_j} = \\frac{\\delta_{ij}}{\\sqrt{\\sigma^2+\\epsilon}}"
                + " - \\frac{(x_i - \\mu)(x_j - \\mu)}{m(\\sigma^2+\\epsilon)^{3/2}}.$$\n"
                + "and another forgets the 2:\n$$\\frac{\\partial \\sigma^2}{\\partial x_j} = \\frac{1}{m}(x_j - \\mu)$$\n", "✓✓✓✗✗");
    }
}
