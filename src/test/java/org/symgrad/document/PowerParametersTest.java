package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A function defined with a parameter written as a power, {@code \mathcal{N}(x \mid \mu, \sigma^2) = …} (a density by its
 * variance): applied to the same power of another name, {@code \mathcal{N}(x \mid \mu_k, \sigma_k^2)}, its body's σ is
 * σ_k; applied to a variance {@code v_k}, it is √v_k. A call its definition still cannot take makes the step undecided,
 * never judged with the function left undefined.
 */
class PowerParametersTest {
    private static final String DENSITY = "\\mathcal{N}(x \\mid \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}"
            + "\\exp\\left(-\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)";
    private static final String SHARE = "\\frac{\\pi_k \\mathcal{N}(x \\mid \\mu_k, \\sigma_k^2)}{\\sum_j \\pi_j "
            + "\\mathcal{N}(x \\mid \\mu_j, \\sigma_j^2)}";

    @Test
    void aMixtureMeanGradientWithTheDensityInADisplay() {
        // was: skipped, 'N is defined with the parameter sigma^2, a power: symgrad reads it written as its parameters only'
        PublicInputsTest.check("$$" + DENSITY + "$$\n$$\\ell = \\log \\sum_{k=1}^K \\pi_k \\mathcal{N}(x \\mid \\mu_k, \\sigma_k^2)$$\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + SHARE + " \\frac{x - \\mu_k}{\\sigma_k^2}$$\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + SHARE + " \\frac{x - \\mu_k}{\\sigma_k}$$\n", "✓✗");
    }

    @Test
    void aMixtureMeanGradientThroughInlineResponsibilities() {
        // was: a wrong ✗ — the density's calls were left undefined functions, and the step judged for them
        PublicInputsTest.check("The log-likelihood of one point is\n$$\\ell = \\log \\sum_{k=1}^K \\pi_k \\mathcal{N}(x \\mid \\mu_k, "
                + "\\sigma_k^2)$$\nwith $" + DENSITY + "$.\n\nDefine the responsibility $\\gamma_k = " + SHARE + "$. Then\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = \\gamma_k \\frac{x - \\mu_k}{\\sigma_k^2}$$\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = \\gamma_k (x - \\mu_k)$$\n", "✓✗");
    }

    @Test
    void theDensityAppliedToAVariance() {
        String byVariance = SHARE.replace("\\sigma_k^2", "v_k").replace("\\sigma_j^2", "v_j");
        PublicInputsTest.check("The density is $" + DENSITY + "$.\n$$\\ell = \\log \\sum_{k=1}^K \\pi_k \\mathcal{N}(x \\mid \\mu_k, v_k)$$\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + byVariance + " \\frac{x - \\mu_k}{v_k}$$\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\mu_k} = " + byVariance + " \\frac{x - \\mu_k}{v_k^2}$$\n", "✓✗");
    }

    @Test
    void aCallItsDefinitionCannotTakeLeavesTheStepUndecided() {
        CheckedDocument d = PublicInputsTest.check("The score is $\\phi(x \\mid \\sigma^3) = \\frac{x^2}{\\sigma}$.\n"
                + "$$\\ell = \\log \\sum_{k=1}^K \\pi_k \\phi(x \\mid v_k)$$\n"
                + "$$\\frac{\\partial \\ell}{\\partial v_k} = -\\frac{\\pi_k \\phi(x \\mid v_k)}{3 v_k \\sum_j \\pi_j \\phi(x \\mid v_j)}$$\n",
                "?");
        assertTrue(d.verdicts().get(0).detail().contains("could not be applied"), () -> PublicInputsTest.describe(d));
    }
}
