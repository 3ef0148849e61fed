package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-eight ({@code fresh-homework}, from {@code garch11-variance-score.md} on in the
 * README's table) and the wrong verdicts it showed. A name marked as a solution after the word that arrives at it, "giving
 * $x^* = \frac{m}{a s^2}$", is announced ({@code InlineDefinitions}: it was read only where a step holds with it, so a
 * wrong value at the optimum stayed undecided). {@code \ln k = …} after {@code k(T) = …} takes the logarithm of both sides
 * of k's definition ({@code DefiningStatements}: it was read as a new definition of k, and nothing was checked). A
 * logarithm in a whole-number base defines the name under it, {@code \log_{10} \gamma = …} as γ = 10^{…}
 * ({@code DefiningStatements}: γ was undefined). A function nothing defines that cancels from the side it is on, A(τ) in
 * (1/P) ∂²P/∂r² with P = A(τ) e^{−B r}, leaves a false step false ({@code PairChecker}: it was undecided). A defined
 * function at a point named by a label, Y(E_{\text{MSY}}) after Y(E) = …, is a claim ({@code Rearrangements}: Y was defined
 * again). A time derivative of a quantity written with dots, dE/dt of E(θ, θ̇), is the chain rule through the moving names
 * ({@code TrajectoryDerivatives}: E did not depend on t, and the step was undecided).
 */
class TwentyEighthRoundNotationTest {
    private static final String OPTIMUM = "$$J(x) = x m - \\frac{a}{2} x^2 s^2$$\n\n"
            + "Setting its derivative to zero, giving $x^* = \\frac{m}{a s^2}$. The optimum value is\n\n";

    @Test
    void aMarkedNameAfterTheWordThatArrivesAtItIsAnnounced() {
        assertMarks("✗", OPTIMUM + "$$J(x^*) = \\frac{m^2}{a s^2}$$\n");
        assertMarks("✓", OPTIMUM + "$$J(x^*) = \\frac{m^2}{2 a s^2}$$\n");
    }

    private static final String RATE = "$$k(T) = A T \\exp\\left(-\\frac{E}{R T}\\right)$$\n\nTaking logarithms,\n\n";

    @Test
    void theLogarithmOfADefinedFunctionsBareNameIsAStepNotANewDefinition() {
        assertMarks("✓", RATE + "$$\\ln k = \\ln A + \\ln T - \\frac{E}{R T}$$\n");
        assertMarks("✗", RATE + "$$\\ln k = \\ln A + \\ln T + \\frac{E}{R T}$$\n");
        // a name nothing defined is still defined by its logarithm
        assertMarks("✓", "$$\\ln p = -\\frac{x^2}{2}$$\n\n$$\\frac{dp}{dx} = -x p$$\n");
    }

    @Test
    void aLogarithmInAWholeNumberBaseDefinesTheNameUnderIt() {
        // the extended Debye–Hückel law: \log_{10} γ = … defines γ as 10 to that power (it was undecided, γ undefined)
        String law = "$$\\log_{10} y = -\\frac{A \\sqrt{I}}{1 + B \\sqrt{I}}$$\n\n";
        assertMarks("✓", law + "$$\\frac{d \\ln y}{d I} = -\\frac{A \\ln 10}{2 \\sqrt{I} (1 + B \\sqrt{I})^2}$$\n");
        assertMarks("✗", law + "$$\\frac{d \\ln y}{d I} = -\\frac{A \\ln 10}{2 \\sqrt{I} (1 + B \\sqrt{I})}$$\n");
        assertMarks("✓", "$$\\log_2 y = x^2$$\n\n$$\\frac{dy}{dx} = 2 x y \\ln 2$$\n");
    }

    private static final String BOND = "$$P(r) = A(\\tau) e^{-B r}$$\n\n";

    @Test
    void aFunctionNothingDefinesThatCancelsFromItsSideLeavesTheStepDecided() {
        // Vasicek's convexity: A(τ) cancels from (1/P) ∂²P/∂r², so a wrong B for B² is false (it was undecided)
        assertMarks("✗", BOND + "$$\\frac{1}{P} \\frac{\\partial^2 P}{\\partial r^2} = B$$\n");
        assertMarks("✓", BOND + "$$\\frac{1}{P} \\frac{\\partial^2 P}{\\partial r^2} = B^2$$\n");
        // where it stays, what A is decides the step
        assertMarks("?", BOND + "$$\\frac{\\partial^2 P}{\\partial r^2} = B$$\n");
    }

    private static final String YIELD = "$$Y(E) = q E K \\left( 1 - \\frac{q E}{r} \\right)$$\n\n"
            + "Hence the yield is largest at $E_{\\text{MSY}} = \\frac{r}{2q}$, where\n\n";

    @Test
    void aDefinedFunctionAtALabelledPointIsAClaimNotANewDefinition() {
        // Y(E_MSY) = … was read as a new definition of Y, so nothing was checked and Y no longer depended on E
        String curvature = "\n$$\\frac{d^2 Y}{dE^2} = -\\frac{2 q^2 K}{r}$$\n";
        assertMarks("✓✓", YIELD + "$$Y(E_{\\text{MSY}}) = \\frac{r K}{4}$$\n" + curvature);
        assertMarks("✗✓", YIELD + "$$Y(E_{\\text{MSY}}) = \\frac{r K}{2}$$\n" + curvature);
        // f(θ^*) with θ^* named after "that is"
        String square = "$$f(\\theta) = \\theta^2 - \\alpha \\theta$$\n\n"
                + "Setting the slope to zero, $2\\theta - \\alpha = 0$, that is $\\theta^* = \\frac{\\alpha}{2}$.\n\n";
        assertMarks("✓", square + "$$f(\\theta^*) = -\\frac{\\alpha^2}{4}$$\n");
        assertMarks("✗", square + "$$f(\\theta^*) = -\\frac{\\alpha^2}{2}$$\n");
        // another letter stays a new definition, as a density p(y) beside p(x) is
        assertMarks("✓", "$$Y(E) = q E$$\n\n$$Y(F) = F^2$$\n\n$$\\frac{dY}{dF} = 2 F$$\n");
    }

    private static final String ENERGY = "$$E(\\theta, \\dot\\theta) = \\frac{1}{2} m l^2 \\dot\\theta^2 + m g l (1 - \\cos\\theta)$$\n\n";

    @Test
    void aTimeDerivativeAlongAMotionWrittenWithDotsIsTheChainRuleThroughTheMovingNames() {
        // E did not depend on t as defined, and dE/dt was undecided
        assertMarks("✓", ENERGY + "$$\\frac{dE}{dt} = m l^2 \\dot\\theta \\ddot\\theta + m g l \\sin\\theta \\, \\dot\\theta$$\n");
        assertMarks("✗", ENERGY + "$$\\frac{dE}{dt} = m l^2 \\dot\\theta \\ddot\\theta + m g l \\sin\\theta$$\n");
        // with the equation of motion, which defines θ̈
        assertMarks("✓", "$$\\ddot\\theta = -\\frac{b}{m} \\dot\\theta - \\frac{g}{l} \\sin\\theta$$\n\n" + ENERGY
                + "$$\\frac{dE}{dt} = -b l^2 \\dot\\theta^2$$\n");
        // an expression written out, x beside ẋ moving too
        assertMarks("✓", "$$\\frac{d}{dt} \\left( \\frac{1}{2} m \\dot x^2 + \\frac{1}{2} k x^2 \\right) = m \\dot x \\ddot x + k x \\dot x$$\n");
        // without dots nothing moves: V(x) does not depend on t as defined
        assertMarks("?", "$$V(x) = \\frac{1}{2} k x^2$$\n\n$$\\frac{dV}{dt} = k x$$\n");
    }
}
