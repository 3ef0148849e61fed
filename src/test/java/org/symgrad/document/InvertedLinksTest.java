package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A link written inline as an equation of a one-to-one function of a new name defines the name by the inverse
 * ({@link InvertedLinks}): "$\log \mu_i = \eta_i$" is μ_i = exp(η_i), "$\operatorname{logit}(p) = w x + b$" is p = σ(w x + b).
 * Steps that use the name were ? ("the left side uses beta and the right side mu instead", "does not depend on w"); now the
 * right one is ✓ and the slip ✗. A function that is not one-to-one (sin), or a number on the other side, leaves it unread.
 */
class InvertedLinksTest {
    @Test
    void aLogLinkOfAGlm() {
        check("The mean is linked to the linear predictor by $\\log \\mu_i = \\eta_i$, $\\eta_i = x_i^\\top \\beta$. The log-likelihood is\n"
                + "$$\\ell(\\beta) = \\sum_{i=1}^{n} \\left( y_i \\eta_i - e^{\\eta_i} - \\log y_i! \\right)$$\n\n"
                + "$$\\nabla_\\beta \\ell = \\sum_{i=1}^{n} (y_i - \\mu_i) x_i$$\n\n"
                + "$$\\nabla_\\beta \\ell = \\sum_{i=1}^{n} (y_i - \\mu_i) x_1$$\n", "✓✗");
        check("For a Poisson count with log link $\\ln \\lambda = \\theta x$, the log-likelihood of one observation is\n"
                + "$$\\ell = y \\log \\lambda - \\lambda - \\log y!$$\n\n"
                + "$$\\frac{d \\ell}{d \\theta} = (y - \\lambda) x$$\n\n$$\\frac{d \\ell}{d \\theta} = (y - \\lambda)$$\n", "✓✗");
    }

    @Test
    void aLogitLink() {
        check("Logistic regression with the logit link: let $\\operatorname{logit}(p) = w x + b$ and\n"
                + "$$\\ell = y \\log p + (1 - y) \\log(1 - p).$$\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial w} = (y - p) x$$\n\n$$\\frac{\\partial \\ell}{\\partial w} = (p - y) x$$\n", "✓✗");
    }

    @Test
    void aFunctionThatIsNotOneToOneLeavesItUnread() {
        check("Let $\\sin \\theta = a x$ and $f = \\theta^2$.\n\n"
                + "$$\\frac{\\partial f}{\\partial x} = \\frac{2 \\theta a}{\\sqrt{1 - a^2 x^2}}$$\n\n"
                + "$$\\frac{\\partial f}{\\partial x} = 2 \\theta a$$\n", "??");
    }
}
