package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A list that one word announces goes on after what the formula before is: "Let $x$ be the input and $z = w x + b$ the
 * score", "Let $z \in \mathbb{R}^K$ be logits and $p_k = …$" — the second formula is announced by the "let" too, so a wrong
 * step that uses it is ✗ (was: ? "z is defined only in inline math").
 */
class ListAfterCopulaTest {
    private static final String SCORE = "Let $x$ be the input and $z = w x + b$ the score.\n\n$$L = \\frac{1}{2}(z - y)^2$$\n\n";

    @Test
    void theFormulaAfterBeAndIsAnnounced() {
        PublicInputsTest.check(SCORE + "$$\\frac{\\partial L}{\\partial w} = (z - y) x$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = (z - y)$$\n", "✓✗");
    }

    @Test
    void softmaxWithLabelSmoothing() {
        String doc = "Let $z \\in \\mathbb{R}^K$ be logits and $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$. With smoothing "
                + "$\\varepsilon$ the target is\n$q_k = (1 - \\varepsilon) y_k + \\frac{\\varepsilon}{K}$, where $y$ is one-hot, and the "
                + "loss is\n$$L = -\\sum_{k=1}^K q_k \\log p_k$$\n\n";
        PublicInputsTest.check(doc + "$$\\frac{\\partial L}{\\partial z_j} = p_j - (1 - \\varepsilon) y_j - \\frac{\\varepsilon}{K}$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z_j} = p_j - y_j$$\n", "✓✗");
    }

    @Test
    void aNameAfterTheCopulaWithoutAWordStaysUnannounced() {
        // no announcing word before the list: "Now $x$ is the input and $z = …$" only proves
        PublicInputsTest.check("Now $x$ is the input and $z = w x + b$ the score.\n\n$$L = \\frac{1}{2}(z - y)^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = (z - y)$$\n", "?");
    }
}
