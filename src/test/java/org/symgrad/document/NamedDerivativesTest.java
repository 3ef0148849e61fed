package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * An inline formula that names a derivative written derivative first, "upstream gradient $\partial L / \partial y_i = g_i$",
 * gives the fresh name its value as "$g_i = \partial L / \partial y_i$" does ({@link NamedDerivatives}): the loss is known
 * through its gradient, and the steps that differentiate it check (were ?: "L is not defined in the document").
 */
class NamedDerivativesTest {
    private static final String STEPS = "$$\\frac{\\partial L}{\\partial \\gamma} = \\sum_{i=1}^{m} g_i \\hat x_i, \\qquad "
            + "\\frac{\\partial L}{\\partial \\beta} = \\sum_{i=1}^{m} g_i$$\n\nSlip: $$\\frac{\\partial L}{\\partial \\beta} = "
            + "\\sum_{i=1}^{m} g_i \\hat x_i$$\n";

    @Test
    void anUpstreamGradientWrittenDerivativeFirst() {
        check("Let $y_i = \\gamma \\hat x_i + \\beta$ with upstream gradient $\\partial L / \\partial y_i = g_i$.\n\n" + STEPS, "✓✓✗");
        check("Let $y_i = \\gamma \\hat x_i + \\beta$ with upstream gradient $\\frac{\\partial L}{\\partial y_i} = g_i$.\n\n" + STEPS, "✓✓✗");
    }

    @Test
    void aDerivativeSetToANameWrittenBeforeIsAClaim() {
        String text = "$$g = 2(w x - y) x$$ hence $\\partial L / \\partial w = g$.";
        String formula = "\\partial L / \\partial w = g";
        assertEquals(formula, NamedDerivatives.turned(formula, text, text.indexOf(formula)));
        // given a value after it, too
        String later = "so $\\partial L / \\partial w = g$ where $$g = 2(w x - y) x$$";
        assertEquals(formula, NamedDerivatives.turned(formula, later, later.indexOf(formula)));
        String fresh = "with $\\partial L / \\partial y_i = g_i$";
        assertEquals("g_i = \\partial L / \\partial y_i", NamedDerivatives.turned("\\partial L / \\partial y_i = g_i", fresh,
                fresh.indexOf("\\partial")));
    }
}
