package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * "for $g(x) = …$" in the middle of a sentence announces the function the sentence goes on to differentiate ("Next, for
 * $g(x) = \log(1 + e^{x})$ we get $g'(x) = … = \sigma(x)$ and $$g''(x) = …$$"): read as a display's definition, so a wrong
 * g'' is ✗ (was: ? "g, a function the document does not define"). A point or an equation to solve after "for" is none.
 */
class ForAFunctionTest {
    private static final String SOFTPLUS = "## Exercise 4\n\nNext, for $g(x) = \\log(1 + e^{x})$ we get "
            + "$g'(x) = \\frac{e^x}{1+e^x} = \\sigma(x)$ and\n$$g''(x) = \\sigma(x)(1 %s \\sigma(x))$$\n";

    @Test
    void theFunctionAfterForIsRead() {
        PublicInputsTest.check(SOFTPLUS.formatted("-"), "✓");
        PublicInputsTest.check(SOFTPLUS.formatted("+"), "✗");
    }

    @Test
    void aPointOrAnEquationAfterForIsNoDefinition() {
        // for $f(x) = 0$: where f vanishes, not what f is; f stays undefined
        PublicInputsTest.check("Let $$f(x) = x^2 - 1$$ Solve for $f(x) = 0$; and for $x = 1$ we have\n$$f'(x) = 2x$$\n", "✓");
        org.junit.jupiter.api.Assertions.assertFalse(InlineDefinitions.forAFunction("and for", "f(x) = 0"));
        org.junit.jupiter.api.Assertions.assertFalse(InlineDefinitions.forAFunction("for", "x = 1"));
        org.junit.jupiter.api.Assertions.assertTrue(InlineDefinitions.forAFunction("next, for", "g(x) = \\log(1 + e^{x})"));
        org.junit.jupiter.api.Assertions.assertFalse(InlineDefinitions.forAFunction("next, for", "\\sigma(x) = \\frac{1}{1 + e^{-x}}"));
    }

    @Test
    void forThatOpensASentenceIsNoAnnouncement() {
        // a sentence of its own: read only where a step holds with it (InlineNamesBeforeTheirDerivativeTest)
        org.junit.jupiter.api.Assertions.assertFalse(InlineDefinitions.forAFunction("for", "g(x) = \\log(1 + e^{x})"));
        org.junit.jupiter.api.Assertions.assertFalse(InlineDefinitions.forAFunction(". for", "g(x) = \\log(1 + e^{x})"));
        PublicInputsTest.check("For $g(x) = \\log(1 + e^{x})$ we plot it. Then\n$$g''(x) = \\sigma(x)(1 + \\sigma(x))$$\n", "?");
    }
}
