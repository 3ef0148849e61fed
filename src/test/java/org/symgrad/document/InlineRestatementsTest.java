package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An inline definition written again holds from there on: "If instead we write the loss as
 * $\ell = -z_c + \log \sum_j e^{z_j}$" was read with the loss announced first ($\ell = -\sum_k y_k \log p_k$), a wrong ✗.
 * And a name the inline math sums over is a family ({@code NameSubscripts}): the displays' {@code z_j} and {@code z_c}
 * beside "$p_k = e^{z_k} / \sum_j e^{z_j}$" are its members, not two labels (before: "could not read p", a wrong ✗).
 */
class InlineRestatementsTest {
    private static final String SOFTMAX = "Let the logits be $z \\in \\mathbb{R}^K$ and $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$. ";

    @Test
    void theLastAnnouncedDefinitionAboveAStepHoldsThere() {
        CheckedDocument d = PublicInputsTest.check(SOFTMAX + "The label is one-hot and the loss is "
                + "$\\ell = -\\sum_{k=1}^K y_k \\log p_k$.\n\n$$\\frac{\\partial \\ell}{\\partial z_j} = p_j - y_j$$\n\n"
                + "If instead we write the loss as $\\ell = -z_c + \\log \\sum_j e^{z_j}$, then\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial z_c} = p_c - 1$$\n\nand\n\n$$\\frac{\\partial \\ell}{\\partial z_c} = p_c$$\n",
                "✓✓✗");
        assertTrue(d.verdicts().get(0).detail().contains("(line 1: $\\ell"), () -> d.verdicts().get(0).detail());
        assertTrue(d.verdicts().get(1).detail().contains("(line 5: $\\ell"), () -> d.verdicts().get(1).detail());
    }

    @Test
    void aNameTheInlineMathSumsOverIsAFamilyNotTwoLabels() {
        PublicInputsTest.check(SOFTMAX + "The loss is $\\ell = -\\sum_{k=1}^K y_k \\log p_k$ where $y$ is one-hot.\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial z_j} = p_j - y_j$$\n\nFor the true class $c$,\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial z_c} = p_c - y_c$$\n", "✓✓");
    }
}
