package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain letter with a one-letter subscript right after a vector written transposed, x_n of {@code w^\top x_n}, is one of several
 * vectors (entries x_{nj}) in a step read entry by entry, as the reader of components reads it: the least-squares gradient
 * {@code \nabla E(w) = -\sum_n (t_n - w^\top x_n) x_n} was ✗ (wrong: w^⊤x_n read as w_i x_n, x_n one number) → ✓.
 */
class SamplesAfterTransposedVectorsTest {
    @Test
    void theLeastSquaresGradientOverSamplesReads() {
        String e = "$$E(w) = \\frac{1}{2}\\sum_n (t_n - w^\\top x_n)^2$$\n\n";
        assertMarks("✓", e + "$$\\nabla E(w) = -\\sum_n (t_n - w^\\top x_n) x_n$$\n");
        assertMarks("✓", e + "$$\\nabla_w E = \\sum_n (w^\\top x_n - t_n) x_n$$\n");
        assertMarks("✗", e + "$$\\nabla_w E = 2\\sum_n (w^\\top x_n - t_n) x_n$$\n");
    }

    @Test
    void basisFunctionsAndARegulariserRead() {
        String e = "$$E(w) = \\frac{1}{2}\\sum_n (t_n - w^\\top \\phi_n)^2 + \\frac{\\lambda}{2} w^\\top w$$\n\n";
        assertMarks("✓", e + "$$\\nabla E(w) = -\\sum_n (t_n - w^\\top\\phi_n)\\phi_n + \\lambda w$$\n");
        assertMarks("✗", e + "$$\\nabla E(w) = -\\sum_n (t_n - w^\\top\\phi_n)\\phi_n + 2\\lambda w$$\n");
    }
}
