package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A matrix the document writes only inverted ({@code org.symgrad.parse.latex.InvertedMatrices}): its inverse is read as a
 * matrix of its own, symmetric where the matrix is stated symmetric or named a covariance, so the Gaussian family's
 * {@code \nabla_{\boldsymbol\mu}} of {@code (\mathbf{x}-\boldsymbol\mu)^\top\Sigma^{-1}(\mathbf{x}-\boldsymbol\mu)} is checked
 * (it was skipped: an inverse of a matrix was never read). Where the document writes the matrix itself too (log|Σ|, ∂/∂Σ,
 * Σ = …), the inverse is computed from it ({@code MatrixInversesAndDeterminantsTest}); a Σ written inverted is a matrix wherever it is
 * written, never a number (∂ℓ/∂Σ of −(n/2) log|Σ| − ½ tr(Σ⁻¹S) was false with Σ a number).
 */
class InvertedOnlyMatricesTest {
    private static final String DISTANCE = "$$d(\\mathbf{x}) = (\\mathbf{x} - \\boldsymbol{\\mu})^\\top\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n";

    @Test
    void theMahalanobisGradientsAreCheckedForACovariance() {
        String doc = "Let $\\Sigma$ be the covariance.\n\n" + DISTANCE;
        assertMarks("✓", doc + "$$\\nabla_{\\mathbf{x}} d = 2\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n");
        assertMarks("✓", doc + "$$\\nabla_{\\boldsymbol{\\mu}} d = -2\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n");
        assertMarks("✗", doc + "$$\\nabla_{\\boldsymbol{\\mu}} d = 2\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n");
        // a symmetric positive definite covariance, bold, stated in words
        assertMarks("✓", "For a symmetric positive definite $\\boldsymbol{\\Sigma}$,\n\n$$\\nabla_{\\boldsymbol{\\mu}} \\frac{1}{2}"
                + "(\\mathbf{x} - \\boldsymbol{\\mu})^\\top\\boldsymbol{\\Sigma}^{-1}(\\mathbf{x} - \\boldsymbol{\\mu}) = "
                + "\\boldsymbol{\\Sigma}^{-1}(\\boldsymbol{\\mu} - \\mathbf{x})$$\n");
    }

    @Test
    void withoutASymmetryStatedTheInverseIsSymmetricOnlyByConvention() {
        // nothing says Σ is symmetric: (Σ⁻¹ + (Σ⁻¹)ᵀ)(x − μ) holds; 2Σ⁻¹(x − μ) holds for a covariance, which Σ names by
        // convention, so it is undecided, not false; 3Σ⁻¹(x − μ) is false under either
        String got = marks(DISTANCE + "$$\\nabla_{\\mathbf{x}} d = (\\Sigma^{-1} + (\\Sigma^{-1})^\\top)(\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} d = 2\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} d = 3\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n");
        assertTrue(got.startsWith("✓?✗\n"), got);
        assertTrue(got.contains("the inverse of a covariance or precision matrix is symmetric"), got);
    }

    @Test
    void aMatrixAlsoWrittenItselfHasItsInverseComputedFromIt() {
        // Σ Σ⁻¹ = I is no identity of two unrelated matrices (since session 34 the inverse is Σ's own, MatrixFunctions; since
        // session 36 Σ Σ⁻¹ x = x is proven, InverseProductsTest), and
        // log|Σ| is no logarithm of a number
        String got = marks("Let $\\Sigma$ be the covariance.\n\n" + DISTANCE + "$$\\Sigma\\Sigma^{-1}\\mathbf{x} = \\mathbf{x}$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} d = 2\\Sigma^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n"
                + "$$\\Sigma\\Sigma^{-1}\\mathbf{x} = \\Sigma\\mathbf{x}$$\n");
        assertTrue(got.startsWith("✓✓✗\n"), got);
        got = marks("$$\\ell(\\Sigma) = -\\frac{n}{2}\\log|\\Sigma| - \\frac{1}{2}\\operatorname{tr}(\\Sigma^{-1}S)$$\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{n}{2}\\Sigma^{-1} + \\frac{1}{2}\\Sigma^{-1}S^\\top\\Sigma^{-1}$$\n");
        // right for the covariance Σ is by convention (symmetric), not stated: undecided, never false
        assertTrue(got.startsWith("?\n"), got);
    }

    @Test
    void aStepReadWithAnInlineDefinitionIsUndecidedByConventionToo() {
        // the scatter S defined in inline math: the step is checked with it read as a display definition, and there too
        // right for the covariance Σ only by convention (symmetric) is undecided, never false (was a wrong ✗ 'true if Sigma is
        // symmetric'); the sign slip stays false under either
        String doc = "With samples $x^{(i)}$ and the scatter $S = \\sum_{i=1}^{n} (x^{(i)} - \\mu)(x^{(i)} - \\mu)^T$,\n\n"
                + "$$\\ell(\\Sigma) = -\\frac{n}{2}\\log|\\Sigma| - \\frac{1}{2}\\operatorname{tr}(\\Sigma^{-1}S)$$\n\n";
        String got = marks(doc + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{n}{2}\\Sigma^{-1} + \\frac{1}{2}\\Sigma^{-1}S\\Sigma^{-1}$$\n\n"
                + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{n}{2}\\Sigma^{-1} - \\frac{1}{2}\\Sigma^{-1}S\\Sigma^{-1}$$\n");
        assertTrue(got.startsWith("?✗\n"), got);
        assertTrue(got.contains("inline definition of S") && got.contains("the inverse of a covariance or precision matrix is symmetric"), got);
        // stated, it is right
        assertMarks("✓", "Let $\\Sigma$ be the covariance.\n\n" + doc
                + "$$\\frac{\\partial \\ell}{\\partial \\Sigma} = -\\frac{n}{2}\\Sigma^{-1} + \\frac{1}{2}\\Sigma^{-1}S\\Sigma^{-1}$$\n");
    }

    @Test
    void aFunctionsInverseAndAReciprocalStayAsTheyWere() {
        // Φ⁻¹(p), the normal quantile, is no matrix; a capital never read as a matrix keeps its reciprocal
        assertMarks("✓", "$$y = A^{-1}x$$\n\n$$\\frac{dy}{dx} = A^{-1}$$\n");
    }

    @Test
    void aCovarianceNeverInvertedIsSymmetricOnlyByConventionToo() {
        // ∇ xᵀΣx = 2Σx with nothing said of Σ: right for a covariance, which Σ names by convention — undecided, never false
        // (was a wrong ✗); a wrong factor stays false; a labelled cross-covariance Σ_xy is no covariance of its own
        String got = marks("For the quadratic form,\n\n$$\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top \\Sigma \\mathbf{x} = 2 \\Sigma \\mathbf{x}$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} \\mathbf{x}^\\top \\Sigma \\mathbf{x} = 3 \\Sigma \\mathbf{x}$$\n");
        assertTrue(got.startsWith("?✗"), got);
        assertTrue(got.contains("a covariance matrix is symmetric"), got);
        assertTrue(org.symgrad.parse.latex.InvertedMatrices.conventionallySymmetricThemselves("$\\mathbf{a}^\\top \\Sigma_{xy} \\mathbf{b}$")
                .isEmpty());
    }
}
