package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round twenty-seven ({@code fresh-homework}, from {@code tobit-censored-regression.md} on in the
 * README's table) and the wrong verdicts it showed. A formula after "at" that gives a function's parameter a value names a
 * point of the function, "the hazard peaks at $t = \alpha (\beta - 1)^{1/\beta}$" beside {@code S(t)}, "At the
 * disease-free state $S = N$, $I = 0$" beside {@code f(S, I)} ({@code InlinePoints}: it was read as a definition of t, and
 * a right step below it was called false; of I, and a wrong Jacobian entry was proven as 0 = 0). A first-order condition
 * written on a primed derivative, {@code J'(x) = m - a x s^2 = 0}, sets it to zero ({@code StationaryPoints}: its closing
 * {@code = 0} was called false). Letters the prose names the standard normal density and cdf together, "$\phi$ and $\Phi$
 * denote the standard normal density and cdf", are those functions, Φ also of a quotient ({@code ProseFunctionNames}: φ was
 * undefined, Φ(βx_i/σ) a product, and a right step of the Tobit likelihood was called false). A function defined by a
 * derivative in its parameter is read at another value with the derivative taken first ({@code BetaReduction}: an internal
 * error). "Write the right-hand sides as $f(S, I) = …$" announces the definition ({@code InlineDefinitions}).
 */
class TwentySeventhRoundNotationTest {
    private static final String SURVIVAL = "$$S(t) = \\frac{1}{1 + (t/\\alpha)^{\\beta}}$$\n\n"
            + "Setting the slope of the log hazard to zero, the hazard peaks at $t = \\alpha (\\beta - 1)^{1/\\beta}$.\n\n";

    @Test
    void aValueOfAFunctionsParameterAfterAtIsAPointNotADefinition() {
        assertMarks("✓", SURVIVAL + "$$\\frac{\\partial}{\\partial \\beta} \\log S(t) = -\\frac{(t/\\alpha)^{\\beta} \\log(t/\\alpha)}"
                + "{1 + (t/\\alpha)^{\\beta}}$$\n");
        assertMarks("✗", SURVIVAL + "$$\\frac{\\partial}{\\partial \\alpha} \\log S(t) = -\\frac{\\beta (t/\\alpha)^{\\beta}}"
                + "{\\alpha (1 + (t/\\alpha)^{\\beta})}$$\n");
        // a wrong entry of the Jacobian is not proven by reading I = 0 of a later point as I's definition
        String sir = "Write the right-hand side as $f(S, I) = -\\frac{\\beta S I}{N}$. Then\n\n"
                + "$$\\frac{\\partial f}{\\partial S} = -\\frac{2 \\beta I}{N}$$\n\n"
                + "At the disease-free state $S = N$, $I = 0$ nothing happens.\n";
        assertMarks("✗", sir);
        assertMarks("✓", sir.replace("2 \\beta", "\\beta"));
    }

    @Test
    void anEvaluationBarThatSetsAParameterHiddenByABareFunctionNameIsRefused() {
        // read with g applied after the bar, S = N was lost and the right β − γ was called false
        String g = "Write the right-hand sides as $g(S, I) = \\frac{\\beta S I}{N} - \\gamma I$. At the disease-free state\n\n";
        assertMarks("–", g + "$$\\left. \\frac{\\partial g}{\\partial I} \\right|_{S = N} = \\beta - \\gamma$$\n");
        // its call shows the parameter
        assertMarks("✓", g + "$$\\left. \\frac{\\partial}{\\partial I} g(S, I) \\right|_{S = N} = \\beta - \\gamma$$\n");
    }

    @Test
    void aFirstOrderConditionOnAPrimedDerivativeSetsItToZero() {
        String objective = "$$J(x) = x m - \\frac{a}{2} x^2 s^2$$\n\nwhose first-order condition is\n\n";
        assertMarks("✓–", objective + "$$J'(x) = m - a x s^2 = 0$$\n");
        assertMarks("✗–", objective + "$$J'(x) = m - 2 a x s^2 = 0$$\n");
        // a closing 0 that holds is proven, and one that is not a derivative's value stays false
        assertMarks("✓✗", objective + "$$J(x) = x m - \\frac{a}{2} x^2 s^2 = 0$$\n");
    }

    private static final String TOBIT = "$$\\ell(\\beta) = \\log\\left( 1 - \\Phi\\left( \\frac{\\beta x}{\\sigma} \\right) \\right)$$\n\n"
            + "where $\\phi$ and $\\Phi$ are the standard normal pdf and cdf, respectively. Then\n\n";

    @Test
    void lettersTheProseNamesTheNormalDensityAndCdfAreThoseFunctions() {
        assertMarks("✓", TOBIT + "$$\\frac{\\partial \\ell}{\\partial \\beta} = -\\frac{\\phi(\\beta x / \\sigma)}"
                + "{1 - \\Phi(\\beta x / \\sigma)} \\, \\frac{x}{\\sigma}$$\n");
        assertMarks("✗", TOBIT + "$$\\frac{\\partial \\ell}{\\partial \\beta} = -\\frac{\\phi(\\beta x / \\sigma)}"
                + "{1 - \\Phi(\\beta x / \\sigma)} \\, x$$\n");
        // the density alone, and its slope: φ'(c) = −c φ(c)
        assertMarks("✓", "Let $\\phi$ denote the standard normal density.\n\n"
                + "$$\\frac{d}{dc} \\frac{\\phi(c)}{c} = -\\phi(c) - \\frac{\\phi(c)}{c^2}$$\n");
    }

    @Test
    void aFunctionDefinedByADerivativeIsReadAtAnotherValueWithTheDerivativeTaken() {
        String g = "$$g(x) = \\frac{d}{dx} \\left( x^3 + x \\right)$$\n\n";
        assertMarks("✓", g + "$$g\\left( \\frac{a}{2} \\right) = \\frac{3 a^2}{4} + 1$$\n");
        assertMarks("✗", g + "$$g\\left( \\frac{a}{2} \\right) = \\frac{3 a^2}{2} + 1$$\n");
    }
}
