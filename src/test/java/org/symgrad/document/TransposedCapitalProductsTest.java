package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Two or three capitals side by side with a transpose after them ({@code UV^\top}, {@code AB^T}) are a product of matrices, the
 * last one transposed, as TeX sets them (org.symgrad.parse.latex.LatexTokens): the low-rank factorisation's
 * {@code \|R - UV^\top\|_F^2} was the name UV transposed, and every step below it skipped. A word the document defines stays a
 * word.
 */
class TransposedCapitalProductsTest {
    private static final String LOSS = "$$L(U, V) = \\frac{1}{2}\\|R - UV^\\top\\|_F^2$$\n\n";

    @Test
    void aLowRankFactorisationIsChecked() {
        assertMarks("✓", LOSS + "$$\\frac{\\partial L}{\\partial U} = -(R - UV^\\top)V$$\n");
        assertMarks("✓", LOSS + "$$\\frac{\\partial L}{\\partial V} = -(R - UV^\\top)^\\top U$$\n");
        assertMarks("✗", LOSS + "$$\\frac{\\partial L}{\\partial V} = -(R - UV^\\top) U$$\n");
        assertMarks("✗", LOSS + "$$\\frac{\\partial L}{\\partial U} = (R - UV^\\top)V$$\n");
    }

    @Test
    void aTransposeMarkedTAfterTwoCapitalsToo() {
        String g = "$$g(A) = \\|AB^T - C\\|_F^2$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial g}{\\partial A} = 2(AB^T - C)B$$\n");
        assertMarks("✗", g + "$$\\frac{\\partial g}{\\partial A} = 2(AB^T - C)B^T$$\n");
    }
}
