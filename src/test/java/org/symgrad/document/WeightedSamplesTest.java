package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A weight per sample before the residual, c_i of {@code c_i (y_i - w^\top x_i) x_i}, is a number times the bracket in a step read
 * entry by entry, as the scalar reader reads it; a sample vector before the residual ({@code x_i (y_i - w^\top x_i)}) scales it.
 * Weighted least squares {@code \nabla L(w) = -2\sum_i c_i (y_i - w^\top x_i) x_i} was skipped (the right side read as written) → ✓.
 */
class WeightedSamplesTest {
    private static final String L = "$$L(w) = \\sum_{i=1}^n c_i (y_i - w^\\top x_i)^2$$\n\n";

    @Test
    void aWeightPerSampleBeforeTheResidualMultipliesIt() {
        assertMarks("✓", L + "$$\\nabla L(w) = -2\\sum_{i=1}^n c_i (y_i - w^\\top x_i) x_i$$\n");
        assertMarks("✗", L + "$$\\nabla L(w) = -\\sum_{i=1}^n c_i (y_i - w^\\top x_i) x_i$$\n");
        assertMarks("✗", L + "$$\\nabla L(w) = -2\\sum_{i=1}^n (y_i - w^\\top x_i) x_i$$\n");
    }

    @Test
    void aSampleVectorBeforeTheResidualIsScaledByIt() {
        assertMarks("✓", L + "$$\\nabla L(w) = -2\\sum_{i=1}^n c_i\\, x_i (y_i - w^\\top x_i)$$\n");
        assertMarks("✗", L + "$$\\nabla L(w) = 2\\sum_{i=1}^n c_i\\, x_i (y_i - w^\\top x_i)$$\n");
        assertMarks("✓", "$$E(\\mathbf{w}) = \\frac{1}{2}\\sum_n (t_n - \\mathbf{w}^\\top \\mathbf{x}_n)^2$$\n\n"
                + "$$\\nabla E = -\\sum_n \\mathbf{x}_n (t_n - \\mathbf{w}^\\top \\mathbf{x}_n)$$\n");
    }
}
