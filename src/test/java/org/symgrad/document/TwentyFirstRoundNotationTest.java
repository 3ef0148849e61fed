package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Identities from homework round twenty-one ({@code fresh-homework}, from {@code amari-natural-gradient-gaussian.md}
 * on in the README's table) and the gaps it set out to close. A power of a product or quotient with a symbolic
 * exponent is the product of the powers in the prover's form, {@code (K/L)^{ρ−1} = K^{ρ−1} L^{1−ρ}}, proven where
 * the factors are positive and said so ({@code power-of-product}; the CES production function's rate of substitution
 * and the Weibull score were numerically equal). The sine and cosine of a whole multiple of π, where the multiple is
 * a summation index used as a value, are 0 and {@code (−1)^k} ({@code sine-of-whole-multiple-of-pi},
 * {@code cosine-of-whole-multiple-of-pi}; a vibrating string's modes at its end were numerically equal).
 */
class TwentyFirstRoundNotationTest {
    @Test
    void aPowerOfAQuotientIsTheQuotientOfPowersWhereTheFactorsArePositive() {
        // proven where K, L > 0 (PowerOfProductConditionsTest), or given it
        String ratio = "$$\\frac{K^{\\rho - 1}}{L^{\\rho - 1}} = \\left( \\frac{K}{L} \\right)^{\\rho - 1}$$\n";
        assertMarks("✓", ratio);
        assertMarks("✓", "Let $K > 0$ and let $L > 0$.\n\n" + ratio);
        // a product, a positive number in front, a square inside
        assertMarks("✓", "$$(2 x y)^{a} = 2^{a} x^{a} y^{a}$$\n");
        assertMarks("✓", "$$\\left( \\frac{x_i}{\\lambda} \\right)^{k} = x_i^{k} \\lambda^{-k}$$\n");
        // wrong splits are still false
        assertMarks("✗", "$$\\left( \\frac{K}{L} \\right)^{\\rho - 1} = K^{\\rho - 1} L^{\\rho - 1}$$\n");
        assertMarks("✗", "$$(2 x)^{a} = 2 x^{a}$$\n");
    }

    @Test
    void theSineOfAWholeMultipleOfPiIsZeroAndItsCosineAPowerOfMinusOne() {
        String sum = "\\sum_{k=1}^{n} b_k";
        assertMarks("✓", "$$" + sum + " \\cos(k \\pi) = " + sum + " (-1)^k$$\n");
        assertMarks("✓", "$$" + sum + " \\sin(k \\pi) = 0$$\n");
        assertMarks("✓", "$$" + sum + " \\cos\\left( (k + 1) \\pi \\right) = -" + sum + " (-1)^k$$\n");
        assertMarks("✓", "$$" + sum + " \\cos(2 k \\pi) = " + sum + "$$\n");
        // a sum inside the angle is split first: sin(kπ + x) = (−1)^k sin x
        assertMarks("✓", "$$" + sum + " \\sin(k \\pi + x) = " + sum + " (-1)^k \\sin x$$\n");
        // the wrong sign is false; π on one side only is the number, no name the other side lacks (it was undecided)
        assertMarks("✗", "$$" + sum + " \\cos(k \\pi) = " + sum + " (-1)^{k + 1}$$\n");
        assertMarks("✗", "$$" + sum + " \\cos(k \\pi) \\cos(\\pi x) = " + sum + " (-1)^{k + 1} \\cos(\\pi x)$$\n");
        // half a multiple is no whole multiple, and a letter that is no index says nothing about being whole
        assertMarks("✗", "$$" + sum + " \\sin\\left( \\frac{k \\pi}{2} \\right) \\cos(\\pi x) = " + sum + " \\sin(k \\pi) \\cos(\\pi x)$$\n");
        assertMarks("✗", "$$\\sin(a \\pi) + a = a$$\n");
    }
}
