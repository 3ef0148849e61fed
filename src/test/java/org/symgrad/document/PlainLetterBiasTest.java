package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A softmax or linear layer in plain letters, {@code z = Wx + b} with W a declared matrix: a plain name added whole to the
 * matrix's product at the top of a side, and written with a subscript elsewhere ({@code \partial b_j}), is a vector of the
 * product's length, not one number added to every entry; a plain lower-case name the prose defines inline by such a side
 * ({@code Let $z = Wx + b$}) is a vector as a display's definition makes it. A bias the document never writes with a
 * subscript stays one number.
 */
class PlainLetterBiasTest {
    private static final String SOFTMAX_REGRESSION = ""
            + "# Problem 2: Softmax regression\n"
            + "\n"
            + "Let $z = Wx + b$ with $W \\in \\mathbb{R}^{K \\times d}$, and $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$.\n"
            + "The loss for a one-hot label $y$ is $L = -\\sum_{k=1}^K y_k \\log p_k$.\n"
            + "\n"
            + "First,\n"
            + "$$\\frac{\\partial p_k}{\\partial z_j} = p_k(\\delta_{kj} - p_j)$$\n"
            + "\n"
            + "Then\n"
            + "$$\\frac{\\partial L}{\\partial z_j} = -\\sum_k \\frac{y_k}{p_k} p_k (\\delta_{kj} - p_j) = -y_j + p_j \\sum_k y_k = p_j - y_j$$\n"
            + "\n"
            + "so\n"
            + "$$\\frac{\\partial L}{\\partial W_{jm}} = (p_j - y_j) x_m$$\n"
            + "and\n"
            + "$$\\frac{\\partial L}{\\partial b_j} = p_j - y_j .$$\n";

    @Test
    void anInlineLayerDefinitionMakesItsNameAndItsBiasVectors() {
        // was: the last two lines undecided, "z_k is written with 1 index, but z is defined with none"
        PublicInputsTest.check(SOFTMAX_REGRESSION, "✓✓✓✓✓✓");
    }

    @Test
    void mistakesInTheLayersGradientsAreFound() {
        PublicInputsTest.check(SOFTMAX_REGRESSION.replace("(p_j - y_j) x_m", "(p_j - y_j) x_j")
                .replace("b_j} = p_j - y_j", "b_j} = y_j - p_j"), "✓✓✓✓✗✗");
    }

    @Test
    void aDisplayedLayersBiasWrittenWithASubscriptIsAVector() {
        // was: a wrong ✗, b one number added to every z_k, so ∂L/∂b_j = 0
        PublicInputsTest.check(""
                + "Let $W \\in \\mathbb{R}^{K \\times d}$ and\n"
                + "\n"
                + "$$z = Wx + b, \\qquad p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}, \\qquad L = -\\sum_{k=1}^K y_k \\log p_k$$\n"
                + "\n"
                + "for a one-hot $y$.\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial b_j} = p_j - y_j$$\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial W_{jm}} = (p_j - y_j) x_m$$\n", "✓✓");
    }

    @Test
    void aBiasNeverWrittenWithASubscriptStaysOneNumber() {
        // one number added to every score: softmax does not change, so the gradient in it is 0 (read as a vector, Σ_k would not be)
        PublicInputsTest.check(""
                + "Let $W \\in \\mathbb{R}^{K \\times d}$, the scores $z = Wx + b$ with one bias $b$ shared by all classes, and "
                + "$p_k = \\frac{e^{z_k}}{\\sum_{j=1}^K e^{z_j}}$.\n"
                + "The loss is $L = -\\sum_{k=1}^K y_k \\log p_k$ for a one-hot $y$.\n"
                + "\n"
                + "$$\\frac{\\partial L}{\\partial b} = \\sum_k (p_k - y_k) = 0$$\n", "✓✓");
    }
}
