package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A Greek capital that names a matrix by convention, with a label below it ({@code \Sigma_{xy}}, {@code \Sigma_{xx}}), is the
 * matrix its label names where it stands beside a vector, as {@code W_{hh}} is; and "the cross-covariance $\Sigma_{xy}$" is no
 * covariance, so not symmetric. Before, Σ_xy was read as a number, and ∇_b aᵀΣ_xy b = Σ_xy a, a wrong step, was proven.
 */
class LabelledGreekMatricesTest {
    @Test
    void aLabelledSigmaIsAMatrixAndACrossCovarianceIsNotSymmetric() {
        PublicInputsTest.check("With the covariance blocks $\\Sigma_{xx}$ and $\\Sigma_{yy}$, both symmetric, and the cross-covariance "
                + "$\\Sigma_{xy}$, the Lagrangian is\n\n"
                + "$$\\mathcal{L}(\\mathbf{a}, \\mathbf{b}) = \\mathbf{a}^\\top\\Sigma_{xy}\\mathbf{b} - \\frac{\\lambda}{2}\\left(\\mathbf{a}^\\top"
                + "\\Sigma_{xx}\\mathbf{a} - 1\\right) - \\frac{\\mu}{2}\\left(\\mathbf{b}^\\top\\Sigma_{yy}\\mathbf{b} - 1\\right)$$\n\n"
                + "$$\\nabla_{\\mathbf{a}}\\mathcal{L} = \\Sigma_{xy}\\mathbf{b} - \\lambda\\Sigma_{xx}\\mathbf{a}$$\n\n"
                + "$$\\nabla_{\\mathbf{b}}\\mathcal{L} = \\Sigma_{xy}^\\top\\mathbf{a} - \\mu\\Sigma_{yy}\\mathbf{b}$$\n\n"
                + "$$\\nabla_{\\mathbf{b}}\\mathcal{L} = \\Sigma_{xy}\\mathbf{a} - \\mu\\Sigma_{yy}\\mathbf{b}$$\n", "✓✓✗");
    }
}
