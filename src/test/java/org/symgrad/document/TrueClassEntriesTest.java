package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A one-hot label stated entry-wise with the letter of its 1, "$y_k = 1$ for $k = c$ and $y_k = 0$ otherwise": the 1 is at
 * c, the true class ({@link TrueClassStatements}), so ∂L/∂z_c = p_c − 1 and ∂L/∂z_j = p_j − δ_jc of the cross-entropy are
 * read as the author means them. Was: read as the 1 at k, the sum's own letter, and both right steps were undecided.
 */
class TrueClassEntriesTest {
    private static final String CE = "Consider softmax outputs and the cross-entropy\n"
            + "$$p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}, \\qquad L = -\\sum_{k=1}^K y_k \\log p_k$$\n";

    @Test
    void theLetterTheEntrysLetterIsSetToIsTheTrueClass() {
        String steps = "$$\\frac{\\partial L}{\\partial z_c} = p_c - 1$$\n\n$$\\frac{\\partial L}{\\partial z_c} = 1 - p_c$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_j} = p_j - \\delta_{jc}$$\n\n$$\\frac{\\partial L}{\\partial z_j} = p_j - 1$$\n";
        check(CE + "where $y$ is one-hot: $y_k = 1$ for $k = c$ and $y_k = 0$ otherwise.\n\n" + steps, "✓✗✓✗");
        check(CE + "where $y$ is one-hot, $y_k = 1$ if $k = c$.\n\n" + steps, "✓✗✓✗");
    }
}
