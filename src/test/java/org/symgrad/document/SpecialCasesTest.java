package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A special case the prose states for the display after it ("If $\mu = 0$, this reduces to", "When $\alpha = 1$ we
 * recover", "If $g_i = g$ for all $i$, then"): the display is checked where the case holds, a step false there is still
 * false, and a step that differentiates by the case's value differentiates with the name written as it. Before, each of
 * these right steps was a wrong ✗ at a point where the case did not hold; so was a step under {@code assume g_i = g}.
 */
class SpecialCasesTest {
    @Test
    void aParameterSetToAValueHoldsForTheDisplayAfterIt() {
        PublicInputsTest.check("The momentum update is\n$$v_{t} = \\mu v_{t-1} - \\eta g_t .$$\n"
                + "If $\\mu = 0$, this reduces to plain gradient descent:\n$$v_t = -\\eta g_t .$$\n"
                + "If $\\mu = 0$, this reduces to plain gradient ascent:\n$$v_t = \\eta g_t .$$\n", "✓✗");
    }

    @Test
    void everyEntrySetToOneValueUnrollsAdamsBiasCorrection() {
        PublicInputsTest.check("The first moment is $m_t = \\beta_1 m_{t-1} + (1-\\beta_1) g_t$ with $m_0 = 0$. Unrolling,\n"
                + "$$m_t = (1-\\beta_1)\\sum_{i=1}^{t} \\beta_1^{t-i} g_i .$$\n"
                + "If $g_i = g$ for all $i$, then\n"
                + "$$m_t = (1-\\beta_1) g \\sum_{i=1}^{t}\\beta_1^{t-i} = g\\,(1-\\beta_1^t),$$\n"
                + "and, wrongly, if $g_i = g$ for all $i$, then\n"
                + "$$m_t = g\\,(1-\\beta_1^{t-1}).$$\n", "✓✓✗");
    }

    @Test
    void aSpecialCaseNarrowsTheSideStatedBeforeIt() {
        PublicInputsTest.check("The elastic-net penalty is $P(w) = \\alpha \\lambda |w| + \\frac{1-\\alpha}{2}\\lambda w^2$. For $w > 0$,\n"
                + "$$\\frac{dP}{dw} = \\alpha\\lambda + (1-\\alpha)\\lambda w .$$\n"
                + "When $\\alpha = 1$ we recover the lasso:\n$$\\frac{dP}{dw} = \\lambda .$$\n"
                + "When $\\alpha = 0$ we recover ridge:\n$$\\frac{dP}{dw} = \\lambda .$$\n", "✓✓✗");
    }

    @Test
    void aDerivativeByTheCasesValueDifferentiatesWithTheNameWrittenAsIt() {
        PublicInputsTest.check("The loss is $L = \\frac{1}{2}\\sum_{i=1}^n (w x_i - y_i)^2$.\n\n"
                + "Suppose every input is the same, $x_i = x$ for all $i$. Then\n"
                + "$$\\frac{\\partial L}{\\partial w} = x \\sum_{i=1}^n (w x - y_i), \\qquad "
                + "\\frac{\\partial L}{\\partial x} = w \\sum_{i=1}^n (w x - y_i), \\qquad "
                + "\\frac{\\partial L}{\\partial x_k} = w (w x - y_k),$$\n"
                + "and if $x_i = x$ for all $i$, then\n$$\\frac{\\partial L}{\\partial x} = \\sum_{i=1}^n (w x - y_i) .$$\n", "✓✓✓✗");
    }

    @Test
    void forANumberStatesASpecialCase() {
        PublicInputsTest.check("With $p_t$ the probability of the true class, the focal loss is\n$$FL(p_t) = -(1 - p_t)^\\gamma \\log p_t .$$\n"
                + "For $\\gamma = 0$ this is the cross-entropy derivative,\n$$\\frac{d\\,FL}{d p_t} = -\\frac{1}{p_t}.$$\n"
                + "For $\\gamma = 0$ it is not\n$$\\frac{d\\,FL}{d p_t} = -\\log p_t.$$\n", "✓✗");
    }

    @Test
    void anAssumedSpecialCaseSetsTheValuesDrawn() {
        PublicInputsTest.check("<!-- symgrad: assume g_i = g -->\n$$\\sum_{i=1}^{n} b^{n-i} g_i = g \\sum_{i=1}^{n} b^{n-i}$$\n"
                + "$$\\sum_{i=1}^{n} \\sin(g_i) = n \\sin(g)$$\n$$\\sum_{i=1}^{n} g_i^2 = n g$$\n", "✓✓✗");
    }

    @Test
    void aNameTheCaseIntroducesIsADefinitionNotASpecialCase() {
        // z is written first in the case: "if z = w x + b" defines it, and σ(z) varies with w through it
        PublicInputsTest.check("If $z = w x + b$, then\n"
                + "$$\\frac{\\partial \\sigma(z)}{\\partial w} = \\sigma(z)(1-\\sigma(z))\\, x .$$\n", "✓");
    }
}
