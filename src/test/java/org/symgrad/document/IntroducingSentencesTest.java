package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A sentence that introduces a new name's value in inline math announces it as "Let $…$" does ({@link IntroducingSentences}):
 * "Let the policy be a softmax over actions, $\pi_\theta(a) = …$", "Consider softmax outputs $p_k = …$", "For a Gaussian
 * policy $\pi(a|s) = …$". A slip below it is ✗ (was ?: "defined only in inline math that no word announces"); a right step
 * stays ✓. A name written before is no introduction.
 */
class IntroducingSentencesTest {
    private static final String SCORE = "$$\\frac{\\partial \\log \\pi_\\theta(a)}{\\partial \\theta_k} = \\delta_{ak} - \\pi_\\theta(k)$$\n\n"
            + "$$\\frac{\\partial \\log \\pi_\\theta(a)}{\\partial \\theta_k} = \\delta_{ak} - \\pi_\\theta(a)$$\n";

    @Test
    void letWithADescriptionThenTheFormula() {
        check("Let the policy be a softmax over actions, $\\pi_\\theta(a) = \\frac{e^{\\theta_a}}{\\sum_b e^{\\theta_b}}$.\n\n" + SCORE, "✓✗");
    }

    @Test
    void considerOrForANounPhraseWithoutArticle() {
        check("Consider softmax outputs $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$ and a fixed class $c$.\n\n"
                + "$$\\frac{\\partial p_c}{\\partial z_c} = p_c (1 - p_c)$$\n\n$$\\frac{\\partial p_c}{\\partial z_c} = p_c (1 + p_c)$$\n", "✓✗");
        check("For a Gaussian policy $\\pi(a|s) = \\frac{1}{\\sqrt{2\\pi}\\sigma} \\exp\\left(-\\frac{(a - \\mu)^2}{2\\sigma^2}\\right)$:\n\n"
                + "$$\\frac{\\partial \\log \\pi(a|s)}{\\partial \\mu} = \\frac{a - \\mu}{\\sigma^2}$$\n\n"
                + "$$\\frac{\\partial \\log \\pi(a|s)}{\\partial \\mu} = \\frac{\\mu - a}{\\sigma^2}$$\n", "✓✗");
    }

    @Test
    void forAPluralNoun() {
        check("For predictions $\\hat y_i = w x_i$, $i = 1, \\dots, n$, the mean squared error is\n"
                + "$$E(w) = \\frac{1}{n}\\sum_{i=1}^{n}(\\hat y_i - y_i)^2 .$$\n"
                + "$$\\frac{dE}{dw} = \\frac{2}{n}\\sum_{i=1}^{n}(\\hat y_i - y_i)\\,x_i$$\n"
                + "$$\\frac{dE}{dw} = \\frac{1}{n}\\sum_{i=1}^{n}(\\hat y_i - y_i)\\,x_i$$\n", "✓✗");
    }

    @Test
    void aPluralNounAfterAHeadingsColon() {
        // was ✓-less: q_k not announced (the H and p after it were, by the list's "with"), both steps ?
        String smoothing = "Label smoothing: targets $q_k = (1-\\epsilon)\\,y_k + \\frac{\\epsilon}{K}$ with one-hot $y$, loss "
                + "$H = -\\sum_{k=1}^K q_k \\log p_k$, $p = \\mathrm{softmax}(z)$.\n\n";
        check(smoothing + "$$\\frac{\\partial H}{\\partial z_j} = p_j - q_j$$\n\n"
                + "$$\\frac{\\partial H}{\\partial z_j} = p_j - (1 - \\epsilon) y_j$$\n", "✓✗");
    }

    @Test
    void aListAfterAHeadingsPluralIsAnnounced() {
        // p_k after "logits $z$," in the list the heading's plural opens (was ✓?: p unannounced)
        String smoothing = "Label smoothing: targets $q_k = (1 - \\epsilon) y_k + \\epsilon / K$, logits $z$, probabilities "
                + "$p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$.\n$$H = -\\sum_{k=1}^{K} q_k \\log p_k$$\n";
        check(smoothing + "$$\\frac{\\partial H}{\\partial z_j} = p_j \\sum_{k=1}^{K} q_k - q_j$$\n"
                + "$$\\frac{\\partial H}{\\partial z_j} = p_j - y_j$$\n", "✓✗");
    }

    @Test
    void aPluralNounOpeningASentenceIsNoIntroduction() {
        // "Residuals $r_i = …$." with no heading before it: read only where a step holds with it, as before
        check("Residuals $r_i = y_i - w x_i$. The loss is\n\n$$L = \\frac{1}{2}\\sum_{i=1}^{n} r_i^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = -\\sum_{i=1}^{n} r_i x_i$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = \\sum_{i=1}^{n} r_i x_i$$\n", "✓?");
    }

    @Test
    void aListAfterForANounIsAnnounced() {
        // "For a batch of inputs $x_i$, $z_i = …$ and $p_i = …$, with $$L = …$$": the list the sentence opens (was ✓?)
        check("For a batch of inputs $x_i$, $z_i = w x_i + b$ and $p_i = \\sigma(z_i)$, with\n"
                + "$$L = -\\sum_i y_i \\log p_i + (1 - y_i)\\log(1 - p_i)$$\n"
                + "$$\\frac{\\partial L}{\\partial w} = \\sum_i (p_i - y_i) x_i$$\n$$\\frac{\\partial L}{\\partial w} = \\sum_i (y_i - p_i) x_i$$\n", "✓✗");
    }

    @Test
    void aModelOfTheDataInTheListIsNoDefinition() {
        // the model x_t = φ x_{t-1} + ε_t the data follow: read as x's value, the right second derivative was ✗
        String sum = ", the conditional sum of squares is\n\n$$S(\\phi) = \\sum_{t=2}^{n} \\left( x_t - \\phi x_{t-1} \\right)^2$$\n\n"
                + "$$\\frac{d^2 S}{d \\phi^2} = 2 \\sum_{t=2}^{n} x_{t-1}^2$$\n\n$$\\frac{d^2 S}{d \\phi^2} = \\sum_{t=2}^{n} x_{t-1}^2$$\n";
        check("For a series $x_1, \\dots, x_n$ and the model $x_t = \\phi x_{t-1} + \\varepsilon_t$" + sum, "✓✗");
        check("For a noise sequence $\\varepsilon_t$, $x_t = \\phi x_{t-1} + \\varepsilon_t$" + sum, "✓✗");
        check("For a stationary process $e_t$, $x_t = \\phi x_{t-1} + e_t$" + sum, "✓✗");
    }

    @Test
    void aDistributionNamedOnlyAfterSimIsIntroduced() {
        // p_θ written before only as what x is drawn from (x \sim p_\theta) has no value there: the sentence gives it one
        check("We want the gradient of $J(\\theta) = \\mathbb{E}_{x \\sim p_\\theta}[f(x)]$. For a Bernoulli policy\n"
                + "$p_\\theta(x) = \\sigma(\\theta)^x (1 - \\sigma(\\theta))^{1-x}$ with $x \\in \\{0, 1\\}$ we have\n\n"
                + "$$\\frac{d}{d\\theta} \\log p_\\theta(0) = -\\sigma(\\theta)$$\n\n"
                + "$$\\frac{d}{d\\theta} \\log p_\\theta(0) = \\sigma(\\theta)$$\n", "✓✗");
    }

    @Test
    void aNameWrittenBeforeIsNoIntroduction() {
        // p_c written in a display above: the sentence restates p, which stays read only where a step holds with it
        check("$$L = -\\log p_c$$\n\nConsider softmax outputs $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$.\n\n"
                + "$$\\frac{\\partial L}{\\partial z_c} = p_c - 1$$\n\n$$\\frac{\\partial L}{\\partial z_c} = 1 - p_c$$\n", "✓?");
    }
}
