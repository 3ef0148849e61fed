package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The upper limit of a sum is a number, never a label above a name: beside {@code \sum_{i=1}^{t} \beta_1^{t-i}}, the
 * {@code \beta_1^t} and {@code \beta_1^{t-1}} of Adam's bias correction are powers. Before, the limit's caret counted as a
 * letter above a second name, so t was read as a label (β^(t)) and both steps were ?.
 */
class SumLimitsAsPowersTest {
    @Test
    void aLetterASumRunsUpToIsAPowerAboveANameBesideIt() {
        PublicInputsTest.check("Unrolling the first moment with a constant gradient:\n"
                + "$$(1-\\beta_1) \\sum_{i=1}^{t} \\beta_1^{t-i} = 1 - \\beta_1^t$$\nand, wrongly,\n"
                + "$$(1-\\beta_1) \\sum_{i=1}^{t} \\beta_1^{t-i} = 1 - \\beta_1^{t-1}$$\n", "✓✗");
    }
}
