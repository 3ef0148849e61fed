package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * Derivatives in vector notation whose variable is left to the reader or is a scalar, and Greek capitals used as matrices:
 * {@code \nabla E} and {@code \nabla^2 E} with neither the variable nor the argument written are by the one vector the document
 * defines E of ({@code E(\boldsymbol\beta) = …}); {@code \frac{\partial}{\partial s}} of an expression with vectors is by the scalar s,
 * entry by entry; Γ of Tikhonov's ‖Γw‖² (Φ, Ψ, Θ, Ξ as well), transposed or next to a vector, is a matrix as a Latin capital is.
 * Before, each was skipped (∇ of a vector, a derivative by something other than a vector, a transpose not supported).
 */
class UnwrittenVariablesTest {
    private static final String LOGISTIC = "The rows of $X$ are $\\mathbf{x}_i^\\top$,\n\n$$p_i = \\sigma(\\mathbf{x}_i^\\top\\boldsymbol\\beta)$$\n\nand\n\n"
            + "$$E(\\boldsymbol\\beta) = -\\sum_{i=1}^{n}\\left[y_i\\log p_i + (1 - y_i)\\log(1 - p_i)\\right]$$\n\n";

    @Test
    void aGradientWithoutItsVariableIsByTheVectorTheFunctionIsDefinedOf() {
        PublicInputsTest.check(LOGISTIC
                + "$$\\nabla E = X^\\top(\\mathbf{p} - \\mathbf{y})$$\n\n"
                + "$$\\nabla E = X^\\top(\\mathbf{y} - \\mathbf{p})$$\n\n"
                + "where $W = \\mathrm{diag}(p_i(1 - p_i))$,\n\n"
                + "$$\\nabla^2 E = X^\\top W X$$\n\n"
                + "$$\\nabla^2 E = X^\\top X$$\n", "✓✗✓✗");
    }

    @Test
    void aDerivativeByAScalarOfAnExpressionInVectorsIsReadEntryByEntry() {
        PublicInputsTest.check("For $\\mathbf{x} \\in \\mathbb{R}^d$, a mean $\\boldsymbol\\mu$ and a variance $s > 0$,\n\n"
                + "$$\\frac{\\partial}{\\partial s}\\left(-\\frac{d}{2}\\log(2\\pi s) - \\frac{1}{2s}(\\mathbf{x} - \\boldsymbol\\mu)^\\top(\\mathbf{x} - \\boldsymbol\\mu)\\right)"
                + " = -\\frac{d}{2s} + \\frac{1}{2s^2}(\\mathbf{x} - \\boldsymbol\\mu)^\\top(\\mathbf{x} - \\boldsymbol\\mu)$$\n\n"
                + "$$\\frac{\\partial}{\\partial s}\\left(-\\frac{d}{2}\\log(2\\pi s) - \\frac{1}{2s}(\\mathbf{x} - \\boldsymbol\\mu)^\\top(\\mathbf{x} - \\boldsymbol\\mu)\\right)"
                + " = -\\frac{d}{2s} + \\frac{1}{s^2}(\\mathbf{x} - \\boldsymbol\\mu)^\\top(\\mathbf{x} - \\boldsymbol\\mu)$$\n", "✓✗");
    }

    @Test
    void aGreekCapitalTransposedIsAMatrix() {
        PublicInputsTest.check("For a design matrix $X$, data $\\mathbf{y}$ and a regularisation matrix $\\Gamma$,\n\n"
                + "$$J(\\mathbf{w}) = \\|X\\mathbf{w} - \\mathbf{y}\\|^2 + \\lambda\\|\\Gamma\\mathbf{w}\\|^2$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} J = 2X^\\top(X\\mathbf{w} - \\mathbf{y}) + 2\\lambda\\Gamma^\\top\\Gamma\\mathbf{w}$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} J = 2X^\\top(X\\mathbf{w} - \\mathbf{y}) + 2\\lambda\\Gamma\\Gamma^\\top\\mathbf{w}$$\n", "✓✗");
    }
}
