package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A step by a variable the document also gives a value (the stationary μ solved for, a forward quantity z = wx + b) is
 * false where it is false with the variable free, though it holds at the value: a derivative by μ is a function of μ.
 */
class VariableValuesTest {
    private static final String EM = "With responsibilities $r_{n}$ fixed, maximise\n"
            + "$$Q(\\mu) = -\\frac{1}{2\\sigma^2}\\sum_{n=1}^{N} r_n (x_n - \\mu)^2 .$$\nSetting the derivative to zero gives\n"
            + "$$\\mu = \\frac{\\sum_n r_n x_n}{\\sum_n r_n}.$$\n\n";

    @Test
    void aDerivativeByTheSolvedVariableIsAFunctionOfIt() {
        // was: the factor slip ✓ "proven" (both sides 0 at the stationary μ)
        CheckedDocument d = PublicInputsTest.check(EM + "$$\\frac{dQ}{d\\mu} = \\frac{1}{\\sigma^2}\\sum_{n=1}^{N} r_n (x_n - \\mu)$$\n\n"
                + "$$\\frac{dQ}{d\\mu} = \\frac{2}{\\sigma^2}\\sum_{n=1}^{N} r_n (x_n - \\mu)$$\n", "✓✗");
        assertTrue(d.verdicts().get(1).detail().contains("μ free"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aFunctionOfAVariableGivenAValueLaterIsDifferentiatedInTheVariable() {
        // was: ✓ (f'(3) = 6 = 2·3)
        FreshNotationTest.assertMarks("✓✗", "$$g(x) = x^2 + 3x$$\n$$x = 3$$\n\n$$\\frac{dg}{dx} = 2x + 3$$\n\n$$\\frac{dg}{dx} = 3x$$\n");
    }

    @Test
    void aForwardQuantityStillReadsWithItsValue() {
        // the batch mean above the squared deviations: Σ_n (x_n − μ) is 0 there, as authors use it
        FreshNotationTest.assertMarks("✓✓", "$$\\mu = \\frac{1}{N}\\sum_{n=1}^{N} x_n$$\n$$S = \\sum_{n=1}^{N} (x_n - \\mu)^2$$\n\n"
                + "$$\\frac{\\partial S}{\\partial \\mu} = -2\\sum_{n=1}^{N} (x_n - \\mu)$$\n\n$$\\frac{\\partial S}{\\partial \\mu} = 0$$\n");
    }

    @Test
    void aForwardQuantityStillReadsWithItsValueWhereTheStepWritesIt() {
        String forward = "$$z = w x + b$$\n$$L = (z - y)^2$$\n\n";
        FreshNotationTest.assertMarks("✓✓✗", forward + "$$\\frac{\\partial L}{\\partial z} = 2(z - y)$$\n\n"
                + "$$\\frac{\\partial L}{\\partial z} = 2(w x + b - y)$$\n\n$$\\frac{\\partial L}{\\partial z} = 2(z + y)$$\n");
    }
}
