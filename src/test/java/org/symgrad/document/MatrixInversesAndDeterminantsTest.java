package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Inverses and determinants of a named matrix the document writes itself too ({@code org.symgrad.parse.latex.MatrixFunctions}):
 * {@code X^{-1}}, {@code X^{-\top}}, {@code |X|}, {@code \det X} are read as the inverse's entries and the determinant, which the
 * evaluator computes exactly from the matrix's drawn entries and the differentiator differentiates by them (Jacobi's formula).
 * Before, every such pair was skipped ("an inverse or power of a matrix"; "determinants are not supported").
 */
class MatrixInversesAndDeterminantsTest {
    private static final String LOG_DET = "$$\\frac{\\partial}{\\partial X}\\log|X| = ";

    @Test
    void theLogDeterminantsGradientIsTheInverseTransposed() {
        assertMarks("✓", LOG_DET + "X^{-\\top}$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial \\mathbf{X}}\\log|\\mathbf{X}| = \\mathbf{X}^{-\\top}$$\n");
        // a general matrix: the inverse without its transpose is another matrix
        assertMarks("✗", "$$\\frac{\\partial}{\\partial \\mathbf{X}}\\log|\\mathbf{X}| = \\mathbf{X}^{-1}$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial X}\\log\\det X = X^{-\\top}$$\n");
    }

    @Test
    void forASymmetricMatrixTheInverseItselfIsTheGradient() {
        assertMarks("✓", "For a symmetric positive definite covariance $\\Sigma$,\n\n"
                + "$$\\frac{\\partial}{\\partial \\Sigma}\\log|\\Sigma| = \\Sigma^{-1}$$\n");
        assertMarks("✗", "For a symmetric positive definite covariance $\\Sigma$,\n\n"
                + "$$\\frac{\\partial}{\\partial \\Sigma}\\log|\\Sigma| = -\\Sigma^{-1}$$\n");
    }

    @Test
    void theDeterminantsGradientIsJacobisFormula() {
        assertMarks("✓", "$$\\frac{\\partial}{\\partial X}\\det X = \\det(X) X^{-\\top}$$\n");
        assertMarks("✗", "$$\\frac{\\partial}{\\partial X}\\det X = \\det(X) X^{-1}$$\n");
    }

    @Test
    void theGaussianLogLikelihoodsGradientInTheCovariance() {
        String doc = "With the scatter matrix $S = \\sum_{i=1}^{n}(\\mathbf{x}_i - \\boldsymbol{\\mu})(\\mathbf{x}_i - \\boldsymbol{\\mu})^\\top$ "
                + "and a symmetric covariance $\\Sigma$,\n\n"
                + "$$\\ell(\\Sigma) = -\\frac{n}{2}\\log|\\Sigma| - \\frac{1}{2}\\operatorname{tr}(\\Sigma^{-1}S)$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{n}{2}\\Sigma^{-1} + \\frac{1}{2}\\Sigma^{-1}S\\Sigma^{-1}$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{n}{2}\\Sigma^{-1} - \\frac{1}{2}\\Sigma^{-1}S\\Sigma^{-1}$$\n");
    }

    @Test
    void anInverseTimesItsMatrixIsExactlyTheIdentityAtEveryPoint() {
        // computed in exact arithmetic: no rounding makes Σ Σ⁻¹ x differ from x, however ill-conditioned the drawn Σ; and
        // proven since session 36: Σ_k A_ik (A⁻¹)_kj = δ_ij is an identity of the simplifier (InverseProductsTest)
        String doc = "Let $\\Sigma$ be a symmetric matrix and $\\mathbf{x}$ a vector.\n\n";
        assertMarks("✓", doc + "$$\\Sigma\\Sigma^{-1}\\mathbf{x} = \\mathbf{x}$$\n");
        assertMarks("✗", doc + "$$\\Sigma^{-1}\\Sigma\\mathbf{x} = 2\\mathbf{x}$$\n");
        assertMarks("✓", "Let $A$ be a matrix and\n\n$$\\mathbf{z} = A^{-1}\\mathbf{b}$$\n\n$$A\\mathbf{z} = \\mathbf{b}$$\n");
    }

    @Test
    void theInverseOfAMatrixTheDocumentDefinesIsComputedFromItsDefinition() {
        // A's entries are B's and C's: the inverse is computed from those since session 39 (DefinedMatrixInversesTest), so
        // A⁻¹Ax = x holds at every point; until then it was skipped, as an inverse computed from drawn entries of A is not A's
        assertMarks("≈", "$$\\mathbf{A} = \\mathbf{B} + \\mathbf{C}$$\n\n$$\\mathbf{A}^{-1}\\mathbf{A}\\mathbf{x} = \\mathbf{x}$$\n");
    }

    @Test
    void aStarredOptimumIsAVectorOfItsOwn() {
        // \mathbf{x}^* = A^{-1}\mathbf{b} defines the vector x* (xstar_k), so f(x*) is f at that vector, not at a free one
        String doc = "Let $A$ be a symmetric positive definite matrix and\n\n"
                + "$$f(\\mathbf{x}) = \\frac{1}{2}\\mathbf{x}^\\top A \\mathbf{x} - \\mathbf{b}^\\top \\mathbf{x}$$\n\n"
                + "$$\\mathbf{x}^* = A^{-1}\\mathbf{b}$$\n\n";
        assertMarks("✓", doc + "$$f(\\mathbf{x}^*) = -\\frac{1}{2}\\mathbf{b}^\\top A^{-1}\\mathbf{b}$$\n");
        assertMarks("✗", doc + "$$f(\\mathbf{x}^*) = \\frac{1}{2}\\mathbf{b}^\\top A^{-1}\\mathbf{b}$$\n");
        assertMarks("✓", "Let $A$ be a symmetric matrix and\n\n$$\\mathbf{x}^* = A\\mathbf{b}$$\n\n"
                + "$$\\mathbf{b}^\\top\\mathbf{x}^* = \\mathbf{b}^\\top A\\mathbf{b}$$\n");
    }
}
