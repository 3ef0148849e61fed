package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The one parameter of a function the document defines that its body reads only by its entries ({@code For $q(w) =
 * \|w\|_2^2$,}, Σ_j w_j²) is a vector, written plain: {@code \nabla q(w)} is the gradient by it and w beside it that vector.
 * Before: skipped, '\nabla of a vector is matrix notation'. A capital the body reads by its determinant, inverse or entries
 * ({@code For $g(X) = \log\det X$,}, {@code For $f(X) = \operatorname{tr}(AXB)$,}) is a matrix, which ∂g/∂X is by, entry by
 * entry (was: undecided, 'g is not defined in the document').
 */
class EntryParametersTest {
    @Test
    void theGradientOfASquaredNormAtItsPlainVector() {
        String norm = "For $q(w) = \\|w\\|_2^2$,\n";
        assertMarks("✓", norm + "$$\\nabla q(w) = 2w$$\n");
        assertMarks("✗", norm + "$$\\nabla q(w) = w$$\n");
        assertMarks("✓", "Let $q(w) = \\|w\\|^2$. Then\n$$\\nabla q(w) = 2w$$\n");
        assertMarks("✓✗", "$$q(w) = \\|w\\|_2^2$$\n\n$$\\nabla q(w) = 2w$$\n\n$$\\nabla q(w) = 4w$$\n");
    }

    @Test
    void theDerivativeOfALogDeterminantByItsMatrix() {
        String logDet = "For $g(X) = \\log\\det X$,\n";
        assertMarks("✓", logDet + "$$\\frac{\\partial g}{\\partial X} = X^{-T}$$\n");
        assertMarks("✓", logDet + "$$\\frac{\\partial g}{\\partial X} = (X^{-1})^T$$\n");
        // wrong for a matrix not said symmetric: the inverse untransposed, or the matrix itself
        assertMarks("✗", logDet + "$$\\frac{\\partial g}{\\partial X} = X^{-1}$$\n");
        assertMarks("✗", logDet + "$$\\frac{\\partial g}{\\partial X} = X$$\n");
    }

    @Test
    void theDerivativeOfATraceByTheMatrixBetweenItsFactors() {
        String trace = "For $f(X) = \\operatorname{tr}(AXB)$,\n";
        assertMarks("✓", trace + "$$\\frac{\\partial f}{\\partial X} = A^T B^T$$\n");
        assertMarks("✗", trace + "$$\\frac{\\partial f}{\\partial X} = B^T A^T$$\n");
        assertMarks("✓✗", "For $f(X) = \\operatorname{tr}(AX)$,\n$$\\frac{\\partial f}{\\partial X} = A^T$$\n\n"
                + "$$\\frac{\\partial f}{\\partial X} = A$$\n");
    }
}
