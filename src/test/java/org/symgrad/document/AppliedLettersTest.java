package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A letter the document writes only right before a parenthesis ({@link AppliedLetters}): "Let $h = g(\theta x)$" with g
 * nowhere else, read as g times (θx) by LATEX-INPUT M8, may mean a function the document leaves undefined, so a step false
 * only so read is not decided (was: the right dℓ/dθ = (y − h)x ✗); and Φ so written is the normal CDF, M8's known function
 * (was: Φ times (wx), and the right probit gradient ✗). A letter also written alone is a number and keeps its product.
 */
class AppliedLettersTest {
    private static final String LOGISTIC = """
            $$\\ell(\\theta) = y \\log h + (1 - y) \\log (1 - h).$$

            $$\\frac{d\\ell}{d\\theta} = (y - h) x$$

            $$\\frac{d\\ell}{d\\theta} = (h - y) x$$
            """;

    @Test
    void aFunctionLeftUndefinedMakesAFalseStepUndecided() {
        check("Let $h = g(\\theta x)$.\n\n" + LOGISTIC, "??");
        check("Let $$h = g(\\theta x).$$\n\n" + LOGISTIC, "??");
    }

    @Test
    void aLetterWrittenAloneIsANumber() {
        check("""
                Let $h = g(\\theta x)$ with $g = 2$.

                $$\\ell(\\theta) = y \\log h + (1 - y) \\log (1 - h).$$

                $$\\frac{d\\ell}{d\\theta} = \\frac{2 x y}{h} - \\frac{2 x (1 - y)}{1 - h}$$

                $$\\frac{d\\ell}{d\\theta} = \\frac{2 x y}{h} - \\frac{2 x (1 + y)}{1 - h}$$
                """, "✓✗");
    }

    @Test
    void phiWrittenOnlyAppliedIsTheNormalCdf() {
        check("""
                The probit likelihood of one label $y \\in \\{0, 1\\}$ is

                $$\\ell(w) = y \\log \\Phi(w x) + (1 - y) \\log(1 - \\Phi(w x))$$

                $$\\frac{d\\ell}{dw} = \\frac{y - \\Phi(w x)}{\\Phi(w x)(1 - \\Phi(w x))} \\frac{1}{\\sqrt{2\\pi}} e^{-w^2 x^2/2} x$$

                $$\\frac{d\\ell}{dw} = \\frac{y - \\Phi(w x)}{\\Phi(w x)(1 - \\Phi(w x))} x$$
                """, "✓✗");
    }

    @Test
    void phiOfTheDocumentsOwnIsNoNormalCdf() {
        // "Let $\Phi(z) = …$", a sigmoid of its own, which inline math does not define for the steps: not decided, never ✗
        check("""
                Let $\\Phi(z) = \\frac{1}{1 + e^{-z}}$.

                $$\\ell(w) = y \\log \\Phi(w x)$$

                $$\\frac{d\\ell}{dw} = y (1 - \\Phi(w x)) x$$
                """, "?");
    }
}
