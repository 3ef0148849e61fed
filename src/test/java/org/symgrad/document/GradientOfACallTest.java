package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * {@code \nabla E(\boldsymbol\beta)} after {@code E(\boldsymbol\beta) = …} whose body reaches β only through a name defined of
 * it ({@code p_i = \sigma(\mathbf{x}_i^\top\boldsymbol\beta)}): the call at the function's own parameter is its value, and the
 * gradient is by that vector. Before, the side was skipped (E read as a function of a scalar applied to a vector).
 */
class GradientOfACallTest {
    @Test
    void aCallAtItsOwnVectorParameterIsTheFunctionsValue() {
        PublicInputsTest.check("The rows of $X$ are $\\mathbf{x}_i^\\top$. Let $p_i = \\sigma(\\mathbf{x}_i^\\top\\boldsymbol\\beta)$. "
                + "The negative log-likelihood is\n\n"
                + "$$E(\\boldsymbol\\beta) = -\\sum_{i=1}^{n}\\left[y_i\\log p_i + (1 - y_i)\\log(1 - p_i)\\right]$$\n\n"
                + "$$\\nabla E(\\boldsymbol\\beta) = X^\\top(\\mathbf{p} - \\mathbf{y})$$\n\n"
                + "$$\\nabla E(\\boldsymbol\\beta) = X^\\top(\\mathbf{y} - \\mathbf{p})$$\n", "✓✗");
    }
}
