package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The symmetry of covariance blocks in canonical correlation analysis: "$\Sigma_{xx}$, $\Sigma_{yy}$ (symmetric)", a list of
 * matrices and the word in brackets, states it (ProseAssumptions); and an auto-covariance block, Σ labelled by one letter twice
 * (Σ_xx, Σ_yy), is symmetric by convention as the plain Σ is, so a step right only under that symmetry is undecided with the
 * reason, never false. The cross-covariance Σ_xy stays general: ∇_b aᵀΣ_xy b = Σ_xy a is false either way. Before, with Σ_xx
 * and Σ_yy read as matrices (session 38), both right gradients were called false.
 */
class CovarianceBlockSymmetryTest {
    private static final String STEPS = ", the Lagrangian is\n\n"
            + "$$\\mathcal{L}(\\mathbf{a}, \\mathbf{b}) = \\mathbf{a}^\\top\\Sigma_{xy}\\mathbf{b} - \\frac{\\lambda}{2}\\left(\\mathbf{a}^\\top"
            + "\\Sigma_{xx}\\mathbf{a} - 1\\right) - \\frac{\\mu}{2}\\left(\\mathbf{b}^\\top\\Sigma_{yy}\\mathbf{b} - 1\\right)$$\n\n"
            + "$$\\nabla_{\\mathbf{a}}\\mathcal{L} = \\Sigma_{xy}\\mathbf{b} - \\lambda\\Sigma_{xx}\\mathbf{a}$$\n\n"
            + "$$\\nabla_{\\mathbf{b}}\\mathcal{L} = \\Sigma_{xy}^\\top\\mathbf{a} - \\mu\\Sigma_{yy}\\mathbf{b}$$\n\n"
            + "$$\\nabla_{\\mathbf{b}}\\mathcal{L} = \\Sigma_{xy}\\mathbf{a} - \\mu\\Sigma_{yy}\\mathbf{b}$$\n";

    @Test
    void aBracketedWordAfterAListOfBlocksStatesTheirSymmetry() {
        PublicInputsTest.check("With the covariance blocks $\\Sigma_{xx}$, $\\Sigma_{yy}$ (symmetric) and $\\Sigma_{xy}$" + STEPS, "✓✓✗");
    }

    @Test
    void anAutoCovarianceBlockIsSymmetricByConvention() {
        PublicInputsTest.check("With the covariance blocks $\\Sigma_{xx}$, $\\Sigma_{yy}$ and $\\Sigma_{xy}$" + STEPS, "??✗");
    }

    /** ∂/∂A of ½(tr(B⁻¹A) − log|A|), right for symmetric A and B; "false, holds with entries transposed" before. */
    private static final String KL = "\n\n$$D = \\frac{1}{2}\\left(\\operatorname{tr}(B^{-1}A) - \\log|A|\\right)$$\n\n"
            + "$$\\frac{\\partial D}{\\partial A} = \\frac{1}{2}\\left(B^{-1} - A^{-1}\\right)$$\n";

    @Test
    void matricesDeclaredInOneFormulaThenCalledSymmetricAreSymmetric() {
        PublicInputsTest.check("With $A, B \\in \\mathbb{R}^{d \\times d}$ symmetric and positive definite," + KL, "✓");
    }

    @Test
    void matricesDeclaredAndCalledNotSymmetricAreGeneral() {
        // the word negated after the declaration assumes nothing: the step holds only with entries transposed
        PublicInputsTest.check("With $A, B \\in \\mathbb{R}^{d \\times d}$ not symmetric," + KL, "✗");
    }
}
