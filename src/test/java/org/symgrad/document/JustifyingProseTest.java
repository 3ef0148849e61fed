package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The words right after a step that give its reason — "since $\sum_i p_i = 1$.", "because y is one-hot" — state an
 * assumption for that step too, not only for the steps after them.
 */
class JustifyingProseTest {
    private static final String SOFTMAX = "Let $q_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$ and $p$ fixed. Then\n"
            + "$$D = \\sum_i p_i \\log\\frac{p_i}{q_i}$$\nand\n";

    @Test
    void aSumToOneGivenAfterTheStepHoldsForIt() {
        // was: ✗ 'true if \sum_k p_k = 1: state it', the sum to one stated on the next line
        CheckedDocument d = PublicInputsTest.check(SOFTMAX + "$$\\frac{\\partial D}{\\partial z_k} = q_k - p_k$$\n"
                + "since $\\sum_i p_i = 1$.\n\n$$\\frac{\\partial D}{\\partial z_k} = p_k - q_k$$\n", "✓✗");
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("line 5: assumes sum_i p_i = 1 (from the text), for the step above it too")),
                d.messages()::toString);
    }

    @Test
    void aOneHotLabelGivenAsTheReason() {
        PublicInputsTest.check(SOFTMAX.replace("and $p$ fixed", "with targets $p$") + "$$\\frac{\\partial D}{\\partial z_k} = q_k - p_k$$\n"
                + "because $p$ is one-hot.\n", "✓");
    }

    @Test
    void wordsAfterTheStepThatGiveNoReasonHoldOnlyAfterIt() {
        PublicInputsTest.check(SOFTMAX + "$$\\frac{\\partial D}{\\partial z_k} = q_k - p_k$$\n"
                + "Next, suppose $\\sum_i p_i = 1$.\n\n$$\\frac{\\partial D}{\\partial z_k} = q_k - p_k$$\n", "✗✓");
    }
}
