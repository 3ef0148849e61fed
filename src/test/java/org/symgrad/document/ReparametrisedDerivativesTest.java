package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A derivative by a new parameter defined from an old one entry by entry (the VAE's log-variance s_j = log σ_j², the
 * Poisson's natural parameter θ = log λ) of a quantity written in the old one is the chain rule through it,
 * ∂D/∂s_j = (∂D/∂σ_j)/(∂s_j/∂σ_j) (was: undecided, "D does not depend on s_j as the document defines it").
 */
class ReparametrisedDerivativesTest {
    private static final String VAE = "$$D_{KL} = -\\frac{1}{2}\\sum_{j=1}^J \\left(1 + \\log\\sigma_j^2 - \\mu_j^2 - \\sigma_j^2\\right)$$\n\n"
            + "$$\\frac{\\partial D_{KL}}{\\partial \\sigma_j} = \\sigma_j - \\frac{1}{\\sigma_j}$$\n\n"
            + "With the log-variance parametrisation $s_j = \\log \\sigma_j^2$:\n";

    @Test
    void theLogVarianceOfAVae() {
        FreshNotationTest.assertMarks("✓✓", VAE + "$$\\frac{\\partial D_{KL}}{\\partial s_j} = \\frac{1}{2}(e^{s_j} - 1)$$\n");
        FreshNotationTest.assertMarks("✓✗", VAE + "$$\\frac{\\partial D_{KL}}{\\partial s_j} = e^{s_j} - 1$$\n");
    }

    @Test
    void theNaturalParameterOfAPoisson() {
        String poisson = "$$L = \\lambda - x\\log\\lambda$$\n\nIn terms of the natural parameter\n$$\\theta = \\log\\lambda$$\nwe get\n";
        FreshNotationTest.assertMarks("✓", poisson + "$$\\frac{\\partial L}{\\partial \\theta} = \\lambda - x$$\n");
        FreshNotationTest.assertMarks("✗", poisson + "$$\\frac{\\partial L}{\\partial \\theta} = 1 - \\frac{x}{\\lambda}$$\n");
    }

    @Test
    void aNewParameterTheProseIntroducesByParametrisingIsAnnounced() {
        // "parametrise by the variance $v = \sigma^2$" announces v: the slip that drops the 1/2 is ✗ (was: undecided, 'ell does
        // not depend on v', as the unannounced inline definition was read only for a step that holds with it)
        String mle = "$$\\ell(\\mu, \\sigma) = -N \\log \\sigma - \\frac{1}{2\\sigma^2}\\sum_{n=1}^N (x_n - \\mu)^2$$\n\n"
                + "If instead we parametrise by the variance $v = \\sigma^2$,\n";
        FreshNotationTest.assertMarks("✓", mle + "$$\\frac{\\partial \\ell}{\\partial v} = -\\frac{N}{2v} + \\frac{1}{2v^2}\\sum_{n=1}^N (x_n - \\mu)^2$$\n");
        FreshNotationTest.assertMarks("✗", mle + "$$\\frac{\\partial \\ell}{\\partial v} = -\\frac{N}{v} + \\frac{1}{v^2}\\sum_{n=1}^N (x_n - \\mu)^2$$\n");
        FreshNotationTest.assertMarks("✗", mle.replace("we parametrise by the variance", "we reparameterize it by the variance")
                + "$$\\frac{\\partial \\ell}{\\partial v} = -\\frac{N}{v} + \\frac{1}{v^2}\\sum_{n=1}^N (x_n - \\mu)^2$$\n");
    }

    @Test
    void aMatrixProductIsNoReparametrisation() {
        // z = Wx mixes the entries of x: the derivative goes through z's definition as before
        String text = "$$L = \\frac{1}{2}\\|y - z\\|^2$$\nLet $z = Wx$ with $W \\in \\mathbb{R}^{m\\times n}$.\n"
                + "$$\\frac{\\partial L}{\\partial x_k} = -\\sum_i (y_i - z_i) W_{ik}$$\n";
        FreshNotationTest.assertMarks("✓", text);
    }

    @Test
    void aLayerTheQuantityIsWrittenThroughKeepsItsOwnDerivative() {
        // L reaches h through its definition: ∂L/∂h_j holds a as it is, as before; the wrong one stays false
        String layer = "$$h_j = \\sigma(a_j)$$\n\n$$L = \\frac{1}{2}\\sum_j (h_j - y_j)^2$$\n\n";
        FreshNotationTest.assertMarks("✓", layer + "$$\\frac{\\partial L}{\\partial h_j} = h_j - y_j$$\n");
        FreshNotationTest.assertMarks("✗", layer + "$$\\frac{\\partial L}{\\partial h_j} = (h_j - y_j) h_j (1 - h_j)$$\n");
    }
}
