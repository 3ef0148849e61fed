package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The derivative of a function written by its bare name under an evaluation bar, {@code \left.\frac{df}{dx}\right|_{x=1}}
 * where the prose defines {@code $f(x) = …$}: the derivative of f(x) at the point. It was skipped ("a derivative in x of
 * what does not show x has no value to read at the point"); a display definition of f was already read so.
 */
class FunctionNameBarTest {
    private static final String STATIONARY = "## A stationary point\n"
            + "\n"
            + "Let $f(x) = x^3 e^{-x}$. Then\n"
            + "$$f'(x) = 3x^2 e^{-x} - x^3 e^{-x} = x^2 e^{-x}(3 - x),$$\n"
            + "so at $x = 1$ the slope is\n"
            + "$$\\left. \\frac{\\mathrm{d}f}{\\mathrm{d}x} \\right|_{x=1} = 2e^{-1},$$\n"
            + "and at $x = 2$ a student wrote\n"
            + "$$\\frac{df}{dx}\\Big|_{x=2} = 3e^{-2}.$$\n";

    @Test
    void aBareFunctionNameIsDifferentiatedAtTheBar() {
        // f'(x) two links ✓, the slope at 1 ✓, the slip at 2 (4e^{-2}) ✗
        PublicInputsTest.check(STATIONARY, "✓✓✓✗");
    }

    @Test
    void aFunctionOfTwoParametersIsNotCalledWithOne() {
        // ∂g/∂x of g(x, y) is not read as the derivative of a call g(x): skipped with its reason, as before, no verdict
        PublicInputsTest.check("Let $g(x, y) = x^2 y$. Then\n$$\\left. \\frac{\\partial g}{\\partial x} \\right|_{x=1} = y^2$$\n", "–");
    }
}
