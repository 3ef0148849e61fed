package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A special case the prose states for the display after it ("If $\mu = 0$, this reduces to", "When $\alpha = 1$ we
 * recover", "If $g_i = g$ for all $i$, then"): the display is checked where the case holds, a step false there is still
 * false, and a step that differentiates by the case's value differentiates with the name written as it. Before, each of
 * these right steps was a wrong ✗ at a point where the case did not hold; so was a step under {@code assume g_i = g}.
 */
class SpecialCasesTest {
    /** A cross-entropy over a softmax with a label vector y. */
    private static final String SOFTMAX_LOSS =
            "$$L = -\\sum_{k=1}^{K} y_k \\log p_k, \\qquad p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$$\n\n";

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
                + "$$m_t = g\\,(1-\\beta_1^{t-1}).$$\n", "✓≈✗");
        // the geometric sum runs to the step t, no longer to the range size n (RunningLimitsTest): its closed form agrees at
        // every sampled t but is not proven by the rule for a sum to n
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

    @Test
    void aLabelsEntrySetToOnePutsItsOneThere() {
        // the targets sum to one: y_k = 1 is the label one-hot at k (the softmax gradient p_k − 1 at the true class)
        String softmax = "Let $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$ and $L = -\\sum_{j=1}^{K} y_j \\log p_j$, where ";
        String steps = "$$\\frac{\\partial L}{\\partial z_k} = p_k - y_k .$$\n"
                + "If $y_k = 1$, then\n$$\\frac{\\partial L}{\\partial z_k} = p_k - 1 .$$\n"
                + "If $y_k = 1$, then\n$$\\frac{\\partial L}{\\partial z_k} = p_k + 1 .$$\n"
                + "If $y_k = 1$, then\n$$\\frac{\\partial L}{\\partial z_j} = p_j - \\delta_{jk} .$$\n";
        PublicInputsTest.check(softmax + "the targets sum to one, $\\sum_{j=1}^{K} y_j = 1$.\n\n" + steps, "✓✓✗✓");
        PublicInputsTest.check(softmax + "$y$ is one-hot.\n\n" + steps, "✓✓✗✓");
    }

    @Test
    void anEntryOfAVectorThatIsNoLabelIsNoSpecialCase() {
        // w_k = 1 says nothing of the other weights: w is not one-hot at k
        PublicInputsTest.check("Let $L = \\sum_{j=1}^{n} w_j x_j$.\n\nIf $w_k = 1$, then\n"
                + "$$\\frac{\\partial L}{\\partial x_j} = \\delta_{jk} .$$\n", "✗");
    }

    @Test
    void everyConditionOfAListHolds() {
        // Hadsell et al.'s contrastive loss: "($y = 1$, $d < m$)" sets the label and states the margin's side
        PublicInputsTest.check("With distance $d = \\sqrt{(a - b)^2}$ and margin $m$, the loss for a pair is\n"
                + "$$L = (1 - y) \\frac{1}{2} d^2 + y \\frac{1}{2} (m - d)^2 .$$\n"
                + "For a similar pair ($y = 0$) the gradient is\n$$\\frac{\\partial L}{\\partial d} = d .$$\n"
                + "For a dissimilar pair inside the margin ($y = 1$, $d < m$),\n$$\\frac{\\partial L}{\\partial d} = -(m - d) .$$\n"
                + "For a dissimilar pair inside the margin ($y = 1$, $d < m$),\n$$\\frac{\\partial L}{\\partial d} = m - d .$$\n",
                "✓✓✗");
    }

    @Test
    void eachConditionInItsOwnBracketsHolds() {
        // "($y = 0$) inside the margin ($d < m$)," with a comma, or "we get", into the display: was ✗ on the right step (neither read)
        String loss = "The contrastive loss for a pair at distance $d$ with label $y \\in \\{0, 1\\}$ and margin $m$ is\n"
                + "$$L = \\frac{1}{2} y\\, d^2 + \\frac{1}{2}(1 - y) \\max(0, m - d)^2 .$$\n";
        for (String words : new String[] {"For a dissimilar pair ($y = 0$) inside the margin ($d < m$),",
                "For a dissimilar pair ($y = 0$) inside the margin ($d < m$), we get", "For a dissimilar pair, $y = 0$, inside the margin, $d < m$,"}) {
            PublicInputsTest.check(loss + words + "\n$$\\frac{\\partial L}{\\partial d} = -(m - d)$$\nand the student's\n"
                    + "$$\\frac{\\partial L}{\\partial d} = (m - d)$$\n", "✓✗");
        }
    }

    @Test
    void aChainOfEqualitiesSetsEachNumberedQuantity() {
        // the Hellinger distance of two Gaussians of equal widths
        String h = "For two Gaussians,\n$$H^2 = 1 - \\sqrt{\\frac{2 \\sigma_1 \\sigma_2}{\\sigma_1^2 + \\sigma_2^2}} "
                + "\\exp\\left(-\\frac{(\\mu_1 - \\mu_2)^2}{4(\\sigma_1^2 + \\sigma_2^2)}\\right) .$$\n";
        PublicInputsTest.check(h + "With equal widths $\\sigma_1 = \\sigma_2 = \\sigma$,\n"
                + "$$H^2 = 1 - \\exp\\left(-\\frac{(\\mu_1 - \\mu_2)^2}{8 \\sigma^2}\\right) .$$\n"
                + "If $\\sigma_1 = \\sigma$ and $\\sigma_2 = \\sigma$, then\n"
                + "$$H^2 = 1 - \\exp\\left(-\\frac{(\\mu_1 - \\mu_2)^2}{4 \\sigma^2}\\right) .$$\n", "✓✗");
        // one numbered entry set leaves the other free
        PublicInputsTest.check(h + "If $\\sigma_1 = \\sigma$, then\n"
                + "$$H^2 = 1 - \\exp\\left(-\\frac{(\\mu_1 - \\mu_2)^2}{8 \\sigma^2}\\right) .$$\n", "✗");
    }

    @Test
    void anEntryByALetterNoFreeIndexUsesSetsEveryEntry() {
        // "$t_i = 1$" before a sum over i: every exposure is one (Poisson regression with an offset)
        String poisson = "The mean is $\\mu_i = t_i e^{\\eta_i}$ with $\\eta_i = \\beta x_i$. The log-likelihood is\n"
                + "$$\\ell = \\sum_{i=1}^{n} \\left( y_i \\log \\mu_i - \\mu_i \\right) .$$\n";
        PublicInputsTest.check(poisson + "If the exposure is one, $t_i = 1$, then\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\beta} = \\sum_{i=1}^{n} (y_i - e^{\\beta x_i}) x_i .$$\n"
                + "If the exposure is one, $t_i = 1$, then\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\beta} = \\sum_{i=1}^{n} (y_i - e^{\\beta x_i}) .$$\n", "✓✗");
        // a display free in i sets no entry: t_i = 1 there is one entry, which the derivative by t_j does not see
        PublicInputsTest.check(poisson + "If $t_i = 1$, then\n"
                + "$$\\frac{\\partial \\ell}{\\partial t_i} = \\frac{y_i}{t_i} - e^{\\beta x_i} .$$\n", "✓");
    }

    @Test
    void withSetsANumberOrNamesToOneValueAndOtherwiseDefines() {
        // "with $a = w x + b$" defines a; "with $\\lambda = 0$" is the case λ = 0
        PublicInputsTest.check("The ridge loss is $L = (y - w x)^2 + \\lambda w^2$.\n\n"
                + "With $\\lambda = 0$ the gradient is\n$$\\frac{\\partial L}{\\partial w} = -2 x (y - w x) .$$\n"
                + "With $\\lambda = 0$ the gradient is\n$$\\frac{\\partial L}{\\partial w} = -2 x (y - w x) + 2 \\lambda w .$$\n"
                + "Let $h = \\tanh(a)$ with $a = w x + b$, so\n$$\\frac{\\partial h}{\\partial w} = (1 - h^2) x .$$\n", "✓✓✓");
    }

    @Test
    void settingOrTakingAValueStatesASpecialCase() {
        String momentum = "The momentum update is\n$$v_t = \\mu v_{t-1} - \\eta g_t .$$\n";
        PublicInputsTest.check(momentum + "Setting $\\mu = 0$ gives plain gradient descent,\n$$v_t = -\\eta g_t .$$\n"
                + "Taking $\\mu = 0$ we get\n$$v_t = -\\eta g_t .$$\n"
                + "Setting $\\mu = 0$ gives\n$$v_t = \\eta g_t .$$\n", "✓✓✗");
    }

    @Test
    void atAValueStartingASentenceStatesASpecialCase() {
        // "At $\mu = 0$ the update is" (was a wrong ✗: μ read as defined only in inline math); "at" inside a sentence names
        // a point ("undefined at $x = 0$, so"), not a case: the display below is checked where it is defined, not at 0
        String momentum = "The momentum update is\n$$v_t = \\mu v_{t-1} - \\eta g_t .$$\n";
        PublicInputsTest.check(momentum + "At $\\mu = 0$ the update is\n$$v_t = -\\eta g_t .$$\n"
                + "At $\\mu = 0$ the update is\n$$v_t = \\eta g_t .$$\n", "✓✗");
        PublicInputsTest.check("$$f = x |x| .$$\nThe quotient form is undefined at $x = 0$, so\n"
                + "$$\\frac{df}{dx} = \\frac{2 x^2}{|x|} .$$\n", "✓");
    }

    @Test
    void aDefinitionRestatedUnderACaseIsCheckedThereAndTheCaseGoesOnWithIts() {
        // elastic collision: v_1' restated for a target at rest (was a silent new definition, so a mistake there went
        // unseen); "Its derivative" goes on in the case, and differentiates the restated value
        String collision = "Momentum and energy give the final velocity of the first body\n"
                + "$$v_1' = \\frac{m_1 - m_2}{m_1 + m_2} u_1 + \\frac{2 m_2}{m_1 + m_2} u_2 .$$\n\n";
        String derivative = "Its derivative in the mass of the target is\n"
                + "$$\\frac{\\partial v_1'}{\\partial m_2} = -\\frac{2 m_1 u_1}{(m_1 + m_2)^2} .$$\n";
        PublicInputsTest.check(collision + "For a target at rest, $u_2 = 0$, and\n"
                + "$$v_1' = \\frac{m_1 - m_2}{m_1 + m_2} u_1 .$$\n\n" + derivative, "✓✓");
        PublicInputsTest.check(collision + "For a target at rest, $u_2 = 0$, and\n"
                + "$$v_1' = \\frac{m_1 + m_2}{m_1 - m_2} u_1 .$$\n\n" + derivative, "✗✓");
        // without a case, the same component written again is a claim about its definition, false here
        PublicInputsTest.check(collision + "Then\n$$v_1' = \\frac{m_1 - m_2}{m_1 + m_2} u_1 .$$\n", "✗");
    }

    @Test
    void theTrueClassOfALabelVectorThatSumsToOneIsWhereItsOneIs() {
        // "For the true class $k$" with targets stated to sum to one (was a wrong ✗ at targets that were no label)
        String softmax = "Let $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$ and $L = -\\sum_{j=1}^{K} y_j \\log p_j$, where "
                + "the targets sum to one, $\\sum_{j=1}^{K} y_j = 1$.\n\nThe gradient is\n"
                + "$$\\frac{\\partial L}{\\partial z_k} = p_k - y_k .$$\n\nFor the true class $k$,\n";
        PublicInputsTest.check(softmax + "$$\\frac{\\partial L}{\\partial z_k} = p_k - 1 .$$\n", "✓✓");
        PublicInputsTest.check(softmax + "$$\\frac{\\partial L}{\\partial z_k} = p_k + 1 .$$\n", "✓✗");
    }

    @Test
    void aCaseTheProseLeavesDoesNotHoldForTheGeneralStepAfterIt() {
        // the restatement under μ = 0 gives v no new meaning: the derivative in μ after it is of the update as defined
        PublicInputsTest.check("The momentum update is\n$$v_t = \\mu v_{t-1} - \\eta g_t .$$\nIf $\\mu = 0$, then\n"
                + "$$v_t = -\\eta g_t .$$\nThe derivative of the update in $\\mu$ is\n"
                + "$$\\frac{\\partial v_t}{\\partial \\mu} = v_{t-1} .$$\n", "✓✓");
    }

    @Test
    void aCaseThatSetsTheRangeSizeRunsTheSumsToIt() {
        // "For a single example ($m = 1$)" of a cost over m examples (was two wrong ✗: m, the sums' size, could not be set)
        String cost = "The cost over $m$ examples is\n$$J = \\frac{1}{2m} \\sum_{i=1}^{m} (w x_i - y_i)^2 .$$\n";
        PublicInputsTest.check(cost + "For a single example ($m = 1$),\n$$\\frac{\\partial J}{\\partial w} = (w x_1 - y_1) x_1 .$$\n"
                + "If $m = 1$, then\n$$J = \\frac{1}{2} (w x_1 - y_1)^2 .$$\n"
                + "If $m = 1$, then\n$$J = (w x_1 - y_1)^2 .$$\n", "≈≈✗");
    }

    @Test
    void anEntryOfAOneHotLabelSetToOneAsAFactNamesTheTrueClass() {
        // "Since $y$ is one-hot with $y_c = 1$," (was two wrong ✗: the label's 1 was drawn anywhere)
        String loss = SOFTMAX_LOSS
                + "Since $y$ is one-hot with $y_c = 1$,\n\n$$L = -\\log p_c = -z_c + \\log \\sum_{j=1}^{K} e^{z_j} .$$\n\nTherefore\n\n";
        PublicInputsTest.check(loss + "$$\\frac{\\partial L}{\\partial z_k} = p_k - \\delta_{kc} .$$\n", "✓✓✓");
        PublicInputsTest.check(loss + "$$\\frac{\\partial L}{\\partial z_k} = p_k + \\delta_{kc} .$$\n", "✓✓✗");
    }

    @Test
    void aZeroEntryOfAOneHotLabelPutsItsOneElsewhere() {
        // "If $y_k = 0$" (was a wrong ✗: no case, so the step was checked where y_k = 1 too)
        String loss = SOFTMAX_LOSS
                + "where the label is one-hot. If $y_k = 1$, then\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k - 1 .$$\n\n";
        PublicInputsTest.check(loss + "If $y_k = 0$, then\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k .$$\n", "✓✓");
        PublicInputsTest.check(loss + "If $y_k = 0$, then\n\n$$\\frac{\\partial L}{\\partial z_k} = p_k - 1 .$$\n", "✓✗");
    }

    @Test
    void aCaseSettingAVectorWrittenByItsEntriesSetsEachEntry() {
        // "At $w = 0$" of the weights w_d: every σ of the logistic model is 1/2, and the curvature is a quarter of Σ x²
        String logistic = "With $N$ examples of $D$ features, the model is $\\mu_n = \\frac{1}{1 + e^{-\\sum_{d=1}^{D} w_d x_{nd}}}$"
                + " and the negative log-likelihood is\n\n$$\\ell = -\\sum_{n=1}^{N} \\left[ y_n \\log \\mu_n + (1 - y_n)"
                + " \\log (1 - \\mu_n) \\right]$$\n\nAt $w = 0$ the curvature is\n\n";
        PublicInputsTest.check(logistic + "$$\\sum_{j=1}^{D} \\frac{\\partial^2 \\ell}{\\partial w_j^2} = \\frac{1}{4} \\sum_{n=1}^{N}"
                + " \\sum_{j=1}^{D} x_{nj}^2$$\n", "✓");
        PublicInputsTest.check(logistic + "$$\\sum_{j=1}^{D} \\frac{\\partial^2 \\ell}{\\partial w_j^2} = \\frac{1}{2} \\sum_{n=1}^{N}"
                + " \\sum_{j=1}^{D} x_{nj}^2$$\n", "✗");
    }

    @Test
    void aSizeACaseSetsBoundsTheFreeIndices() {
        // "If $K = 2$": the free j of ∂p_1/∂z_j runs over the two classes (was a wrong ✗ at j = 3, where p_3 is no class)
        String softmax = "The softmax over $K$ classes is $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$.\n\nIf $K = 2$, then\n\n";
        PublicInputsTest.check(softmax + "$$\\frac{\\partial p_1}{\\partial z_j} = p_1 (\\delta_{1j} - p_j)$$\n", "≈");
        PublicInputsTest.check(softmax + "$$\\frac{\\partial p_1}{\\partial z_j} = p_1 (\\delta_{1j} + p_j)$$\n", "✗");
        PublicInputsTest.check(softmax + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_i)$$\n", "✗");
        // the classes a size of their own beside N examples
        String batch = "The loss over $N$ examples is $L = -\\frac{1}{N}\\sum_{n=1}^{N} \\sum_{k=1}^{K} t_{nk} \\log p_{nk}$ with"
                + " $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$.\n\nIf $K = 2$, then\n\n";
        PublicInputsTest.check(batch + "$$\\frac{\\partial p_1}{\\partial z_j} = p_1 (\\delta_{1j} - p_j)$$\n", "≈");
        PublicInputsTest.check(batch + "$$\\sum_{k=1}^{K} z_k = z_1 + z_2 + z_3$$\n", "✗");
    }
}
