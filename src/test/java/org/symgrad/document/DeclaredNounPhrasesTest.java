package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A declaration inside the noun phrase a copula names ("The log-likelihood for one example with $\theta, x \in
 * \mathbb{R}^n$ is $\ell(\theta) = …$") is no word of it: the inline formula is announced, as without the declaration (was:
 * unannounced, so a wrong step below it was undecided, 'ell is not defined in the document').
 */
class DeclaredNounPhrasesTest {
    private static final String DECLARED = "The log-likelihood for one example with $\\theta, x \\in \\mathbb{R}^n$ is "
            + "$\\ell(\\theta) = y\\,\\theta^T x - e^{\\theta^T x} - \\log y!$.\n\n";

    @Test
    void theDeclaredLogLikelihoodIsRead() {
        PublicInputsTest.check(DECLARED + "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = (y - e^{\\theta^T x})x_j$$\n\nThe Hessian is\n"
                + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k} = -e^{\\theta^T x} x_j x_k$$\n", "✓✓");
    }

    @Test
    void wrongStepsBelowItAreFalse() {
        PublicInputsTest.check(DECLARED + "$$\\frac{\\partial \\ell}{\\partial \\theta_j} = y - e^{\\theta^T x}$$\n\nThe Hessian is\n"
                + "$$\\frac{\\partial^2 \\ell}{\\partial \\theta_j \\partial \\theta_k} = e^{\\theta^T x} x_j x_k$$\n", "✗✗");
    }

    @Test
    void aRelationInTheNounPhraseAnnouncesNothing() {
        // "the value with $x > 0$ is" holds a condition, no declaration: unannounced, a wrong step stays undecided
        PublicInputsTest.check("The value for one example with $x > 0$ is $f(x) = x^2 e^{-x}$.\n\n$$\\frac{df}{dx} = 2x e^{-x}$$\n", "?");
    }
}
