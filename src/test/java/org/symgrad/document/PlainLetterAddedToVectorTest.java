package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A plain letter added to or subtracted from a vector — a matrix times a vector ({@code z = W x + b}), a vector the document
 * defines, inside a norm ({@code \|z - y\|^2}) — is a vector of that length, the bias or target homework means, wherever the
 * document writes it whole; unless the document says it is one number: a declaration {@code b \in \mathbb{R}}, words
 * ("a scalar $b$", "one bias $b$ shared by all classes"), or a gradient by it written as a number
 * ({@code \frac{\partial L}{\partial b} = \sum_k (z_k - y_k)}).
 */
class PlainLetterAddedToVectorTest {
    private static final String LAYER = "Let $z = W x + b$ with $W \\in \\mathbb{R}^{K \\times d}$, and $L = \\frac{1}{2}\\|z - y\\|^2$.\n\n";

    @Test
    void aBiasAndATargetAddedToALayersProductAreVectors() {
        // was: ? for ∂L/∂b and a wrong ✗ for ∂L/∂W, b and y each one number added to every entry
        PublicInputsTest.check(LAYER
                + "$$\\frac{\\partial L}{\\partial b} = z - y$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = (z - y) x^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial x} = W^\\top (z - y)$$\n", "✓✓✓");
    }

    @Test
    void mistakesInTheLayersGradientsAreFound() {
        PublicInputsTest.check(LAYER
                + "$$\\frac{\\partial L}{\\partial b} = y - z$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = x (z - y)^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = 2(z - y) x^\\top$$\n"
                + "$$\\frac{\\partial L}{\\partial x} = W (z - y)$$\n", "✗✗✗✗");
    }

    @Test
    void aBiasSaidToBeAScalarStaysOneNumber() {
        PublicInputsTest.check("Let $z = W x + b$ with $W \\in \\mathbb{R}^{K \\times d}$ and a scalar $b$, and "
                + "$L = \\frac{1}{2}\\|z - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = \\sum_k (z_k - y_k)$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = (z - y) x^\\top$$\n", "✓✓");
    }

    @Test
    void aBiasDeclaredRealStaysOneNumber() {
        PublicInputsTest.check("Let $z = W x + b$ with $W \\in \\mathbb{R}^{K \\times d}$, $b \\in \\mathbb{R}$, and "
                + "$L = \\frac{1}{2}\\|z - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = \\sum_k (z_k - y_k)$$\n"
                + "$$\\frac{\\partial L}{\\partial b} = \\sum_k (y_k - z_k)$$\n", "✓✗");
    }

    @Test
    void aGradientByTheBiasWrittenAsANumberMakesItOne() {
        PublicInputsTest.check(LAYER
                + "$$\\frac{\\partial L}{\\partial b} = \\sum_k (z_k - y_k)$$\n"
                + "$$\\frac{\\partial L}{\\partial W} = (z - y) x^\\top$$\n", "✓✓");
    }
}
