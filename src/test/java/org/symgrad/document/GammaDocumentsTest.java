package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Likelihoods through the Gamma family, checked as documents (issue 9, item 2): Γ, log Γ, ψ, ψ₁ and
 * B are evaluated, so a score through log Γ is proven when right and false when a ψ term is dropped.
 * Gamma (shape–rate, not the shape–scale of the fresh homework), Dirichlet, Beta and negative
 * binomial likelihoods, and the Fisher information of the Gamma shape through ψ₁.
 */
class GammaDocumentsTest {
    @Test
    void gammaShapeAndRateScores() {
        String ll = "$$\\ell = k \\log \\beta - \\log \\Gamma(k) + (k - 1) \\log y - \\beta y$$\n\n";
        assertMarks("✓", ll + "$$\\frac{\\partial \\ell}{\\partial k} = \\log \\beta - \\psi(k) + \\log y$$\n");
        assertMarks("✗", ll + "$$\\frac{\\partial \\ell}{\\partial k} = \\log \\beta + \\log y$$\n");
        assertMarks("✓", ll + "$$\\frac{\\partial^2 \\ell}{\\partial k^2} = -\\psi_1(k)$$\n");
        assertMarks("✓", ll + "$$\\frac{\\partial^2 \\ell}{\\partial k^2} = -\\psi'(k)$$\n");
        assertMarks("✗", ll + "$$\\frac{\\partial^2 \\ell}{\\partial k^2} = \\psi_1(k)$$\n");
    }

    @Test
    void dirichletLogLikelihood() {
        String ll = "$$\\ell = \\log \\Gamma\\left(\\sum_{k=1}^{K} \\alpha_k\\right) - \\sum_{k=1}^{K} \\log \\Gamma(\\alpha_k) "
                + "+ \\sum_{k=1}^{K} (\\alpha_k - 1) \\log p_k$$\n\n";
        assertMarks("✓", ll + "$$\\frac{\\partial \\ell}{\\partial \\alpha_j} = \\psi\\left(\\sum_{k=1}^{K} \\alpha_k\\right) "
                + "- \\psi(\\alpha_j) + \\log p_j$$\n");
        assertMarks("✗", ll + "$$\\frac{\\partial \\ell}{\\partial \\alpha_j} = \\psi\\left(\\sum_{k=1}^{K} \\alpha_k\\right) "
                + "+ \\log p_j$$\n");
    }

    @Test
    void betaLogLikelihoodWithTheUprightB() {
        String ll = "$$\\ell = (a - 1) \\log x + (b - 1) \\log (1 - x) - \\log \\mathrm{B}(a, b)$$\n\n";
        assertMarks("✓", ll + "$$\\frac{\\partial \\ell}{\\partial a} = \\log x - \\psi(a) + \\psi(a + b)$$\n");
        assertMarks("✓", ll + "$$\\frac{\\partial \\ell}{\\partial b} = \\log(1 - x) - \\psi(b) + \\psi(a + b)$$\n");
        assertMarks("✗", ll + "$$\\frac{\\partial \\ell}{\\partial b} = \\log(1 - x) - \\psi(b)$$\n");
    }

    @Test
    void negativeBinomialScoreInTheDispersion() {
        String ll = "$$\\ell = \\log \\Gamma(y + r) - \\log \\Gamma(r) + r \\log \\frac{r}{r + \\mu} "
                + "+ y \\log \\frac{\\mu}{r + \\mu}$$\n\n";
        assertMarks("✓", ll + "$$\\frac{\\partial \\ell}{\\partial r} = \\psi(y + r) - \\psi(r) + \\log \\frac{r}{r + \\mu} "
                + "+ \\frac{\\mu - y}{r + \\mu}$$\n");
        assertMarks("✗", ll + "$$\\frac{\\partial \\ell}{\\partial r} = \\psi(y + r) - \\psi(r) + \\log \\frac{r}{r + \\mu}$$\n");
    }
}
