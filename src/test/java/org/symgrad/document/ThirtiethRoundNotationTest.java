package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round thirty ({@code fresh-homework}) and the leftovers of round twenty-nine, with the wrong
 * verdicts they showed. A convolution's input gradient written for the weights' offsets, {@code ∂y_i/∂x_j = w_{j−i}}
 * "whenever $0 \le j - i \le K - 1$, and is zero otherwise", is checked in that case, with the K of the case the sums'
 * range size as in every display (it was false at a point outside the case).
 */
class ThirtiethRoundNotationTest {
    private static final String CONVOLUTION = "$$y_i = \\sum_{k=0}^{K-1} w_k x_{i+k}$$\n\n"
            + "An input feeds an output through one weight:\n\n";

    @Test
    void aClosingIndexCaseWithItsValueOtherwiseIsTheStepsCase() {
        String otherwise = "whenever $0 \\le j - i \\le K - 1$, and is zero otherwise.\n";
        assertMarks("✓", CONVOLUTION + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{j-i}$$\n\n" + otherwise);
        assertMarks("✗", CONVOLUTION + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{i-j}$$\n\n" + otherwise);
        // the case's K is the sums' K: read apart it was a random number, and only i = j was drawn (numerically equal)
        assertMarks("✓", CONVOLUTION + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{j-i}$$\n\nwhenever $0 \\le j - i \\le K - 1$.\n");
    }

    @Test
    void aListOfAnIndexsValuesBesideADefinitionIsItsRangeNotADefinition() {
        // "i = 1, \dots, n - K + 1" defined i as 1, and the step at every other i was false
        String layer = "$$y_i = \\sum_{k=0}^{K-1} w_k x_{i+k} + b, \\qquad i = 1, \\dots, n - K + 1$$\n\n"
                + "An input feeds an output through one weight:\n\n";
        assertMarks("✓", layer + "$$\\frac{\\partial y_i}{\\partial x_j} = w_{j-i}$$\n\n"
                + "whenever $0 \\le j - i \\le K - 1$, and is zero otherwise.\n");
    }

    @Test
    void twoFunctionsTheProseSaysTheLettersBeAreBoth() {
        // "Let $\phi$ and $\Phi$ be …" named neither (only "are", "denote"), and φ stayed an undefined function
        assertMarks("✓", "Let $\\phi$ and $\\Phi$ be the standard normal pdf and cdf.\n\n"
                + "$$\\frac{d}{dz} \\left[ \\phi(z) - z \\left( 1 - \\Phi(z) \\right) \\right] = \\Phi(z) - 1$$\n");
    }

    @Test
    void aFunctionsValueAtAQuantityTheDocumentDefinesIsNoDefinitionOfTheFunction() {
        // "gives $\phi(z) = 1/(2\sqrt{\pi})$" was read as φ's definition, which hid the prose's normal density: the right
        // ∂C/∂σ = 2φ(z) was false
        String crps = "Let $\\phi$ and $\\Phi$ denote the standard normal density and cdf, and write $z = (y - \\mu)/\\sigma$. Then\n\n"
                + "$$C = \\sigma \\left[ z \\left( 2\\Phi(z) - 1 \\right) + 2 \\phi(z) \\right]$$\n\n"
                + "$$\\frac{\\partial C}{\\partial \\sigma} = 2 \\phi(z)$$\n\n"
                + "Setting this to zero gives $\\phi(z) = 1/(2\\sqrt{\\pi})$, and\n\n";
        assertMarks("✓✓", crps + "$$\\frac{d}{dz} \\phi(z) = -z \\phi(z)$$\n");
        assertMarks("✓✗", crps + "$$\\frac{d}{dz} \\phi(z) = z \\phi(z)$$\n");
    }

    @Test
    void aRangeSizeSetAfterACapitalisedWordIsTheSizeItsSumsRunTo() {
        // "With $D = 2$" beside \sum_{i=1}^{D}: D was set apart from the sums' size (and "With" was not read), a wrong ✗
        String loss = "$$L = \\sum_{i=1}^{D} (1 - c_{ii})^2$$\n\nWith $D = 2$ the objective is\n\n";
        assertMarks("≈", loss + "$$L = (1 - c_{11})^2 + (1 - c_{22})^2$$\n");
        assertMarks("✗", loss + "$$L = (1 - c_{11})^2 + 2 (1 - c_{22})^2$$\n");
    }

    @Test
    void aCaseOnASideOfThePlaneLeadsIntoTheDisplayAfterItsRestatedValue() {
        // "On the side $z > z_0$ we have $r = z - z_0$ and so": no case word, and the inline formula after it set the display apart
        String flow = "$$f(z) = z + \\frac{\\beta (z - z_0)}{\\alpha + r}$$\n\nwhere $r = |z - z_0|$. "
                + "On the side $z > z_0$ we have $r = z - z_0$ and so\n\n";
        assertMarks("✓", flow + "$$f(z) = z + \\frac{\\beta (z - z_0)}{\\alpha + z - z_0}$$\n");
        assertMarks("✗", flow + "$$f(z) = z + \\frac{\\beta (z - z_0)}{\\alpha - z + z_0}$$\n");
    }

    @Test
    void aLogarithmTheDocumentDefinesUnderALetterSubscriptIsNoLogarithmInThatBase() {
        // the tempered logarithm \log_t(x) was log(x)/log(t): its definition and its right derivative were false
        assertMarks("––✓", "For $0 \\le t < 1$ the tempered logarithm is\n\n$$\\log_t(x) = \\frac{x^{1-t} - 1}{1 - t}$$\n\n"
                + "$$\\frac{d}{dx} \\log_t(x) = x^{-t}$$\n\n$$\\log_2(8) = 3$$\n");
        // the logarithm in base b, written in natural ones, defines nothing new: still read in base b
        assertMarks("✓✓", "$$\\log_b(x) = \\frac{\\ln x}{\\ln b}$$\n\n$$\\frac{d}{dx} \\log_b(x) = \\frac{1}{x \\ln b}$$\n");
    }

    @Test
    void anEntryGivenByAnIndexCaseAndZeroOtherwiseIsAKroneckerDelta() {
        // "$t_j = 1$ if $j = c$ and $0$ otherwise" was kept from being t_j = 1, and the steps using t_j were undecided
        String cbow = "$$E = -u_{c} + \\log \\sum_{j=1}^{V} \\exp(u_{j})$$\n\n"
                + "where $y_j = \\exp(u_j) / \\sum_{l=1}^{V} \\exp(u_l)$, and $t_j = 1$ if $j = c$ and $0$ otherwise. Then\n\n";
        assertMarks("✓", cbow + "$$\\frac{\\partial E}{\\partial u_j} = y_j - t_j$$\n");
        assertMarks("✗", cbow + "$$\\frac{\\partial E}{\\partial u_j} = t_j - y_j$$\n");
    }

    @Test
    void aTwoDigitSubscriptOfANameWrittenWithTwoIndicesIsItsRowAndColumn() {
        // w_{12} beside w_{ij} was the index twelve (read as the row w_{12,j}), and the right entry w_{1,2} was false
        String weights = "$$L = \\sum_{i=1}^{n} \\sum_{j=1}^{n} w_{ij}^2$$\n\n";
        assertMarks("✓", weights + "$$\\frac{\\partial L}{\\partial w_{12}} = 2 w_{1,2}$$\n");
        assertMarks("✗", weights + "$$\\frac{\\partial L}{\\partial w_{12}} = 2 w_{2,1}$$\n");
        // a name also written with one index keeps x_{12} as the twelfth entry
        assertMarks("✓", "$$S = \\sum_{i=1}^{n} x_i^2 + \\sum_{i=1}^{n} \\sum_{j=1}^{n} x_{ij}$$\n\n"
                + "$$\\frac{\\partial S}{\\partial x_{12}} = 2 x_{12}$$\n");
    }
}
