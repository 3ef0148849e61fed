package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A letter added in a layer's affine map {@code z = Wx + b} that the document says is one number ("where $b$ is a scalar",
 * "a scalar $b_1$") is that number in every entry of z where z is read entry by entry with W undeclared (AffineNames), not a
 * vector b_i: the gradient by it is a sum over the entries.
 */
class AffineOneNumberBiasTest {
    private static final String SAID_AFTER = "Let $z = Wx + b$ and $L = \\frac{1}{2}\\|z - y\\|^2$, where $b$ is a scalar.\n\n";

    @Test
    void aScalarBiasHasTheSumOfTheErrorsAsItsGradient() {
        // was ✗✓: b read as a vector b_i, so the sum was 'false' and the vector z − y 'proven' for a number's gradient
        PublicInputsTest.check(SAID_AFTER
                + "$$\\frac{\\partial L}{\\partial b} = \\sum_i (z_i - y_i)$$\n"
                + "$$\\frac{\\partial L}{\\partial b} = 2\\sum_i (z_i - y_i)$$\n"
                + "$$\\frac{\\partial L}{\\partial b} = z - y$$\n", "✓✗?");
    }

    @Test
    void aNumberedLetterSaidScalarIsOneNumber() {
        // "a scalar $b_1$": b_1 is not member 1 of a vector b (was ✗✓)
        PublicInputsTest.check("Let $z = W x + b_1$ with a scalar $b_1$, and $L = \\frac{1}{2}\\|z - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial b_1} = \\sum_i (z_i - y_i)$$\n"
                + "$$\\frac{\\partial L}{\\partial b_1} = \\sum_i (y_i - z_i)$$\n"
                + "$$\\frac{\\partial L}{\\partial b_1} = z - y$$\n", "✓✗?");
    }

    @Test
    void aGreekLetterSaidScalarIsOneNumber() {
        PublicInputsTest.check("Let $z = Wx + \\beta$ where $\\beta$ is a scalar, and $L = \\frac{1}{2}\\|z - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial \\beta} = \\sum_i (z_i - y_i)$$\n"
                + "$$\\frac{\\partial L}{\\partial \\beta} = \\sum_i (z_i + y_i)$$\n", "✓✗");
    }

    @Test
    void anUnqualifiedBiasStaysAVector() {
        // nothing says b is one number: the added letter is a vector, its gradient z − y
        PublicInputsTest.check("Let $z = Wx + b$ and $L = \\frac{1}{2}\\|z - y\\|^2$.\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = z - y$$\n"
                + "$$\\frac{\\partial L}{\\partial b} = y - z$$\n", "✓✗");
    }
}
