package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A capital with a numeral below it that the document declares a matrix, {@code \Sigma_1, \Sigma_2 \in \mathbb{R}^{d \times d}},
 * is that matrix wherever it is written: the declared shape wins over the numbered constant a {@code C_1} is where nothing
 * declares it. Its inverse {@code \Sigma_2^{-1}} is computed from its entries, and a list declared and then called symmetric
 * makes each member symmetric (Duchi, "Derivations for Linear Algebra and Optimization", §9, the KL divergence of two Gaussians).
 */
class DeclaredNumberedMatricesTest {

    private static final String KL = "With $\\Sigma_1, \\Sigma_2 \\in \\mathbb{R}^{d \\times d}$ symmetric and positive definite,\n\n"
            + "$$D = \\frac{1}{2}\\left(\\operatorname{tr}(\\Sigma_2^{-1}\\Sigma_1) - \\log|\\Sigma_1|\\right)$$\n\n";

    @Test
    void numberedCapitalsDeclaredInAListAreMatrices() {
        // was: "matrix notation is not supported yet" for tr(Σ₂⁻¹Σ₁), both steps skipped; checked with numpy for symmetric
        // positive definite Σ₁, Σ₂: ½(Σ₂⁻¹ − Σ₁⁻¹) equals the finite difference, the sign flipped does not
        CheckedDocument d = PublicInputsTest.check(KL
                + "$$\\frac{\\partial D}{\\partial \\Sigma_1} = \\frac{1}{2}\\left(\\Sigma_2^{-1} - \\Sigma_1^{-1}\\right)$$\n\n"
                + "$$\\frac{\\partial D}{\\partial \\Sigma_1} = \\frac{1}{2}\\left(\\Sigma_1^{-1} - \\Sigma_2^{-1}\\right)$$\n", "✓✗");
        assertTrue(d.verdicts().get(0).notes().stream().anyMatch(n -> n.text().endsWith("as (inv(Sigma^{(2)})_{ij} - inv(Sigma^{(1)})_{ij})/2")),
                d.verdicts().get(0).notes().toString());
    }

    @Test
    void numberedCapitalsDeclaredMatricesMultiplyAsMatrices() {
        // A_1, A_2 declared n × n and never written transposed alone: x^T A_1 A_2 x is a quadratic form in their product (was:
        // A_1 and A_2 numbers, the wrong 2 A_1 A_2 x proven and the right side 'a transpose is matrix notation')
        PublicInputsTest.check("Let $A_1, A_2 \\in \\mathbb{R}^{n \\times n}$ and $\\mathbf{x} \\in \\mathbb{R}^n$.\n\n"
                + "$$f = \\mathbf{x}^\\top A_1 A_2 \\mathbf{x}$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = \\left(A_1 A_2 + (A_1 A_2)^\\top\\right)\\mathbf{x}$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = 2 A_1 A_2 \\mathbf{x}$$\n", "✓✗");
    }

    @Test
    void aNumberedCapitalNothingDeclaresStaysAConstant() {
        // guard: C_1 with only x declared is the number C_1 (LabelledMatricesTest has it with nothing declared)
        PublicInputsTest.check("Let $\\mathbf{x} \\in \\mathbb{R}^n$.\n\n$$f(\\mathbf{x}) = \\frac{C_1}{2}\\|\\mathbf{x}\\|^2$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = C_1 \\mathbf{x}$$\n\n$$\\nabla_{\\mathbf{x}} f = 2 C_1 \\mathbf{x}$$\n", "✓✗");
    }
}
