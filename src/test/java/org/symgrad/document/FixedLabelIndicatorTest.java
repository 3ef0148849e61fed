package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * CS231n's indicator {@code \mathbb{1}(k = y_i)} beside a loss that writes the label in a subscript ({@code -f_{y_i}}, one
 * fixed index yi) is the Kronecker δ of k and that index ({@code LabelIndicators.asFixedLabel}). Was: the entry of a one-hot
 * matrix of its own, unrelated to the loss's yi, so the right ∂L_i/∂f_k = p_k − 𝟙(k = y_i) was ✗.
 */
class FixedLabelIndicatorTest {
    @Test
    void theIndicatorPicksTheClassTheLossPicks() {
        check("""
                With scores $f_j$ and the softmax loss
                $$L_i = -f_{y_i} + \\log \\sum_j e^{f_j},$$
                the gradient with respect to the scores is
                $$\\frac{\\partial L_i}{\\partial f_k} = \\frac{e^{f_k}}{\\sum_j e^{f_j}} - \\mathbb{1}(k = y_i).$$

                Writing $p_k = e^{f_k} / \\sum_j e^{f_j}$ this is
                $$\\frac{\\partial L_i}{\\partial f_k} = p_k - \\mathbb{1}(k = y_i).$$

                Wrong version:
                $$\\frac{\\partial L_i}{\\partial f_k} = p_k (1 - p_k) - \\mathbb{1}(k = y_i).$$

                $$\\frac{\\partial L_i}{\\partial f_k} = p_k - \\mathbb{1}(k \\neq y_i).$$
                """, "✓✓✗✗");
    }

    @Test
    void anIndicatorOfAnIndexAndAWholeNumberIsTheDeltaAtThatIndex() {
        // InfoNCE's positive key k_0: 𝟙[j = 0] is δ_{j0} (was '-' "an indicator of an equality between values")
        check("""
                For an anchor with scores $s_j$ for $j = 0, \\dots, K$, where $s_0$ is the positive pair, the loss is
                $$\\mathcal{L} = -\\log \\frac{e^{s_0}}{\\sum_{j=0}^{K} e^{s_j}}.$$
                Then
                $$\\frac{\\partial \\mathcal{L}}{\\partial s_j} = \\frac{e^{s_j}}{\\sum_{l=0}^{K} e^{s_l}} - \\mathbb{1}[j = 0]$$
                $$\\frac{\\partial \\mathcal{L}}{\\partial s_j} = \\frac{e^{s_j}}{\\sum_{l=0}^{K} e^{s_l}} - \\mathbb{1}[0 \\neq j]$$
                $$\\frac{\\partial \\mathcal{L}}{\\partial s_j} = \\mathbb{1}[j = 0] - \\frac{e^{s_j}}{\\sum_{l=0}^{K} e^{s_l}}$$
                """, "✓✗✗");
    }
}
