package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The inverse and the determinant of a matrix expression ({@code (X^\top X)^{-1}}, {@code \log\det(A + B)}), read as those of a
 * matrix defined by its entries ({@link org.symgrad.parse.latex.CompoundMatrices}): the checker computes them from the entries
 * and differentiates through them (Jacobi's formula), as for a matrix the document defines ({@link DefinedMatrixInversesTest}).
 * Before, every such side was skipped ("an inverse or power of a matrix, which is no entry-by-entry expression"). Each step is
 * shown right and with a slip (a transpose, a factor 2, the wrong order), since the sampled check is the oracle.
 */
class MatrixExpressionInversesTest {
    private static final String GRAM = "Let $\\mathbf{X} \\in \\mathbb{R}^{n \\times p}$ have full column rank.\n\n"
            + "$$f(\\mathbf{X}) = \\log\\det(\\mathbf{X}^\\top\\mathbf{X})$$\n\n";

    @Test
    void theGradientOfTheLogDeterminantOfAGramMatrix() {
        // ∂ log det(XᵀX)/∂X = 2X(XᵀX)⁻¹; without the 2, false. For X n × p the check draws n = p, where X is square; the step
        // agrees with X tall too (TallMatricesTest), so it is ≈, as for a square X
        assertMarks("≈", GRAM + "$$\\frac{\\partial f}{\\partial \\mathbf{X}} = 2\\mathbf{X}(\\mathbf{X}^\\top\\mathbf{X})^{-1}$$\n");
        assertMarks("✗", GRAM + "$$\\frac{\\partial f}{\\partial \\mathbf{X}} = \\mathbf{X}(\\mathbf{X}^\\top\\mathbf{X})^{-1}$$\n");
        assertMarks("≈", GRAM.replace("n \\times p", "n \\times n")
                + "$$\\frac{\\partial f}{\\partial \\mathbf{X}} = 2\\mathbf{X}(\\mathbf{X}^\\top\\mathbf{X})^{-1}$$\n");
    }

    @Test
    void aHatMatrixIsNoIdentityForATallDesignMatrix() {
        // X(XᵀX)⁻¹Xᵀ = I only for a square X: with X n × k, Xb̂ = y agrees at the drawn n = k, and is not decided
        String ols = "Let $X \\in \\mathbb{R}^{n \\times k}$ be the design matrix and $y$ the vector of outcomes.\n\n"
                + "$$S(b) = (y - Xb)^\\top(y - Xb)$$\n\n$$\\hat b = (X^\\top X)^{-1}X^\\top y$$\n\n";
        assertMarks("✓", ols + "$$X \\hat b = X (X^\\top X)^{-1} X^\\top y$$\n");
        String got = marks(ols + "$$X \\hat b = y$$\n");
        assertTrue(got.startsWith("?\n") && got.contains("square"), got);
    }

    @Test
    void anInverseOfASumInAQuadraticForm() {
        String g = "Let $A, B \\in \\mathbb{R}^{n \\times n}$ and $x \\in \\mathbb{R}^n$.\n\n$$g(A) = x^\\top (A + B)^{-1} x$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial g}{\\partial A} = -(A + B)^{-\\top} x x^\\top (A + B)^{-\\top}$$\n");
        assertMarks("✗", g + "$$\\frac{\\partial g}{\\partial A} = (A + B)^{-\\top} x x^\\top (A + B)^{-\\top}$$\n");
        assertMarks("✓", g + "$$\\frac{\\partial}{\\partial A} \\log\\det(A + B) = (A + B)^{-\\top}$$\n");
    }

    @Test
    void aNumberBeforeParenthesesIsNotInvertedWithThem() {
        // 2(AᵀA)⁻¹ is 2 times the inverse, never the inverse of 2AᵀA
        String a = "Let $A \\in \\mathbb{R}^{n \\times n}$ be invertible.\n\n";
        assertMarks("≈", a + "$$2(A^\\top A)^{-1} A^\\top A = 2A^\\top A (A^\\top A)^{-1}$$\n");
        assertMarks("✗", a + "$$2(A^\\top A)^{-1} A^\\top A = A^\\top A (A^\\top A)^{-1}$$\n");
    }

    @Test
    void theAbsoluteValueOfADeterminant() {
        String x = "For an invertible $X \\in \\mathbb{R}^{n \\times n}$,\n\n";
        assertMarks("✓", x + "$$\\frac{\\partial}{\\partial X}\\log|\\det X| = X^{-\\top}$$\n");
        assertMarks("✗", x + "$$\\frac{\\partial}{\\partial X}\\log|\\det X| = 2X^{-\\top}$$\n");
    }
}
