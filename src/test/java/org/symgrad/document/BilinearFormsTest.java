package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A capital right after a transposed vector ({@code x^\top A y}) is a matrix the row multiplies, as one after a vector is
 * (org.symgrad.parse.latex.VectorNameScan.seeCapitals): the bilinear form g(x, y) = xᵀAy was read with A one number and a free
 * index on x, and the right ∇_x g = Ay came out ✗ (wrong). Now the form reads by its entries, Σ_kl x_k A_kl y_l; the step, whose
 * y the statement alone does not make a vector, is at worst undecided, never false.
 */
class BilinearFormsTest {
    @Test
    void theRightGradientOfABilinearFormIsNeverFalse() {
        for (String head : new String[] {"g(x, y)", "g(x)"}) {
            String got = marks("$$" + head + " = x^\\top A y$$\n\n$$\\nabla_x g = A y$$\n");
            assertFalse(got.startsWith("✗"), got);
        }
    }
}
