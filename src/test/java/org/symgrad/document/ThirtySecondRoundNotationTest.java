package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-two ({@code fresh-homework}), with the wrong verdicts it showed. A function whose
 * name carries an index is one member of a family: Hansen's two moment conditions {@code g_1(\theta)} and
 * {@code g_2(\theta)} are two functions (the second was read as the first), Agresti's baseline-category probabilities
 * {@code \pi_j(x)} are the member at whatever index a call writes ({@code \pi_h(x)} inside {@code \sum_h} kept j), and
 * his baseline {@code \pi_J(x)}, defined on its own beside the family, is the member at the count's letter (it was
 * checked as the family's formula at J, and three right steps were false).
 */
class ThirtySecondRoundNotationTest {
    private static final String FAMILY = "$$\\pi_j(x) = \\frac{\\exp(\\alpha_j + \\beta_j x)}{1 + \\sum_{h=1}^{J-1} \\exp(\\alpha_h + \\beta_h x)}$$\n\n";

    @Test
    void twoNumberedFunctionsAreTwoFunctions() {
        // g_2(θ) was g_1(θ), and the right dQ/dθ was undecided (false where an inline moment was read)
        String moments = "$$g_1(\\theta) = a - \\theta, \\qquad g_2(\\theta) = b - \\theta - \\theta^2$$\n\n"
                + "$$Q(\\theta) = w_1 g_1(\\theta)^2 + w_2 g_2(\\theta)^2$$\n\n";
        assertMarks("✓", moments + "$$\\frac{d Q}{d \\theta} = -2 w_1 (a - \\theta) - 2 w_2 (1 + 2 \\theta) (b - \\theta - \\theta^2)$$\n");
        assertMarks("✗", moments + "$$\\frac{d Q}{d \\theta} = -2 w_1 (a - \\theta) - 2 w_2 (b - \\theta - \\theta^2)$$\n");
    }

    @Test
    void aFamilyCalledAtAnotherIndexIsThatMember() {
        // π_h(x) under Σ_h was π_j(x) for every h: the right slope was false
        assertMarks("✓", FAMILY + "$$\\frac{\\partial \\pi_j(x)}{\\partial x} = \\pi_j(x) \\left( \\beta_j - \\sum_{h=1}^{J-1} \\beta_h \\pi_h(x) \\right)$$\n");
        assertMarks("✗", FAMILY + "$$\\frac{\\partial \\pi_j(x)}{\\partial x} = \\pi_j(x) \\left( \\beta_j - \\sum_{h=1}^{J-1} \\beta_j \\pi_h(x) \\right)$$\n");
    }

    @Test
    void aMemberAtTheCountsLetterDefinedBesideTheFamilyIsThatMembersDefinition() {
        // π_J(x) = 1/(…) was a claim about the family's formula at J (false), and the steps through it were false
        String baseline = FAMILY + "with the baseline\n\n"
                + "$$\\pi_J(x) = \\frac{1}{1 + \\sum_{h=1}^{J-1} \\exp(\\alpha_h + \\beta_h x)}$$\n\n";
        assertMarks("✓", baseline + "$$\\frac{\\partial}{\\partial x} \\log \\frac{\\pi_j(x)}{\\pi_J(x)} = \\beta_j$$\n");
        assertMarks("≈", baseline + "$$\\frac{\\partial \\pi_J(x)}{\\partial \\beta_j} = -x \\, \\pi_j(x) \\, \\pi_J(x)$$\n");
        assertMarks("✗", baseline + "$$\\frac{\\partial \\pi_J(x)}{\\partial \\beta_j} = x \\, \\pi_j(x) \\, \\pi_J(x)$$\n");
    }

    @Test
    void sigmaGivenANumberIsAConstantNotTheSigmoid() {
        // "the Stefan–Boltzmann constant $\sigma = 5.67 \times 10^{-8}$": εσ(T_s + T)(…) was the sigmoid of T_s + T (two wrong ✗)
        String flux = "With the Stefan–Boltzmann constant $\\sigma = 5.67 \\times 10^{-8}$, the net flux is\n\n"
                + "$$q = \\varepsilon \\sigma \\left( T_s^4 - T^4 \\right)$$\n\n"
                + "$$h_r = \\varepsilon \\sigma (T_s + T) (T_s^2 + T^2)$$\n\n";
        assertMarks("✓", flux + "$$h_r (T_s - T) = \\varepsilon \\sigma \\left( T_s^4 - T^4 \\right)$$\n");
        assertMarks("✓", flux + "$$\\frac{\\partial h_r}{\\partial T_s} = \\varepsilon \\sigma \\left( 3 T_s^2 + 2 T_s T + T^2 \\right)$$\n");
        assertMarks("✗", flux + "$$\\frac{\\partial q}{\\partial T} = -4 \\varepsilon \\sigma T^4$$\n");
    }

    private static final String FAIR = "$$\\rho(r) = \\begin{cases} r^2 & r \\geq 0 \\\\ -r^3 & r < 0 \\end{cases}$$\n\n";

    @Test
    void aSignWordBeforeANameStatesItsSignAsTheCase() {
        // Rey's "For a positive residual $r$ the influence function is" stated no case: the right slope was false at r < 0
        assertMarks("✓", FAIR + "For a positive residual $r$ the influence function is\n\n$$\\frac{d \\rho}{d r} = 2 r$$\n");
        assertMarks("✗", FAIR + "For a positive residual $r$ the influence function is\n\n$$\\frac{d \\rho}{d r} = r$$\n");
        assertMarks("✓", FAIR + "For negative $r$ the influence function is\n\n$$\\frac{d \\rho}{d r} = -3 r^2$$\n");
    }

    @Test
    void aNameInInlineMathAfterACaseDoesNotFinishIt() {
        // "For $r \geq 0$ the influence of a residual $r$ is": the later $r$ was read as the case's own formula, and the case
        // was dropped (a wrong ✗ at r < 0)
        assertMarks("✓", FAIR + "For $r \\geq 0$ the influence of a residual $r$ is\n\n$$\\frac{d \\rho}{d r} = 2 r$$\n");
        assertMarks("✗", FAIR + "For $r \\geq 0$ the influence of a residual $r$ is\n\n$$\\frac{d \\rho}{d r} = 3 r$$\n");
    }

    @Test
    void aCaseInWordsEndsTheCaseStatedBefore() {
        // "and for a negative one" kept r > 0 from the sentence before: the right slope of the other branch was false there
        String both = FAIR + "For a positive residual $r$ the influence function is\n\n$$\\frac{d \\rho}{d r} = 2 r$$\n\n"
                + "and for a negative one\n\n";
        assertMarks("✓?", both + "$$\\frac{d \\rho}{d r} = -3 r^2$$\n");
        assertMarks("✓✗", both + "$$\\frac{d \\rho}{d r} = 3 r^2$$\n");
    }

    @Test
    void aQuantityHeldOnlyToEvenPowersDoesNotStopTheOthersBeingTakenPositive() {
        // Almgren and Chriss's U(T^*) = 2X²√(ηλσ²/3): σ² under the roots kept η and λ from being taken positive (a wrong ✗ at
        // η, λ < 0); a root of a square, √(a x²), still has |x| as its point
        String cost = "$$U(T) = \\frac{\\eta X^2}{T} + \\frac{\\lambda \\sigma^2 X^2 T}{3}$$\n\n"
                + "$$T^* = \\sqrt{\\frac{3 \\eta}{\\lambda \\sigma^2}}$$\n\n";
        assertMarks("≈", cost + "$$U(T^*) = 2 X^2 \\sqrt{\\frac{\\eta \\lambda \\sigma^2}{3}}$$\n");
        assertMarks("✗", cost + "$$U(T^*) = X^2 \\sqrt{\\frac{\\eta \\lambda \\sigma^2}{3}}$$\n");
        assertMarks("✗", "$$f(x) = \\sqrt{a x^2}$$\n\n$$\\frac{d f}{d x} = \\sqrt{a}$$\n");
    }

    @Test
    void aDisplayBesideASolutionTheCueSentenceNamesInlineIsItsCoefficient() {
        // "Setting it to zero gives $u^* = -k^* x$ with $$k^* = …$$": k^* was checked as the zero of dJ/dk (a wrong ✗)
        String lqr = "$$J(k) = \\frac{(q + r k^2) x_0^2}{1 - (a - b k)^2}$$\n\n"
                + "$$\\frac{d J}{d k} = \\frac{2 r k \\, x_0^2}{1 - (a - b k)^2} - \\frac{2 b (a - b k) (q + r k^2) \\, x_0^2}"
                + "{\\left( 1 - (a - b k)^2 \\right)^2}$$\n\n"
                + "$$Q(x, u) = q x^2 + r u^2 + P (a x + b u)^2$$\n\n"
                + "$$\\frac{\\partial Q}{\\partial u} = 2 r u + 2 b P (a x + b u)$$\n\n";
        assertMarks("✓✓", lqr + "Setting it to zero gives $u^* = -k^* x$ with\n\n$$k^* = \\frac{a b P}{r + b^2 P}$$\n");
    }

    @Test
    void theLetterEADocumentDifferentiatesByIsAQuantity() {
        // Levins's extinction rate e: ∂p^*/∂e was refused, e being Euler's number (the sign mistake was not found)
        String levins = "Patches go extinct at rate $e$.\n\n$$p^* = 1 - \\frac{e}{c}$$\n\n";
        assertMarks("✓", levins + "$$\\frac{\\partial p^*}{\\partial e} = -\\frac{1}{c}$$\n");
        assertMarks("✗", levins + "$$\\frac{\\partial p^*}{\\partial e} = \\frac{1}{c}$$\n");
    }

    @Test
    void anInlineComponentTheProseAnnouncesIsReadByTheDefinitionsAboveTheStepToo() {
        // "With … $m_2 = …$": the step's m_2 was the sample moment, g's the letter, and the right curvature was false
        String gmm = "With the sample moments $\\bar{y}$ and $m_2 = \\frac{1}{n} \\sum_{i=1}^{n} y_i^2$,\n\n"
                + "$$g(\\theta) = m_2 - \\theta - \\theta^2$$\n\n$$Q(\\theta) = w g(\\theta)^2$$\n\n";
        assertMarks("✓", gmm + "$$\\frac{d^2 Q}{d \\theta^2} = 2 w (1 + 2 \\theta)^2 - 4 w (m_2 - \\theta - \\theta^2)$$\n");
        assertMarks("✗", gmm + "$$\\frac{d^2 Q}{d \\theta^2} = 2 w (1 + 2 \\theta)^2 - 2 w (m_2 - \\theta - \\theta^2)$$\n");
        assertMarks("✓", gmm + "$$\\hat{\\theta} = \\frac{-1 + \\sqrt{1 + 4 m_2}}{2}$$\n\n"
                + "$$\\frac{d \\hat{\\theta}}{d m_2} = \\frac{1}{\\sqrt{1 + 4 m_2}}$$\n");
    }
}
