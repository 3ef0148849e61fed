package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A number-valued function of a vector defined in the prose, {@code Let $f(\mathbf{w}) = \|X\mathbf{w} - \mathbf{y}\|^2$ where
 * $X \in \mathbb{R}^{n \times d}$}, whose value the reader of numbers does not read: its body is read by the entries of its
 * vectors, as a display definition's is, both for its calls ({@code \nabla f(\mathbf{w})}) and for its bare name
 * ({@code \nabla_{\mathbf{w}} f}, {@code \frac{\partial f}{\partial \mathbf{w}}}).
 */
class InlineFunctionOfVectorsTest {
    private static final String LEAST_SQUARES = "Let $f(\\mathbf{w}) = \\|X\\mathbf{w} - \\mathbf{y}\\|^2$ where "
            + "$X \\in \\mathbb{R}^{n \\times d}$.\n\n";

    @Test
    void theGradientOfAnInlineLeastSquaresLossAtItsVector() {
        // was: skipped, '\nabla of a vector is matrix notation', though the right side read entry by entry
        PublicInputsTest.check(LEAST_SQUARES + "$$\\nabla f(\\mathbf{w}) = 2X^T(X\\mathbf{w} - \\mathbf{y})$$\n\n"
                + "$$\\nabla f(\\mathbf{w}) = X^T(X\\mathbf{w} - \\mathbf{y})$$\n", "✓✗");
    }

    @Test
    void aRegularisedLossByItsCallAndByItsBareName() {
        String ridge = LEAST_SQUARES.replace("\\|^2$", "\\|^2 + \\lambda \\|\\mathbf{w}\\|^2$");
        PublicInputsTest.check(ridge
                + "$$\\nabla f(\\mathbf{w}) = 2X^T(X\\mathbf{w} - \\mathbf{y}) + 2\\lambda \\mathbf{w}$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} f = 2X^T(X\\mathbf{w} - \\mathbf{y}) + 2\\lambda \\mathbf{w}$$\n\n"
                + "$$\\frac{\\partial f}{\\partial \\mathbf{w}} = 2X^T(X\\mathbf{w} - \\mathbf{y}) + \\lambda \\mathbf{w}$$\n\n"
                + "$$\\nabla f(\\mathbf{w}) = 2X^T(X\\mathbf{w} - \\mathbf{y}) + \\lambda \\mathbf{w}$$\n", "✓✓✗✗");
    }

    @Test
    void aFunctionOfABoldVectorOpeningTheSentenceBeforeItsGradientByTheVector() {
        // 'For $h(\mathbf{x}) = …$,' then \nabla_{\mathbf{x}} h: the display differentiates h by a bold subscript (was: undecided,
        // 'h is not defined in the document': the subscript's braces hid the derivative of h)
        String quadratic = "For $h(\\mathbf{x}) = \\mathbf{x}^T A \\mathbf{x}$,\n";
        PublicInputsTest.check(quadratic + "$$\\nabla_{\\mathbf{x}} h = (A + A^T)\\mathbf{x}$$\n", "✓");
        PublicInputsTest.check(quadratic + "$$\\nabla_{\\mathbf{x}} h = 2A\\mathbf{x}$$\n", "✗");
    }

    @Test
    void aLeastSquaresLossOfAPlainVectorAfterItsMatrix() {
        // L(w) = \|Xw - y\|^2: w right after the capital X is the column X multiplies (was: undecided, 'L is not defined in the document')
        String declared = "Let $X \\in \\mathbb{R}^{n \\times d}$, $y \\in \\mathbb{R}^n$ and $L(w) = \\|Xw - y\\|^2$.\n";
        PublicInputsTest.check(declared + "$$\\nabla_w L = 2X^T(Xw - y)$$\n\n$$\\nabla_w L = X^T(Xw - y)$$\n", "✓✗");
        PublicInputsTest.check("Let $X \\in \\mathbb{R}^{n \\times d}$ and $y \\in \\mathbb{R}^n$.\n\nLet $R(w) = \\|Xw - y\\|_2^2 + \\lambda \\|w\\|_2^2$.\n"
                + "$$\\nabla R(w) = 2X^T(Xw - y) + 2\\lambda w$$\n\n$$\\nabla R(w) = 2X^T(Xw - y) + \\lambda w$$\n", "✓✗");
    }
}
