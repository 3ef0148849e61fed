package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-four left unread by session 38 ({@code fresh-homework}), read generally. A name a
 * display writes equal to an expression in variables and the prose holds fixed or calls a constant, Ostwald's dissociation
 * constant {@code K = α²c/(1 − α)} used later "with $K$ fixed" in {@code d/dc √(K/c)}: the equation relates the law's
 * constant to the variables, and a step false through it but right with the constant fixed is undecided with the reason
 * (it was a wrong ✗).
 */
class ThirtyFifthRoundNotationTest {
    private static final String OSTWALD = "A weak acid at concentration $c$ dissociates to the degree $\\alpha$, so its "
            + "dissociation constant is\n\n$$K = \\frac{\\alpha^2 c}{1 - \\alpha}$$\n\n";
    private static final String DILUTE = "For a weak acid $\\alpha \\ll 1$, so $K \\approx \\alpha^2 c$ and the degree falls with "
            + "dilution as $\\alpha = \\sqrt{K/c}$, with $K$ fixed:\n\n";

    @Test
    void aConstantHeldFixedIsNoFunctionOfTheVariablesItsLawRelates() {
        // the step homework38 took out of ostwald-dilution-law: K read through its equation depends on c, a wrong ✗
        assertMarks("?", OSTWALD + DILUTE + "$$\\frac{d}{dc} \\sqrt{\\frac{K}{c}} = -\\frac{1}{2c} \\sqrt{\\frac{K}{c}}$$\n");
        // wrong with K fixed too: still false
        assertMarks("✗", OSTWALD + DILUTE + "$$\\frac{d}{dc} \\sqrt{\\frac{K}{c}} = -\\frac{1}{2} \\sqrt{\\frac{K}{c}}$$\n");
        // the law's own slopes read through the equation, right and wrong
        assertMarks("✓✗", OSTWALD + "$$\\frac{\\partial K}{\\partial c} = \\frac{\\alpha^2}{1 - \\alpha}$$\n\n"
                + "$$\\frac{\\partial K}{\\partial \\alpha} = \\frac{c \\, \\alpha (2 - \\alpha)}{1 - \\alpha}$$\n");
        // "for fixed $k$" with no word "constant" in the definition's sentence
        assertMarks("?", "The rate is\n\n$$k = A e^{-E/T}$$\n\nFor fixed $k$ the time to reach a conversion falls as\n\n"
                + "$$\\frac{d}{dT} \\frac{k}{T} = -\\frac{k}{T^2}$$\n");
    }

    @Test
    void aNormalisingConstantIsNoConstantOfALaw() {
        // Z is a sum over the logits: forgetting that it depends on z_i is a mistake, and stays one
        assertMarks("✗", "The normalising constant is\n\n$$Z = \\sum_{j=1}^{K} e^{z_j}$$\n\n"
                + "$$\\frac{\\partial}{\\partial z_i} (z_i - \\log Z) = 1$$\n");
        // a name defined and never said to be fixed: the forgotten chain factor is found
        assertMarks("✗", "$$K = \\frac{\\alpha^2 c}{1 - \\alpha}$$\n\n"
                + "$$\\frac{d}{dc} \\sqrt{\\frac{K}{c}} = -\\frac{1}{2c} \\sqrt{\\frac{K}{c}}$$\n");
    }

    @Test
    void aNameTheProseCallsAReferencePointLabelsItsOwnQuantity() {
        // x_c was the sample at c, never written as a difference: ∂S/∂x_c picked up x_c itself, a wrong ✗
        String centre = "For $n$ samples about a centre $x_c$,\n\n$$S = x_c \\sum_{i=1}^{n} x_i$$\n\n";
        assertMarks("✓", centre + "$$\\frac{\\partial S}{\\partial x_c} = \\sum_{i=1}^{n} x_i$$\n");
        assertMarks("✗", centre + "$$\\frac{\\partial S}{\\partial x_c} = \\sum_{i=1}^{n} x_i + x_c$$\n");
        assertMarks("✓", "For $n$ samples about a centre $x_c$,\n\n$$S = \\frac{x_c}{n} \\sum_{i=1}^{n} x_i$$\n\n"
                + "$$\\frac{\\partial S}{\\partial x_c} = \\bar{x}$$\n");
    }

    @Test
    void aMemberTheProseDoesNotCallAReferenceStaysAMember() {
        // the true class: its logit is a member of the sum
        assertMarks("✓", "For the true class $c$ with logit $z_c$,\n\n$$L = -z_c + \\log \\sum_{j=1}^{K} e^{z_j}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_c} = -1 + \\frac{e^{z_c}}{\\sum_{j=1}^{K} e^{z_j}}$$\n");
    }

    private static final String CAUCHY = "For glass in air the index follows Cauchy's formula\n\n$$n(\\lambda) = A + \\frac{B}{\\lambda^2}$$\n\n"
            + "so that Brewster's angle $\\phi(\\lambda) = \\arctan n(\\lambda)$ changes with the wavelength as\n\n";

    @Test
    void aPossessiveNounPhraseAnnouncesADefinition() {
        // φ was undefined: the step undecided, its dropped factor 2 not found
        assertMarks("✓", CAUCHY + "$$\\frac{d \\phi}{d \\lambda} = -\\frac{2B}{\\lambda^3 \\left( 1 + n(\\lambda)^2 \\right)}$$\n");
        assertMarks("✗", CAUCHY + "$$\\frac{d \\phi}{d \\lambda} = -\\frac{B}{\\lambda^3 \\left( 1 + n(\\lambda)^2 \\right)}$$\n");
        assertMarks("✓", "Kepler's period $T = 2 \\pi \\sqrt{a^3 / \\mu}$ grows with the semi-major axis:\n\n"
                + "$$\\frac{d T}{d a} = 3 \\pi \\sqrt{\\frac{a}{\\mu}}$$\n");
    }

    private static final String LOGISTIC = "The loss is\n\n"
            + "$$E = -\\sum_{n=1}^{N} \\left( t_n \\ln \\mu_n + (1 - t_n) \\ln (1 - \\mu_n) \\right)$$\n\n"
            + "with $\\mu_n = \\sigma(w x_n)$ and gradient\n\n$$\\frac{\\partial E}{\\partial w} = \\sum_{n=1}^{N} (\\mu_n - t_n) x_n$$\n\n";

    @Test
    void aSpecialCaseIsReadBesideTheConsequencesItsSentenceStates() {
        // the case was not read, as inline math followed it, and the right gradient at w = 0 was called false; the stated
        // consequence μ_n = 1/2 is a claim of its own, checked at w = 0 (ThirtySeventhRoundNotationTest)
        assertMarks("✓✓✓", LOGISTIC + "At $w = 0$ every $\\mu_n = \\frac{1}{2}$, so the gradient there is\n\n"
                + "$$\\frac{\\partial E}{\\partial w} = \\sum_{n=1}^{N} \\left( \\frac{1}{2} - t_n \\right) x_n$$\n");
        assertMarks("✓✓✗", LOGISTIC + "At $w = 0$ every $\\mu_n = \\frac{1}{2}$, so the gradient there is\n\n"
                + "$$\\frac{\\partial E}{\\partial w} = \\sum_{n=1}^{N} \\left( \\frac{1}{4} - t_n \\right) x_n$$\n");
        // the equation the sentence states is never used: a wrong one does not make the display right (and is false itself)
        assertMarks("✓✗✗", LOGISTIC + "At $w = 0$ every $\\mu_n = \\frac{1}{4}$, so the gradient there is\n\n"
                + "$$\\frac{\\partial E}{\\partial w} = \\sum_{n=1}^{N} \\left( \\frac{1}{4} - t_n \\right) x_n$$\n");
    }

    @Test
    void aFunctionsNameWithAnIndexNamesAQuantityOfEachExample() {
        // σ_n = … inline after "the model is" was not read: E did not depend on w, and the step was undecided
        String loss = "$$E = -\\sum_{n=1}^{N} \\left( t_n \\ln \\sigma_n + (1 - t_n) \\ln (1 - \\sigma_n) \\right)$$\n\n";
        assertMarks("✓", "For examples $(x_n, t_n)$ the model is $\\sigma_n = \\frac{1}{1 + e^{-w x_n}}$ and the loss is\n\n" + loss
                + "$$\\frac{\\partial E}{\\partial w} = \\sum_{n=1}^{N} (\\sigma_n - t_n) x_n$$\n");
        assertMarks("✓", "Let $\\sigma_n = \\frac{1}{1 + e^{-w x_n}}$ denote the model's output for example $n$, and\n\n" + loss
                + "$$\\frac{\\partial E}{\\partial w} = \\sum_{n=1}^{N} (\\sigma_n - t_n) x_n$$\n");
        assertMarks("✗", loss.replace("$$\n\n", "$$\n\n") + "where $\\sigma_n = \\frac{1}{1 + e^{-w x_n}}$. Then\n\n"
                + "$$\\frac{\\partial E}{\\partial w} = \\sum_{n=1}^{N} (t_n - \\sigma_n) x_n$$\n");
    }

    @Test
    void aModelWithANoiseTermDefinesNothing() {
        // y_i was defined as a + b x_i + ε_i, so S was Σε_i², free of b, and the right normal equation was false
        String model = "The model is\n\n$$y_i = a + b x_i + \\varepsilon_i$$\n\n"
                + "and the least-squares criterion\n\n$$S = \\sum_{i=1}^{n} (y_i - a - b x_i)^2$$\n\n";
        // the model itself is a statement about the data: skipped with the reason
        assertMarks("–✓", model + "$$\\frac{\\partial S}{\\partial b} = -2 \\sum_{i=1}^{n} x_i (y_i - a - b x_i)$$\n");
        assertMarks("–✗", model + "$$\\frac{\\partial S}{\\partial b} = -2 \\sum_{i=1}^{n} (y_i - a - b x_i)$$\n");
        // a scalar floor ε added to a scalar is a constant, and σ² = … + ε still defines σ
        assertMarks("✓", "$$\\sigma^2 = \\log(1 + e^{s}) + \\epsilon$$\n\n"
                + "$$\\frac{\\partial \\sigma^2}{\\partial s} = \\frac{1}{1 + e^{-s}}$$\n");
        // a term that is no noise's name keeps the definition
        assertMarks("✓", "$$y_i = a + b x_i + c_i$$\n\n$$\\frac{\\partial y_i}{\\partial b} = x_i$$\n");
    }

    @Test
    void aLetterOnAFunctionsNameLabelsAQuantityOfItsOwn() {
        // x_f beside x(t) = x_0 … was x's entry f: x → x, every step skipped as a recursive definition
        String forces = "$$x(t) = x_0 \\cosh(w t) - y_0 \\sinh(w t)$$\n\n$$x_f = \\sqrt{x_0^2 - y_0^2}$$\n\n";
        assertMarks("✓", forces + "$$\\frac{\\partial x_f}{\\partial y_0} = -\\frac{y_0}{x_f}$$\n");
        assertMarks("✗", forces + "$$\\frac{\\partial x_f}{\\partial y_0} = -\\frac{y_0}{2 x_f}$$\n");
    }
}
