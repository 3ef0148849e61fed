package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A step the scalar reader alone reads that writes whole a plain capital the document writes as a matrix elsewhere ({@code P^\top})
 * is undecided: as numbers, PG and GP are one, as matrices they are not. Attention's {@code \partial L/\partial V = PG} (for P^⊤G)
 * was proven (WRONG ✓) → ?. A capital the document never writes as a matrix is a number, checked as before.
 */
class MatricesAsNumbersTest {
    @Test
    void aProductOfMatricesReadAsNumbersIsNotDecided() {
        assertMarks("?", "Given $O = PV$ and the upstream gradient $G = \\partial L/\\partial O$, the gradient by $V$ is $P^\\top G$, "
                + "and not\n\n$$\\frac{\\partial L}{\\partial V} = PG$$\n");
    }

    @Test
    void aCapitalNeverAMatrixIsANumber() {
        assertMarks("✓✗", "$$L = \\frac{1}{2} K w^2$$\n\n$$\\frac{\\partial L}{\\partial w} = K w$$\n\n"
                + "$$\\frac{\\partial L}{\\partial w} = 2 K w$$\n");
    }
}
