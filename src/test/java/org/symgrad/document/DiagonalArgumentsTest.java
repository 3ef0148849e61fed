package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A diagonal matrix written without a vector in diag: its entries listed with dots ({@code C = \mathrm{diag}(c_1, \dots, c_n)})
 * or one entry written with its index ({@code C = \mathrm{diag}(c_i)}, {@code W = \mathrm{diag}(p_i(1 - p_i))}), beside the
 * same weights per example (c_i in a sum): read as diag of the vector c, of the vector of p_i(1 − p_i). Before, the
 * definitions were unread, the gradient XᵀC(y − Xβ) skipped and the Hessians XᵀCX, −XᵀWX undecided.
 */
class DiagonalArgumentsTest {
    private static final String WEIGHTED = "Each example has a weight $c_i > 0$ and the rows of $X$ are $\\mathbf{x}_i^\\top$. The loss is\n\n"
                + "$$J(\\boldsymbol\\beta) = \\frac{1}{2}\\sum_{i=1}^n c_i (y_i - \\mathbf{x}_i^\\top\\boldsymbol\\beta)^2$$\n\n"
                + "With $C = \\mathrm{diag}(c_1, \\dots, c_n)$ its gradient is\n\n"
                + "$$\\nabla_{\\boldsymbol\\beta} J = -X^\\top C(\\mathbf{y} - X\\boldsymbol\\beta)$$\n\n"
                + "$$\\nabla^2_{\\boldsymbol\\beta} J = X^\\top C X$$\n\n"
                + "$$\\nabla^2_{\\boldsymbol\\beta} J = X^\\top X$$\n";

    @Test
    void weightsListedWithDotsAreTheDiagonalOfTheirVector() {
        PublicInputsTest.check(WEIGHTED, "✓✓✗");
    }

    @Test
    void weightsWrittenByOneEntryAreTheDiagonalOfTheirVector() {
        PublicInputsTest.check(WEIGHTED.replace("diag(c_1, \\dots, c_n)", "diag(c_i)"), "✓✓✗");
    }

    @Test
    void logisticHessianWithTheWeightsOfOneEntryDefinedAfterIt() {
        // the wrong sign stays undecided: the inline definition is read only where it makes a step hold
        PublicInputsTest.check("The rows of $X$ are $\\mathbf{x}_i^\\top$ and $p_i = \\sigma(\\mathbf{x}_i^\\top\\boldsymbol\\beta)$.\n\n"
                + "$$\\ell(\\boldsymbol\\beta) = \\sum_{i=1}^n \\left[ y_i \\mathbf{x}_i^\\top\\boldsymbol\\beta - \\log(1 + e^{\\mathbf{x}_i^\\top\\boldsymbol\\beta}) \\right]$$\n\n"
                + "The Hessian is\n\n"
                + "$$\\nabla^2_{\\boldsymbol\\beta} \\ell = -X^\\top W X$$\n\n"
                + "$$\\nabla^2_{\\boldsymbol\\beta} \\ell = X^\\top W X$$\n\n"
                + "where $W = \\mathrm{diag}(p_i(1 - p_i))$.\n", "✓?");
    }

    @Test
    void numberedEntriesWithoutDotsStayUnread() {
        // diag(d_1, d_2, d_3) is of size 3, which the reading of D where it is used does not carry: unread, as before
        PublicInputsTest.check("Let\n\n"
                + "$$D = \\mathrm{diag}(d_1, d_2, d_3)$$\n\n"
                + "$$\\mathbf{x}^\\top D\\mathbf{x} = d_1 x_1^2 + d_2 x_2^2 + d_3 x_3^2$$\n\n"
                + "$$\\mathbf{x}^\\top D\\mathbf{x} = d_1 x_1^2 + d_2 x_2^2 + d_2 x_3^2$$\n", "–––");
    }
}
