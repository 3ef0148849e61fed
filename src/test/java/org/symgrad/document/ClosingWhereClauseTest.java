package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A where-clause that closes a display ("$$…$$ where $p = \operatorname{softmax}(x)$.") defines the display's names for its
 * steps, as an announcement above them would: a wrong step is ✗ (was: ? — inline math below a step was read only to prove it).
 * Inline math in a later sentence or paragraph still only proves a step.
 */
class ClosingWhereClauseTest {
    private static final String LSE = "## Log-sum-exp\n\nDefine $\\operatorname{LSE}(x) = \\log\\sum_{j=1}^n e^{x_j}$.\n\n"
            + "$$\\frac{\\partial \\operatorname{LSE}}{\\partial x_i} = \\frac{e^{x_i}}{\\sum_{j} e^{x_j}} = \\operatorname{softmax}(x)_i$$\n\n"
            + "The Hessian is\n$$\\frac{\\partial^2 \\operatorname{LSE}}{\\partial x_i \\partial x_k} = p_i(\\delta_{ik} %s p_k)$$\n"
            + "where $p = \\operatorname{softmax}(x)$.\n";

    @Test
    void aVectorDefinedInTheClauseIsReadForTheStep() {
        // was: ? 'p is defined only in inline math'
        PublicInputsTest.check(LSE.formatted("-"), "✓✓✓");
        PublicInputsTest.check(LSE.formatted("+"), "✓✓✗");
    }

    @Test
    void aDisplayTheClauseOpensIsReadForTheStep() {
        // "where" alone, then the definitions as a display: read for the step, a wrong one ✗ (was: ?, read only to prove it)
        String display = LSE.replace("where $p = \\operatorname{softmax}(x)$.\n", "where\n$$p = \\operatorname{softmax}(x)$$\n");
        PublicInputsTest.check(display.formatted("-"), "✓✓✓");
        PublicInputsTest.check(display.formatted("+"), "✓✓✗");
        // a display in a sentence of its own below the step still only proves it
        String later = LSE.replace("where $p = \\operatorname{softmax}(x)$.\n", "\nWe also use\n$$p = \\operatorname{softmax}(x)$$\n");
        PublicInputsTest.check(later.formatted("-"), "✓✓✓");
        PublicInputsTest.check(later.formatted("+"), "✓✓?");
    }

    private static final String NEURON = "The derivative is\n$$\\frac{\\partial L}{\\partial w} = \\sigma(z) x%s$$\n"
            + "where $z = w x + b$ and $L = \\log(1 + e^{z})$.\n";

    @Test
    void namesDefinedInTheClauseAreReadForTheStep() {
        PublicInputsTest.check(NEURON.formatted(""), "✓");
        // was: ? 'L is not defined in the document'
        PublicInputsTest.check(NEURON.formatted("^2"), "✗");
    }

    @Test
    void aCaseInTheClauseIsNoDefinition() {
        // "where $y_k = 1$ for the true class and $0$ otherwise": not y_k = 1 for every k; the step is judged as without the
        // clause (false only as the labels' sum is not stated, with that hint)
        CheckedDocument d = PublicInputsTest.check("Let $p_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$ and $L = -\\sum_k y_k \\log p_k$. Then\n"
                + "$$\\frac{\\partial L}{\\partial z_k} = p_k - y_k$$\nwhere $y_k = 1$ for the true class and $0$ otherwise.\n");
        org.junit.jupiter.api.Assertions.assertFalse(d.verdicts().get(0).detail().contains("inline definition of y"),
                d.verdicts().get(0).detail());
    }

    @Test
    void inlineMathInALaterParagraphOnlyProves() {
        String later = "The derivative is\n$$\\frac{\\partial L}{\\partial w} = \\sigma(z) x%s$$\n\n"
                + "In the next part, where $z = w x + b$ and $L = \\log(1 + e^{z})$, we go on.\n";
        PublicInputsTest.check(later.formatted(""), "✓");
        PublicInputsTest.check(later.formatted("^2"), "?");
    }
}
