package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A sum to one the prose states in inline math of a Greek-lettered vector or matrix (mixing weights π_k, responsibilities
 * γ_ik, attention weights α_ij) is assumed, as of a Latin one. Before, only a Latin letter was read, and the right step
 * that uses the sum was called false.
 */
class GreekSumToOneTest {
    @Test
    void responsibilitiesThatSumToOneOverTheComponentsAreAssumedSo() {
        PublicInputsTest.check("The responsibilities $\\gamma_{ik}$ satisfy $\\sum_{k=1}^{K} \\gamma_{ik} = 1$ for every point, so\n\n"
                + "$$\\sum_{i=1}^{n} \\sum_{k=1}^{K} \\gamma_{ik} x_i = \\sum_{i=1}^{n} x_i$$\n\n"
                + "$$\\sum_{i=1}^{n} \\sum_{k=1}^{K} \\gamma_{ik} x_i = \\sum_{i=1}^{n} 2 x_i$$\n", "✓✗");
    }

    @Test
    void mixingWeightsThatSumToOneAreAssumedSo() {
        PublicInputsTest.check("The mixing weights obey $\\sum_{k} \\pi_k = 1$, and $\\sum_{j} \\varphi_j = 1$ too.\n\n"
                + "$$\\sum_{k} \\pi_k c = c$$\n\n$$\\sum_{j} \\varphi_j \\mu = \\mu$$\n\n$$\\sum_{k} \\pi_k c = 2c$$\n", "✓✓✗");
    }
}
