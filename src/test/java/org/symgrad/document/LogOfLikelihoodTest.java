package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * The log of a likelihood written as a product over the sample is its log-likelihood, each factor's log apart
 * ({@code log-of-index-product}): log Π_i p^{x_i}(1 − p)^{1 − x_i} = Σ_i [x_i log p + (1 − x_i) log(1 − p)] was equal at
 * every sampled point but not proven; now proven where the factors are positive, and the report says so.
 */
class LogOfLikelihoodTest {
    private static final String BERNOULLI = "# Bernoulli MLE\n"
            + "\n"
            + "The likelihood of $x_1, \\ldots, x_n \\in \\{0, 1\\}$ is\n"
            + "$$L(p) = \\prod_{i=1}^n p^{x_i}(1-p)^{1-x_i}$$\n"
            + "so the log-likelihood is\n"
            + "$$\\ell(p) = \\log L(p) = \\sum_{i=1}^n \\left[x_i \\log p + (1 - x_i)\\log(1-p)\\right]$$\n"
            + "and a student wrote\n"
            + "$$\\log L(p) = \\sum_{i=1}^n \\left[x_i \\log p + (1 - x_i)\\log p\\right]$$\n";

    /** The conditions the first verdict's proof holds under, as symgrad prints them. */
    private static String conditions(CheckedDocument checked) {
        return checked.verdicts().get(0).verdict().orElseThrow().conditions().stream().map(Printer::ascii)
                .collect(Collectors.joining(", "));
    }

    @Test
    void theLogOfAProductOverTheSampleIsTheSumOfTheLogs() {
        // the log-likelihood ✓ (was ≈), the slip log p for log(1 − p) ✗
        CheckedDocument checked = PublicInputsTest.check(BERNOULLI, "✓✗");
        String conditions = conditions(checked);
        assertTrue(conditions.endsWith(", p, 1 - p"), conditions);
    }

    @Test
    void aProductOfFactorsOfAnySignIsProvenOnlyWhereTheyArePositive() {
        // log Π q_i = Σ log q_i holds only where every q_i > 0: proven with that condition, never unconditionally
        CheckedDocument checked = PublicInputsTest.check("$$\\log \\prod_{i=1}^n q_i = \\sum_{i=1}^n \\log q_i$$\n", "✓");
        assertTrue(conditions(checked).contains("q_k"), conditions(checked));
    }
}
