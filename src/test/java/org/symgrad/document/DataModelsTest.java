package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * An inline formula that states the model the data follow ({@link DataModels}) is no definition of the data: read as one, the
 * residuals of a sum of squares became the noise, and the right derivatives were ✗.
 */
class DataModelsTest {
    @Test
    void aSampleDrawnFromAModel() {
        // was ✗✗: x_i read as μ + ε_i
        check("For a sample $x_1, \\dots, x_n$ drawn from the model $x_i = \\mu + \\varepsilon_i$, the log-likelihood is\n"
                + "$$\\ell(\\mu) = -\\frac{1}{2\\sigma^2}\\sum_{i=1}^{n} (x_i - \\mu)^2 .$$\n"
                + "$$\\frac{d\\ell}{d\\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^{n} (x_i - \\mu)$$\n"
                + "$$\\frac{d^2\\ell}{d\\mu^2} = -\\frac{n}{\\sigma^2}$$\n$$\\frac{d^2\\ell}{d\\mu^2} = \\frac{n}{\\sigma^2}$$\n", "✓✓✗");
    }

    @Test
    void anAutoregressiveProcess() {
        // was ✗✗: y_t read as its recurrence
        check("For an AR(2) process, $y_t = a_1 y_{t-1} + a_2 y_{t-2} + e_t$, and the sum of squares\n"
                + "$$S = \\sum_{t=3}^{n} (y_t - a_1 y_{t-1} - a_2 y_{t-2})^2$$\nwe get\n"
                + "$$\\frac{\\partial^2 S}{\\partial a_2^2} = 2\\sum_{t=3}^{n} y_{t-2}^2$$\n"
                + "$$\\frac{\\partial^2 S}{\\partial a_2^2} = \\sum_{t=3}^{n} y_{t-2}^2$$\n", "✓✗");
    }

    @Test
    void aNoiseTermTheDocumentWritesNowhereElse() {
        // "Let" announces, but y_i = w x_i + ε_i with ε written only there is the data's model (was ✗ on the right step)
        String loss = "$$L = \\sum_{i=1}^{n} (y_i - w x_i)^2$$\n";
        check("Let $y_i = w x_i + \\varepsilon_i$.\n" + loss + "$$\\frac{dL}{dw} = -2\\sum_{i=1}^{n} (y_i - w x_i) x_i$$\n"
                + "$$\\frac{dL}{dw} = 0$$\n", "✓✗");
        // a name added last that the document writes elsewhere is a value's term: "Let $z = w x + b$" defines z
        check("Let $z = w x + \\epsilon$ for a small $\\epsilon$ and\n$$L = \\frac{1}{2} z^2$$\n$$\\frac{dL}{dw} = z x$$\n"
                + "$$\\frac{dL}{dw} = z$$\n", "✓✗");
    }
}
