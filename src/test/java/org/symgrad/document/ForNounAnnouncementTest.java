package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "For the NOUN $X = …$" announces X where its sentence goes on to work with it (ForNounDefinitions): into a definition that
 * uses X ("For a categorical policy $\pi_i = …$, the entropy is $H = …$."), read from there on, or into the steps ("…, the
 * gradient is $$…$$ and the second derivative is $$…$$"), read for the steps of that sentence (was: ? "pi is defined only in
 * inline math"). A sentence that ends before, a name set to a constant or a case, and a step that differentiates by X are none.
 */
class ForNounAnnouncementTest {
    private static final String ENTROPY = "## Entropy bonus\n\n"
            + "For a categorical policy $\\pi_i = \\mathrm{softmax}(z)_i$, the entropy is $H = -\\sum_i \\pi_i \\log \\pi_i$.\n\n"
            + "$$\\frac{\\partial H}{\\partial z_j} = -\\pi_j\\left(\\log \\pi_j %s H\\right)$$\n";

    @Test
    void aDefinitionInTheSentenceThatUsesTheNameAnnouncesIt() {
        PublicInputsTest.check(ENTROPY.formatted("+"), "✓");
        CheckedDocument d = PublicInputsTest.check(ENTROPY.formatted("-"), "✗");
        assertTrue(d.verdicts().get(0).detail().startsWith("read with the inline definition of pi (line 3:"), d.verdicts().get(0).detail());
        // a definition in the sentence that does not use it: the sentence introduces a new name's value all the same
        // (IntroducingSentences; was ?), and ∂L/∂z_1 of L = −log π_1 is π_1 − 1
        PublicInputsTest.check("For a categorical policy $\\pi_i = \\mathrm{softmax}(z)_i$, the score is $s = z_1$.\n\n$$L = -\\log \\pi_1$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_1} = \\pi_1$$\n", "✗");
    }

    private static final String RESIDUAL = "$$L = \\frac{1}{2} r^2$$\n\n"
            + "For the residual $r = y - w x$ of a linear model, the gradient is\n$$\\frac{\\partial L}{\\partial w} = %s$$\n"
            + "and the second derivative is\n$$\\frac{\\partial^2 L}{\\partial w^2} = %s.$$\nThe step is then\n"
            + "$$\\frac{\\partial L}{\\partial w} = %s$$\n";

    @Test
    void theStepsOfTheSentenceReadIt() {
        PublicInputsTest.check(RESIDUAL.formatted("-r x", "x^2", "-r x"), "✓✓✓");
        // the wrong steps of the sentence are false; one in the next sentence only proves a step, undecided when wrong
        PublicInputsTest.check(RESIDUAL.formatted("r x", "2x^2", "r x"), "✗✗?");
    }

    private static final String PREDICTION = "$$L = \\frac{1}{2}\\sum_{i=1}^m (y_i - t_i)^2$$\n\n"
            + "For the prediction $y_i = w x_i$ we get\n$$\\frac{\\partial L}{\\partial w} = \\sum_{i=1}^m (y_i - t_i) x_i$$\n\n"
            + "$$\\frac{\\partial^2 L}{\\partial w^2} = \\sum_{i=1}^m x_i^2$$\n\nand (wrongly) with the factor dropped:\n"
            + "$$\\frac{\\partial L}{\\partial w} = \\sum_{i=1}^m (y_i - t_i)$$\n\nThen, wrongly again,\n"
            + "$$\\frac{\\partial L}{\\partial w} = \\sum_{i=1}^m (y_i - t_i) x_i^2$$\n";

    @Test
    void displaysOneAfterAnotherAndProseInLowerCaseGoOnWithTheSentence() {
        // the second display right after the first, and "and (wrongly) …" after an empty line: the same sentence; "Then" a new one
        PublicInputsTest.check(PREDICTION, "✓✓✗?");
    }

    @Test
    void aStepThatDifferentiatesByTheNameKeepsItAVariable() {
        String doc = "The loss of one example is\n$$L = -y \\log \\sigma(z) - (1 - y)\\log(1 - \\sigma(z))$$\n"
                + "For the logit $z = w x + b$ we get\n$$\\frac{\\partial L}{\\partial z} = \\sigma(z) - y$$\nand\n"
                + "$$\\frac{\\partial L}{\\partial w} = (\\sigma(z) - y) x%s$$\n";
        PublicInputsTest.check(doc.formatted(""), "✓✓");
        PublicInputsTest.check(doc.formatted("^2"), "✓✗");
    }

    private static final String HINGE = "For a label $y \\in \\{-1, +1\\}$ and score $s = w x + b$, the hinge loss is "
            + "$\\ell = \\max(0, 1 - y s)$.\n\nWhen $y s < 1$,\n$$\\frac{\\partial \\ell}{\\partial w} = %s.$$\n";

    @Test
    void aLaterItemOfTheListForOpensIsAnnouncedToo() {
        // "For a label $y …$ and score $s = …$": s is the list's second item (was: ? "ell does not depend on w")
        // the case y s < 1 is a case of s's value, y(w x + b) < 1, which decides the max: proven (was ≈ before the case read s's value)
        PublicInputsTest.check(HINGE.formatted("-y x"), "✓");
        PublicInputsTest.check(HINGE.formatted("y x"), "✗");
        // a model of a series (its right side writes an entry of its own name) stays a model of the data, first item or later
        PublicInputsTest.check("For the model $x_t = \\phi x_{t-1} + \\varepsilon_t$, the sum of squares is\n\n"
                + "$$S(\\phi) = \\sum_{t=2}^{n} \\left( x_t - \\phi x_{t-1} \\right)^2$$\n\n"
                + "$$\\frac{d^2 S}{d \\phi^2} = 2 \\sum_{t=2}^{n} x_{t-1}^2$$\n", "✓");
        // a case as the later item stays a case
        PublicInputsTest.check("For a label $y$ and the case $s = w x$, the loss is $\\ell = (1 - y s)^2$.\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial w} = 2 y x$$\n", "?");
    }

    @Test
    void aSentenceThatEndsOrACaseIsNoAnnouncement() {
        PublicInputsTest.check("For the special model $f(x) = x^3$.\n\n$$f'(x) = 2x^2$$\n", "?");
        // the case y = t: a case the text takes, no definition of y
        PublicInputsTest.check("$$L = \\frac{1}{2}(y - f)^2$$\n\nFor the case $y = t$ we get\n$$\\frac{\\partial L}{\\partial f} = f - 2t$$\n", "?");
    }
}
