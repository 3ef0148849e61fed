package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty-two left unread by session 36 ({@code fresh-homework}), read generally. Signals
 * written as functions of a time index, Haykin's {@code x(n - 1)}, {@code w_0(n)}, {@code e(n) = d(n) - y(n)}, are indexed
 * quantities (every LMS step was refused); a real function, {@code v(t - 1)} under {@code d/dt}, keeps its calls. A family of
 * functions used above its definition (Agresti's {@code \pi_j(x)} before "{@code \pi_j(x) = …}") is that family's member,
 * not π_j times x; a subscript that is no list of distinct index names names one quantity (Haykin's optimum taps
 * {@code w_{o,0}}, {@code w_{o,1}}, a steady state {@code C_{ss}}); a definition in inline math after a noun phrase
 * ("what is left, $C(t) = …$", "towards the plateau $C_{ss} = …$", "decays as $A(t) = …$") is read as one.
 */
class ThirtyThirdRoundNotationTest {
    private static final String LMS = "The filter output is\n\n$$y(n) = w_0(n) \\, x(n) + w_1(n) \\, x(n - 1)$$\n\n"
            + "The estimation error is $e(n) = d(n) - y(n)$, and LMS uses\n\n$$\\hat{J}(n) = e^2(n)$$\n\n";

    @Test
    void aSignalAtATimeIndexIsAnIndexedQuantity() {
        // w_0(n): "is this w_0 times n, or w_0 as a function of n?", and ∂/∂w_0(n) "a function value": every step refused
        assertMarks("✓", LMS + "$$\\frac{\\partial \\hat{J}(n)}{\\partial w_0(n)} = -2 e(n) \\, x(n)$$\n");
        assertMarks("✓", LMS + "$$\\frac{\\partial \\hat{J}(n)}{\\partial w_1(n)} = -2 e(n) \\, x(n - 1)$$\n");
        assertMarks("✗", LMS + "$$\\frac{\\partial \\hat{J}(n)}{\\partial w_1(n)} = 2 e(n) \\, x(n - 1)$$\n");
        // a derivative by a past sample
        assertMarks("✓", LMS + "$$\\frac{\\partial \\hat{J}(n)}{\\partial x(n - 1)} = -2 e(n) \\, w_1(n)$$\n");
    }

    @Test
    void aFunctionOfTheVariableADerivativeTakesKeepsItsCalls() {
        // t is differentiated by: v(t - 1) is v at t − 1, not a sample
        assertMarks("✓", "$$\\frac{d}{dt} \\left( u(t) \\, v(t - 1) \\right) = u'(t) \\, v(t - 1) + u(t) \\, v'(t - 1)$$\n");
        assertMarks("✗", "$$\\frac{d}{dt} \\left( u(t) \\, v(t - 1) \\right) = u'(t) \\, v(t - 1)$$\n");
    }

    private static final String LENGTHENED = "$$\\rho_{kk'} = \\frac{k \\rho}{1 + (k - 1) \\rho}$$\n\n";

    @Test
    void aSubscriptedNameDefinedByItsBareNameIsAQuantityOfItsOwn() {
        // ρ_{kk'} = kρ/(1 + (k − 1)ρ): "recursive definition: rho → rho", and every step using it was skipped
        assertMarks("✓", LENGTHENED + "$$\\frac{\\partial \\rho_{kk'}}{\\partial k} = \\frac{\\rho (1 - \\rho)}{\\left[ 1 + (k - 1) \\rho \\right]^2}$$\n");
        assertMarks("✗", LENGTHENED + "$$\\frac{\\partial \\rho_{kk'}}{\\partial \\rho} = \\frac{k \\rho}{\\left[ 1 + (k - 1) \\rho \\right]^2}$$\n");
    }

    @Test
    void aSolutionHoldingANameTheDerivativeDoesNotSolvesAnotherEquation() {
        // "Solving for the factor that reaches a target reliability" was the zero of ∂ρ_{kk'}/∂k at k^*: a wrong ✗
        String target = LENGTHENED + "$$\\frac{\\partial \\rho_{kk'}}{\\partial k} = \\frac{\\rho (1 - \\rho)}{\\left[ 1 + (k - 1) \\rho \\right]^2}$$\n\n"
                + "Solving for the factor that reaches a target reliability $\\rho^*$ gives\n\n"
                + "$$k^* = \\frac{\\rho^* (1 - \\rho)}{\\rho (1 - \\rho^*)}$$\n\n";
        assertMarks("✓✓", target + "$$\\frac{\\partial k^*}{\\partial \\rho} = -\\frac{\\rho^*}{\\rho^2 (1 - \\rho^*)}$$\n");
        // a zero the derivative does have is still checked: x^* = a/2 of d(ax − x²)/dx
        assertMarks("✓✗", "$$f = a x - x^2$$\n\n$$\\frac{d f}{d x} = a - 2 x$$\n\nSetting it to zero gives\n\n$$x^* = a$$\n");
    }

    @Test
    void aFamilyUsedAboveItsDefinitionIsItsMember() {
        // log(π_j(x)/π_J(x)) = α_j + β_j x above the definitions was refused: π_j times x, or π_j as a function of x?
        String model = "$$\\log \\frac{\\pi_j(x)}{\\pi_J(x)} = \\alpha_j + \\beta_j x$$\n\nso that\n\n"
                + "$$\\pi_j(x) = \\frac{\\exp(\\alpha_j + \\beta_j x)}{1 + \\sum_{h=1}^{J-1} \\exp(\\alpha_h + \\beta_h x)}$$\n\nand\n\n"
                + "$$\\pi_J(x) = \\frac{1}{1 + \\sum_{h=1}^{J-1} \\exp(\\alpha_h + \\beta_h x)}$$\n";
        assertMarks("✓", model);
        // a statement the definitions below do not bear out stays undecided, never false
        assertMarks("?", model.replace("\\alpha_j + \\beta_j x$$\n\nso", "\\alpha_j - \\beta_j x$$\n\nso"));
    }

    @Test
    void aLabelBesideATapNumberNamesOneQuantity() {
        // w_{o,0} = … was refused: "the indices of a defined name must be distinct index names"
        String taps = "$$w_{o,0} = \\frac{r_0 p_0 - r_1 p_1}{r_0^2 - r_1^2}, \\qquad w_{o,1} = \\frac{r_0 p_1 - r_1 p_0}{r_0^2 - r_1^2}$$\n\n";
        assertMarks("✓", taps + "$$r_0 w_{o,0} + r_1 w_{o,1} = p_0$$\n");
        assertMarks("✗", taps + "$$r_1 w_{o,0} + r_0 w_{o,1} = p_0$$\n");
        // the single tap's w_o beside them is another quantity, not a component written at an index name
        assertMarks("✓", taps + "With $w_o = p / r$,\n\n$$r (w - w_o)^2 = r w^2 - 2 p w + \\frac{p^2}{r}$$\n");
    }

    @Test
    void aRepeatedLetterSubscriptNamesOneQuantity() {
        // Let $C_{ss} = …$ was not read: C_{ss} as two indices s, s of C
        assertMarks("✓", "Let $C_{ss} = k_0 / (k V)$. Then\n\n$$C_{ss} V = \\frac{k_0}{k}$$\n");
        assertMarks("✗", "Let $C_{ss} = k_0 / (k V)$. Then\n\n$$C_{ss} V = \\frac{k_0}{k V}$$\n");
    }

    @Test
    void anInlineDefinitionAfterANounPhraseIsRead() {
        // "what is left, $C(t) = …$" and "decays as $A(t) = …$" were not read (undecided), nor A beside its A_0
        String kinetics = "The reactant decays as $A(t) = A_0 e^{-k_1 t}$ and the intermediate is\n\n"
                + "$$B(t) = \\frac{k_1 A_0}{k_2 - k_1} \\left( e^{-k_1 t} - e^{-k_2 t} \\right)$$\n\n"
                + "The product is what is left, $C(t) = A_0 - A(t) - B(t)$, so\n\n";
        assertMarks("✓", kinetics + "$$\\frac{d C}{d t} = k_2 B(t)$$\n");
        assertMarks("✗", kinetics + "$$\\frac{d C}{d t} = k_1 B(t)$$\n");
        // "It rises towards the plateau $C_{ss} = …$": announced, read as a display definition
        assertMarks("✗", "It rises towards the plateau $C_{ss} = k_0 / (k V)$, and\n\n$$C_{ss} V = \\frac{k_0}{k V}$$\n");
        // beside the displayed function C(t) the plateau C_{ss} is a quantity of its own, not an entry of C
        String infusion = "$$C(t) = \\frac{k_0}{k V} \\left( 1 - e^{-k t} \\right)$$\n\nIt rises towards the plateau $C_{ss} = k_0 / (k V)$, and\n\n";
        assertMarks("✓", infusion + "$$D_L = C_{ss} V = \\frac{k_0}{k}$$\n");
        assertMarks("✗", infusion + "$$D_L = C_{ss} V = \\frac{k_0}{k^2}$$\n");
    }
}
