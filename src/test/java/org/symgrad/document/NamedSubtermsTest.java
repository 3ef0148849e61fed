package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A derivative by a name of a part that the quantity's definition writes out ({@link NamedSubterms}): "$h_t = \tanh(W h_{t-1}
 * + U x_t)$ and write $a_t = W h_{t-1} + U x_t$", then ∂h_t/∂a_t. Was: h_t did not depend on a_t as written, so the right
 * ∂h_t/∂a_t = 1 − h_t² was ? ("its derivative is 0; is a definition missing?").
 */
class NamedSubtermsTest {
    @Test
    void theQuantityIsAFunctionOfItsNamedPart() {
        String rnn = "Let $h_t = \\tanh(W h_{t-1} + U x_t)$ and write $a_t = W h_{t-1} + U x_t$ for the pre-activation.\n\n";
        check(rnn + """
                $$\\frac{\\partial h_t}{\\partial a_t} = 1 - \\tanh^2(a_t)$$

                $$\\frac{\\partial h_t}{\\partial a_t} = 1 - h_t^2$$

                $$\\frac{\\partial h_t}{\\partial a_t} = 1 - h_t$$
                """, "✓✓✗");
    }

    @Test
    void displaysNameAPartTheSameWay() {
        String model = """
                $$L = \\frac{1}{2}(\\sigma(w x + b) - y)^2$$

                $$z = w x + b$$

                """;
        check(model + """
                $$\\frac{\\partial L}{\\partial z} = (\\sigma(z) - y)\\sigma(z)(1 - \\sigma(z))$$

                $$\\frac{\\partial L}{\\partial z} = (\\sigma(z) - y)\\sigma(z)$$
                """, "✓✗");
    }

    @Test
    void aNameOfNoPartStaysUndecided() {
        check("""
                $$L = \\frac{1}{2}(\\sigma(w x + b) - y)^2$$

                $$z = w x - b$$

                $$\\frac{\\partial L}{\\partial z} = (\\sigma(z) - y)\\sigma(z)(1 - \\sigma(z))$$
                """, "?");
    }
}
