package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A step index that is also the power of a hyper-parameter: Adam's bias correction {@code \hat m_t = m_t / (1 - \beta_1^t)}.
 * Written inline, the family's definition makes t a number as a display's does ({@link ValuedIndices#of}); and where the step
 * uses t as a number only as the power of a scalar ({@code \beta_2^t} beside {@code g_t}), t is that number and g_t the gradient
 * at it ({@link ValuedIndices#powers}). Before, each was '-' ("the index t is used here as a value"). Where t counts entries
 * (an unrolled recurrence's {@code m_{t-1}}, {@code \partial m_t / \partial g_1}) or multiplies, it stays refused.
 */
class PowerIndicesTest {
    private static final String ADAM = "Adam uses $\\hat m_t = m_t / (1 - \\beta_1^t)$ with $m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$.\n\n";

    @Test
    void anInlineBiasCorrectionReadsAsTheDisplayOne() {
        // was: - -
        assertMarks("✓✗", ADAM + "$$\\frac{\\partial \\hat m_t}{\\partial g_t} = \\frac{1 - \\beta_1}{1 - \\beta_1^t}$$\n\n"
                + "$$\\frac{\\partial \\hat m_t}{\\partial g_t} = \\frac{\\beta_1}{1 - \\beta_1^t}$$\n");
    }

    @Test
    void theStepIsANumberInTheHyperParametersPower() {
        String doc = "Let $v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2$ and $\\hat v_t = v_t / (1 - \\beta_2^t)$.\n\n";
        // was: - -
        assertMarks("✓✗", doc + "$$\\frac{\\partial \\hat v_t}{\\partial g_t} = \\frac{2 (1 - \\beta_2) g_t}{1 - \\beta_2^t}$$\n\n"
                + "$$\\frac{\\partial \\hat v_t}{\\partial g_t} = \\frac{(1 - \\beta_2) g_t}{1 - \\beta_2^t}$$\n");
    }

    @Test
    void aDiscountsPowerIsTheStepAsANumber() {
        // was: – –
        String doc = "Rewards $r_1, \\dots, r_T$ are discounted: the reward of step $t$ counts as\n$$J = \\gamma^t r_t$$\n";
        assertMarks("✓✗", doc + "$$\\frac{\\partial J}{\\partial r_t} = \\gamma^t$$\n$$\\frac{\\partial J}{\\partial r_t} = 2\\gamma^{t}$$\n");
    }

    @Test
    void anIndexThatCountsEntriesStaysRefused() {
        // ∂m_t/∂g_1 = (1 − β)β^{t−1} holds for whole t only: t counts the unrolled steps
        assertMarks("––", "The momentum buffer is\n$$m_t = \\beta m_{t-1} + (1 - \\beta) g_t, \\quad m_0 = 0.$$\n"
                + "$$\\frac{\\partial m_t}{\\partial g_1} = (1 - \\beta)\\beta^{t-1}$$\n"
                + "$$\\frac{\\partial m_t}{\\partial g_1} = (1 - \\beta)\\beta^{t}$$\n");
        // x^j beside x_k: a slip for the entry, no power of a scalar
        assertMarks("–", "$$s = \\sum_k x_k^2$$\n$$\\frac{\\partial s}{\\partial x_j} = 2 x^j$$\n");
        // k a factor, not only a power
        assertMarks("–", "$$p = \\sum_{j} a_j \\lambda_j$$\n$$\\frac{\\partial p}{\\partial a_k} = k \\lambda^{k-1}$$\n");
    }
}
