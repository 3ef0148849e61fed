package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "Setting $\ell'(\lambda) = 0$ gives" cues the display after it as the solution of that derivative set to zero
 * ({@link StationaryPoints}), as "Setting this to zero gives" did: before, the estimate was only a definition, unchecked.
 * And a sample mean the document writes as {@code \bar{x}} without defining it beside {@code \sum_{i=1}^n x_i} is
 * {@code \frac{1}{n}\sum_{i=1}^n x_i} ({@link SampleMeans}): before, {@code \frac{n}{\sum_i x_i} = \frac{1}{\bar{x}}} was undecided.
 */
class SolvedForZeroCuesTest {
    private static final String LIKELIHOOD = "The log-likelihood of $x_1, \\dots, x_n$ is\n"
            + "$$\\ell(\\lambda) = n \\log \\lambda - \\lambda \\sum_{i=1}^n x_i .$$\n"
            + "$$\\ell'(\\lambda) = \\frac{n}{\\lambda} - \\sum_{i=1}^n x_i$$\nSetting $\\ell'(\\lambda) = 0$ gives\n";

    @Test
    void aDerivativeSetToZeroInInlineMathCuesTheSolution() {
        CheckedDocument d = PublicInputsTest.check(LIKELIHOOD + "$$\\hat{\\lambda} = \\frac{n}{\\sum_{i=1}^n x_i}$$\n", "✓✓");
        assertTrue(d.verdicts().get(1).detail().contains("solves the derivative for zero"), () -> d.verdicts().get(1).detail());
        PublicInputsTest.check(LIKELIHOOD + "$$\\hat{\\lambda} = \\frac{n - 1}{\\sum_{i=1}^n x_i}$$\n", "✓✗");
    }

    @Test
    void anUndefinedBarredLetterBesideItsSumIsTheSampleMean() {
        CheckedDocument d = PublicInputsTest.check(LIKELIHOOD + "$$\\hat{\\lambda} = \\frac{n}{\\sum_{i=1}^n x_i} = \\frac{1}{\\bar{x}}$$\n",
                "✓✓✓");
        assertTrue(d.messages().stream().anyMatch(m -> m.contains("as the sample mean")), () -> d.messages().toString());
    }

    @Test
    void aBarredLetterWithAnIndexOfItsOwnIsNoSampleMean() {
        CheckedDocument d = PublicInputsTest.check("Each cluster $k$ has its centroid $\\bar{x}_k$. The spread is\n"
                + "$$s = \\sum_{i=1}^n (x_i - \\bar{x})^2$$\n$$\\frac{\\partial s}{\\partial x_1} = 2 (x_1 - \\bar{x})$$\n", "✓");
        assertFalse(d.messages().stream().anyMatch(m -> m.contains("sample mean")), () -> d.messages().toString());
    }

    @Test
    void theSampleMeanRunsOverTheDocumentsSize() {
        PublicInputsTest.check("$$L(w, b) = \\frac{1}{N} \\sum_{n=1}^{N} \\left( w x_n + b - t_n \\right)^2$$\n"
                + "$$\\frac{\\partial L}{\\partial b} = \\frac{2}{N} \\sum_{n=1}^{N} \\left( w x_n + b - t_n \\right)"
                + " = 2 \\left( w \\bar{x} + b - \\bar{t} \\right)$$\n", "✓✓");
    }
}
