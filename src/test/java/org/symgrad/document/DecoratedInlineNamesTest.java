package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * An inline definition of a name under an accent ({@code \bar x}, {@code \hat{y}}, {@code \tilde s}) or of a Greek letter
 * ({@code \mu}) whose side is written in vector notation is read by the entries of its vectors, as a plain letter's is
 * ({@link InlineDefinitions}): "Let $\bar x = \frac{1}{n}\mathbf{1}^\top \mathbf{x}$" was unread and every step that used it
 * was ? ("could not read the inline definition"); now the right step is ✓ and the slip ✗.
 */
class DecoratedInlineNamesTest {
    private static String mean(String name) {
        return "Let $" + name + " = \\frac{1}{n}\\mathbf{1}^\\top \\mathbf{x}$ and $f = " + name + "^2$.\n\n"
                + "$$\\frac{\\partial f}{\\partial \\mathbf{x}} = \\frac{2 " + name + "}{n}\\mathbf{1}$$\n\n"
                + "$$\\frac{\\partial f}{\\partial \\mathbf{x}} = 2 " + name + " \\mathbf{1}$$\n";
    }

    @Test
    void aDecoratedMeanInVectorNotation() {
        check(mean("\\bar x"), "✓✗");
        check(mean("\\bar{x}"), "✓✗");
        check(mean("\\overline{x}"), "✓✗");
    }

    @Test
    void aGreekLetterInVectorNotation() {
        check(mean("\\mu"), "✓✗");
    }

    @Test
    void aDecoratedScoreStaysRead() {
        check("Let $\\tilde{s} = \\mathbf{w}^\\top \\mathbf{x}$ and $g = \\log(1 + e^{\\tilde s})$.\n\n"
                + "$$\\frac{\\partial g}{\\partial \\mathbf{w}} = \\sigma(\\tilde s)\\mathbf{x}$$\n\n"
                + "$$\\frac{\\partial g}{\\partial \\mathbf{w}} = \\sigma(\\tilde s)\\mathbf{w}$$\n", "✓✗");
        check("Let $h = \\tanh(w_1 x)$, $\\hat y = w_2 h + b_2$ and $L = \\frac12(\\hat y - y)^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial w_1} = (\\hat y - y) w_2 (1 - h^2) x$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w_1} = (\\hat y - y) (1 - h^2) x$$\n", "✓✗");
    }

    @Test
    void aLetterBesideADecoratedPlainVectorIsAVector() {
        // was ✗ on the right steps (y one number beside ŷ_i), then ? under the vector-or-number guard: \\hat y is a plain
        // vector term of its own, so the y added to it is a vector too (VectorNameScan)
        check("Let $W \\in \\mathbb{R}^{K \\times d}$, $\\hat y = W x + b$ and $L = \\frac{1}{2}\\|\\hat y - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = \\hat y - y$$\n\n$$\\frac{\\partial L}{\\partial W} = (\\hat y - y) x^\\top$$\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = y - \\hat y$$\n", "✓✓✗");
    }

    @Test
    void aGreekLetterDefinedByAMatrixTimesAVectorIsAVector() {
        // was – on ∂L/∂b ("the other side is written as a number"): the key of θ = Wx + b was \thet{a}, never a vector (LaterVectors)
        check("Let $W \\in \\mathbb{R}^{K \\times d}$, $\\theta = W x + b$ and $L = \\frac{1}{2}\\|\\theta - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = \\theta - y$$\n\n$$\\frac{\\partial L}{\\partial W} = (\\theta - y) x^\\top$$\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = y - \\theta$$\n", "✓✓✗");
    }
}
