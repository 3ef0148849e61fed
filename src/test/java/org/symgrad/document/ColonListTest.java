package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Definitions listed after a colon that ends a noun phrase the announcing word began: "Consider a neuron with input $x$,
 * weight $w$, bias $b$ and sigmoid activation: $a = \sigma(z)$, $z = wx + b$." — announced, so a wrong step that uses
 * them is ✗, not undecided.
 */
class ColonListTest {
    private static final String NEURON = "Consider a neuron with input $x$, weight $w$, bias $b$ and sigmoid activation: "
            + "$a = \\sigma(z)$, $z = wx + b$.\nWith squared error $E = \\frac12 (a - y)^2$:\n";

    @Test
    void aDefinitionAfterTheColonIsAnnounced() {
        // was: ? 'E does not depend on b … a is defined only in inline math', the slip (1 - a)^2 not found
        PublicInputsTest.check(NEURON + "$$\\frac{\\partial E}{\\partial b} = (a - y)\\,a\\,(1 - a)$$\n\n"
                + "$$\\frac{\\partial E}{\\partial b} = (a - y)\\,a\\,(1 - a)^2$$\n", "✓✗");
    }
}
