package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A word of capitals inside a Frobenius norm, UV of {@code \|R - UV^\top\|_F^2}, is a product of matrices, each capital a matrix
 * wherever written: matrix factorisation's gradients were skipped ('a transpose is matrix notation', UV read as one name) → ✓,
 * its slip ✗. A word of capitals outside such a norm stays a word (attention's GV^⊤ with an upstream G).
 */
class FrobeniusProductWordsTest {
    private static final String MF = "$$L(U, V) = \\frac{1}{2}\\|R - UV^\\top\\|_F^2$$\n\n";

    @Test
    void aWordOfCapitalsInAFrobeniusNormIsAProductOfMatrices() {
        assertMarks("✓", MF + "$$\\frac{\\partial L}{\\partial U} = -(R - UV^\\top)V$$\n");
        assertMarks("✓", MF + "$$\\frac{\\partial L}{\\partial V} = -(R - UV^\\top)^\\top U$$\n");
        assertMarks("✗", MF + "$$\\frac{\\partial L}{\\partial U} = -(R - UV^\\top)U$$\n");
    }
}
