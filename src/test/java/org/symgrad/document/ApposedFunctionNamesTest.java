package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A letter named as a known function in apposition, without a verb: "With $\Phi$ the standard normal CDF and $\phi$ the
 * standard normal density", "$\Phi$ and $\phi$ the standard normal CDF and PDF", and "$\phi$ its density" after the normal
 * CDF named before it.
 */
class ApposedFunctionNamesTest {
    private static String gelu(String naming) {
        return naming + ", $\\mathrm{GELU}(x) = x\\Phi(x)$, so\n$$\\frac{d}{dx}\\mathrm{GELU}(x) = \\Phi(x) + x\\phi(x)$$\n\n"
                + "$$\\frac{d}{dx}\\mathrm{GELU}(x) = \\Phi(x) + \\phi(x)$$\n";
    }

    @Test
    void eachLetterNamedInApposition() {
        // was: ? 'it depends on phi, a function the document does not define'
        PublicInputsTest.check(gelu("With $\\Phi$ the standard normal CDF and $\\phi$ the standard normal density"), "✓✗");
    }

    @Test
    void aPairNamedInApposition() {
        PublicInputsTest.check(gelu("With $\\Phi$ and $\\phi$ the standard normal CDF and PDF"), "✓✗");
    }

    @Test
    void theDensityOfTheNormalCdfNamedBefore() {
        PublicInputsTest.check(gelu("With $\\Phi$ the standard normal CDF and $\\phi$ its density"), "✓✗");
    }

    @Test
    void itsDensityOfAnythingElseNamesNothing() {
        PublicInputsTest.check(gelu("With $x$ the input and $\\phi$ its density"), "??");
    }
}
