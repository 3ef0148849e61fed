package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A squared name defined with its argument, {@code D^2(\mathbf{x}) = (\mathbf{x} - \boldsymbol\mu)^\top \Sigma^{-1} (\mathbf{x} -
 * \boldsymbol\mu)}, defines D² as {@code D^2 = …} does (Targets): the Mahalanobis gradients ∇_x D² = 2Σ⁻¹(x − μ) ✓ and the slips
 * ✗ (was – 'could not read D^2(\mathbf{x})' and ? 'D² does not depend on x_i').
 */
class SquaredDistanceTargetsTest {
    @Test
    void theMahalanobisDistanceDefinedWithItsArgument() {
        String doc = "Let $\\boldsymbol{\\Sigma}$ be a covariance matrix and\n\n$$D^2(\\mathbf{x}) = (\\mathbf{x} - \\boldsymbol{\\mu})^\\mathsf{T} "
                + "\\boldsymbol{\\Sigma}^{-1} (\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n";
        assertMarks("✓✗✗", doc + "$$\\nabla_{\\mathbf{x}} D^2 = 2\\boldsymbol{\\Sigma}^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n"
                + "$$\\nabla_{\\boldsymbol{\\mu}} D^2 = 2\\boldsymbol{\\Sigma}^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} D^2 = \\boldsymbol{\\Sigma}^{-1}(\\mathbf{x} - \\boldsymbol{\\mu})$$\n");
    }
}
