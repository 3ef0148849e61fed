package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A prime as econometrics writes a transpose (PrimeTransposes): X'y, (X'X)^{-1}, (y - Xb)'(y - Xb) of a capital the document
 * writes as a matrix (Xb) read as X^⊤y, and so on, the normal equations' gradient ✓ and its slips ✗ (was – 'a prime
 * differentiates in the one variable of what it follows'); b of (y - Xb)' a vector (TransposedBrackets). The prime of a
 * function the document calls, F'(x), stays a derivative.
 */
class PrimeTransposesTest {
    @Test
    void theNormalEquationsInEconometricsNotation() {
        String doc = "With data matrix $X$ and response $y$, the sum of squares is\n\n$$S(b) = (y - Xb)'(y - Xb)$$\n\n";
        assertMarks("✓✓✗", doc + "$$\\frac{\\partial S}{\\partial b} = -2X'(y - Xb)$$\n\n$$\\frac{\\partial S}{\\partial b} = -2X'y + 2X'Xb$$\n\n"
                + "$$\\frac{\\partial S}{\\partial b} = -2X'y + X'Xb$$\n");
    }

    @Test
    void transposedVectorsAndGreekCoefficients() {
        assertMarks("✓✓", "Let $X$ be the $n \\times k$ design matrix and $\\beta$ the coefficients.\n\n"
                + "$$S(\\beta) = (y - X\\beta)'(y - X\\beta) = y'y - 2\\beta'X'y + \\beta'X'X\\beta$$\n\n"
                + "$$\\frac{\\partial S}{\\partial \\beta} = -2X'y + 2X'X\\beta$$\n");
        assertMarks("✓✗", "$$L(b) = (y - Xb)'(y - Xb) + \\lambda b'b$$\n\n$$\\frac{\\partial L}{\\partial b} = -2X'(y - Xb) + 2\\lambda b$$\n\n"
                + "$$\\frac{\\partial L}{\\partial b} = -2X'(y - Xb) + \\lambda b$$\n");
    }

    @Test
    void thePrimeOfAFunctionIsADerivative() {
        assertMarks("✓✗", "Let $F(x) = x^3$.\n\n$$F'(x) = 3x^2$$\n\n$$F'(x) = 2x$$\n");
    }
}
