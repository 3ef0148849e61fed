package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A step through the inverse of a matrix expression of a rectangular matrix ({@code X \in \mathbb{R}^{n \times k}},
 * {@code (X^\top X)^{-1}}) agrees at the check's one size, where X is square; it is ≈ only where it agrees with X tall too
 * ({@link TallMatrices}), else undecided: X(XᵀX)⁻¹Xᵀ = I holds only square. Before, every such step was undecided.
 */
class TallMatricesTest {
    private static final String OLS = "Let $X \\in \\mathbb{R}^{n \\times k}$ be the design matrix, with full column rank, and"
            + " $y \\in \\mathbb{R}^n$.\n\n$$\\hat b = (X^\\top X)^{-1}X^\\top y$$\n\n";

    @Test
    void theNormalEquationsHoldForATallDesignMatrix() {
        assertMarks("≈", OLS + "$$X^\\top X \\hat b = X^\\top y$$\n");
        assertMarks("≈", OLS + "$$X (X^\\top X)^{-1} X^\\top X = X$$\n");
        assertMarks("≈", OLS + "$$X^\\top X (X^\\top X)^{-1} X^\\top = X^\\top$$\n");
    }

    @Test
    void aStepTrueOnlyForASquareMatrixStaysUndecided() {
        // the fitted values are the outcomes only where X is square (and invertible)
        for (String step : new String[] {"$$X \\hat b = y$$\n", "$$X (X^\\top X)^{-1} X^\\top = I$$\n",
                "$$\\operatorname{tr}(X(X^\\top X)^{-1}X^\\top) = n$$\n"}) {
            String got = marks(OLS + step);
            assertTrue(got.startsWith("?\n") && got.contains("tall"), step + got);
        }
    }

    @Test
    void thePushThroughIdentity() {
        String ridge = "Let $X \\in \\mathbb{R}^{n \\times d}$, $\\mathbf{y} \\in \\mathbb{R}^n$ and $\\lambda > 0$.\n\n";
        assertMarks("≈", ridge + "$$(X^\\top X + \\lambda I)^{-1} X^\\top \\mathbf{y} = X^\\top (X X^\\top + \\lambda I)^{-1} \\mathbf{y}$$\n");
        assertMarks("✗", ridge + "$$(X^\\top X + \\lambda I)^{-1} X^\\top = X^\\top (X X^\\top)^{-1}$$\n");
    }

    @Test
    void aGramMatrixOfTheRowsForAWideMatrix() {
        // (XXᵀ)⁻¹ of X n × d runs over n: the check takes X wide, n < d, where XXᵀ is invertible
        String wide = "Let $X \\in \\mathbb{R}^{n \\times d}$ have full row rank.\n\n$$g(X) = \\log\\det(X X^\\top)$$\n\n";
        assertMarks("≈", wide + "$$\\frac{\\partial g}{\\partial X} = 2(X X^\\top)^{-1} X$$\n");
        assertMarks("✗", wide + "$$\\frac{\\partial g}{\\partial X} = (X X^\\top)^{-1} X$$\n");
    }
}
