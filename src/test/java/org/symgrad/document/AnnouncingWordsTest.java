package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * More of the words homework announces an inline definition with, read as "Let" is ({@link InlineDefinitions#announced}):
 * "Denote by $g(z) = …$ the sigmoid", "We model $\lambda_i = …$", "Let the regularised objective be $\tilde J(w) = …$", a
 * sentence opening with a noun phrase without an article and its copula ("Calibrated probabilities are $\hat p_k = …$"), and a
 * call whose second argument is primed ("The RBF kernel is $k(x, x') = …$", a point x', not a derivative). Was: read only
 * where a step holds with them, so each slip was ? instead of ✗.
 */
class AnnouncingWordsTest {
    @Test
    void denoteBy() {
        String sigmoid = "Denote by $g(z) = 1/(1 + e^{-z})$ the sigmoid.\n\n";
        check(sigmoid + "$$\\frac{dg}{dz} = g(z)(1 - g(z))$$\n", "✓");
        check(sigmoid + "$$\\frac{dg}{dz} = g(z)(1 + g(z))$$\n", "✗");
    }

    @Test
    void weModel() {
        String poisson = """
                We model $\\lambda_i = \\exp(\\theta x_i)$ and observe counts $y_i$. The negative log-likelihood is
                $$L(\\theta) = \\sum_{i=1}^n \\left(\\lambda_i - y_i \\log \\lambda_i\\right).$$

                """;
        check(poisson + "$$\\frac{dL}{d\\theta} = \\sum_{i=1}^n (\\lambda_i - y_i) x_i$$\n", "✓");
        check(poisson + "$$\\frac{dL}{d\\theta} = \\sum_{i=1}^n (\\lambda_i - y_i)$$\n", "✗");
    }

    @Test
    void letTheNounBe() {
        String decay = "Let the regularised objective be $\\tilde J(w) = J(w) + \\frac{\\alpha}{2} w^2$ where $J(w) = \\frac{1}{2}(w - a)^2$.\n\n";
        check(decay + "$$\\frac{d\\tilde J}{dw} = (w - a) + \\alpha w$$\n", "✓");
        check(decay + "$$\\frac{d\\tilde J}{dw} = (w - a) + \\frac{\\alpha}{2} w$$\n", "✗");
    }

    @Test
    void aSentenceOpeningWithABareNounPhrase() {
        String scaled = """
                Calibrated probabilities are $\\hat{p}_k = \\frac{e^{z_k / T}}{\\sum_j e^{z_j / T}}$. For the true class $c$, the loss is
                $$L = -\\log \\hat{p}_c.$$

                """;
        check(scaled + "$$\\frac{\\partial L}{\\partial T} = \\frac{1}{T^2}\\left(z_c - \\sum_j \\hat{p}_j z_j\\right)$$\n", "✓");
        check(scaled + "$$\\frac{\\partial L}{\\partial T} = \\frac{1}{T}\\left(z_c - \\sum_j \\hat{p}_j z_j\\right)$$\n", "✗");
        // a pronoun opens no noun phrase: "It is $…$" names nothing, and a slip with it is read only to prove a step
        check("It is $p_k = a_k^2 b$.\n\n$$\\frac{\\partial p_k}{\\partial a_k} = 3 a_k b$$\n", "?");
        check("Scores are $p_k = a_k^2 b$.\n\n$$\\frac{\\partial p_k}{\\partial a_k} = 3 a_k b$$\n", "✗");
    }

    @Test
    void aPrimedArgumentIsASecondPoint() {
        String rbf = "The RBF kernel is $k(x, x') = \\exp\\left(-\\frac{(x - x')^2}{2\\ell^2}\\right)$.\n\n";
        check(rbf + "$$\\frac{\\partial k}{\\partial \\ell} = \\frac{(x - x')^2}{\\ell^3} k(x, x')$$\n", "✓");
        check(rbf + "$$\\frac{\\partial k}{\\partial \\ell} = \\frac{(x - x')^2}{2\\ell^3} k(x, x')$$\n", "✗");
        // the prime of the function itself still marks a derivative, a claim and no definition
        check("The derivative is $f'(x) = 3x$.\n\n$$f(x) = x^3$$\n\n$$f'(x) = 3x^2$$\n", "✓");
    }
}
