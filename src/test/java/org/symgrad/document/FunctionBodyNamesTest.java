package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A document function whose body names a quantity the document defines through the function's parameter: the GELU's tanh
 * form {@code g(x) = \tfrac12 x (1 + \tanh u)} with {@code u = \sqrt{2/\pi}(x + 0.044715 x^3)}. The author means u as a
 * function of x, so {@code g'(x)} and {@code g(2)} go through u, whether u is defined before g, after it ("where"), or
 * inline beside it. The checker samples every step numerically: that is the oracle.
 */
class FunctionBodyNamesTest {
    private static final String GELU_RIGHT = "$$g'(x) = \\tfrac12\\left(1 + \\tanh u\\right) + \\tfrac12 x \\left(1 - \\tanh^2 u\\right)"
            + " \\sqrt{2/\\pi}\\,\\left(1 + 0.134145 x^2\\right)$$\n";
    private static final String GELU_SLIP = "$$g'(x) = \\tfrac12\\left(1 + \\tanh u\\right) + \\tfrac12 x \\left(1 - \\tanh^2 u\\right)$$\n";

    @Test
    void aNameDefinedBeforeTheFunctionThroughItsParameterIsPartOfTheBody() {
        // was ✗ ✓: u held fixed, g'(x) = u "proven"
        String doc = "$$u = 3x$$\n\n$$g(x) = x u$$\n\n";
        FreshNotationTest.assertMarks("✓", doc + "$$g'(x) = 6x$$\n");
        FreshNotationTest.assertMarks("✗", doc + "$$g'(x) = u$$\n");
        FreshNotationTest.assertMarks("✓", doc + "$$g(2) = 12$$\n");
        FreshNotationTest.assertMarks("✓", doc + "$$g'(2) = 12$$\n");
        FreshNotationTest.assertMarks("✗", doc + "$$g'(2) = 6$$\n");
        String gelu = "$$u = \\sqrt{2/\\pi}\\,(x + 0.044715 x^3)$$\n\n$$g(x) = \\tfrac12 x \\left(1 + \\tanh u\\right)$$\n\n";
        FreshNotationTest.assertMarks("✓", gelu + GELU_RIGHT);
        FreshNotationTest.assertMarks("✗", gelu + GELU_SLIP);
    }

    @Test
    void aNameDefinedAfterTheFunctionIsReadThroughItForTheDerivative() {
        String where = "The tanh approximation of GELU is\n$$g(x) = \\tfrac12 x \\left(1 + \\tanh u\\right)$$\n"
                + "where $u = \\sqrt{2/\\pi}\\,(x + 0.044715 x^3)$. Then\n";
        FreshNotationTest.assertMarks("✓", where + GELU_RIGHT);
        FreshNotationTest.assertMarks("✗", where + GELU_SLIP);
        String inline = "Let $g(x) = \\tfrac12 x \\left(1 + \\tanh u\\right)$ with $u = \\sqrt{2/\\pi}\\,(x + 0.044715 x^3)$.\n\n";
        FreshNotationTest.assertMarks("✓", inline + GELU_RIGHT);
        FreshNotationTest.assertMarks("✗", inline + GELU_SLIP);
    }

    @Test
    void theParameterItselfAndNamesOfOtherVariablesStayAsWritten() {
        // σ's parameter z is not the z = wx + b the text defines beside it
        String sigmoid = "$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\nwith $z = w x + b$,\n\n";
        FreshNotationTest.assertMarks("✓✓", sigmoid + "$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$$\n");
        FreshNotationTest.assertMarks("✓✗", sigmoid + "$$\\sigma'(z) = \\sigma(z)(1 + \\sigma(z))$$\n");
        // a constant of the body defined without the parameter stays a constant
        String scaled = "$$c = a^2$$\n\n$$h(x) = c x^2$$\n\n";
        FreshNotationTest.assertMarks("✓", scaled + "$$h'(x) = 2 c x$$\n");
        FreshNotationTest.assertMarks("✗", scaled + "$$h'(x) = c x$$\n");
    }
}
