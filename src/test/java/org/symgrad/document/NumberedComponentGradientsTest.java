package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The gradient and Hessian of a scalar function of a vector that homework writes by its numbered components
 * ({@code f(x) = x_1^2 + 3x_1x_2 + x_2^3} for {@code x \in \mathbb{R}^2}, or {@code f(x_1, x_2) = …}), written as a column or
 * a matrix: {@code \nabla f(x)}, {@code \nabla_x f}, {@code \nabla f}, {@code \nabla^2 f(x)} are the column of ∂f/∂x_a and the
 * matrix of ∂²f/∂x_a∂x_b, a = 1 … the declared length (undeclared: the components written, 1 to n), checked entry by entry,
 * a wrong entry ✗ naming it. Also where the function is defined only in an announced inline formula ("Let $f(x) = …$").
 * Before, each was skipped ("\nabla of a vector is matrix notation"). Where the length is not a number, the components
 * written skip one without a declaration, or the gradient is taken at other values, nothing is read.
 */
class NumberedComponentGradientsTest {
    private static final String INLINE = "Let $f(x) = x_1^2 + 3x_1x_2 + x_2^3$ for $x \\in \\mathbb{R}^2$. Then\n\n";
    private static final String DISPLAY = "$$f(x) = x_1^2 + 3x_1x_2 + x_2^3$$\n\n";
    private static final String GRADIENT = "\\begin{pmatrix} 2x_1 + 3x_2 \\\\ 3x_1 + 3x_2^2 \\end{pmatrix}";

    @Test
    void theGradientAndHessianOfAnInlineFunctionOfAVectorAreCheckedEntryByEntry() {
        assertMarks("✓", INLINE + "$$\\nabla f(x) = " + GRADIENT + "$$\n");
        assertMarks("✓", INLINE + "$$\\nabla^2 f(x) = \\begin{pmatrix} 2 & 3 \\\\ 3 & 6x_2 \\end{pmatrix}$$\n");
        // the report names the entry: "at i = 2, …", "at i = 2, j = 2, …"
        assertMarks("✗", INLINE + "$$\\nabla f(x) = \\begin{pmatrix} 2x_1 + 3x_2 \\\\ 3x_1 + 3x_2 \\end{pmatrix}$$\n");
        assertMarks("✗", INLINE + "$$\\nabla^2 f(x) = \\begin{pmatrix} 2 & 3 \\\\ 3 & 6 \\end{pmatrix}$$\n");
        String bold = "Let $f(\\mathbf{x}) = x_1^2 + 3x_1x_2 + x_2^3$ for $\\mathbf{x} \\in \\mathbb{R}^2$. Then\n\n";
        assertMarks("✓", bold + "$$\\nabla f(\\mathbf{x}) = " + GRADIENT + "$$\n");
        assertMarks("✗", bold + "$$\\nabla f(\\mathbf{x}) = \\begin{pmatrix} 3x_1 + 3x_2^2 \\\\ 2x_1 + 3x_2 \\end{pmatrix}$$\n");
    }

    @Test
    void everySpellingOfTheGradientIsByTheWrittenComponents() {
        for (String gradient : new String[] {"\\nabla f(x)", "\\nabla f", "\\nabla_x f", "\\nabla_{x} f(x)"}) {
            assertMarks("✓", DISPLAY + "$$" + gradient + " = " + GRADIENT + "$$\n");
            assertMarks("✗", DISPLAY + "$$" + gradient + " = \\begin{pmatrix} 2x_1 + 3x_2 \\\\ 3x_1 + x_2^2 \\end{pmatrix}$$\n");
        }
        assertMarks("✓", DISPLAY + "$$\\nabla f = \\begin{bmatrix} 2x_{1} + 3x_{2} \\\\ 3x_{1} + 3x_{2}^2 \\end{bmatrix}$$\n");
        String greek = "$$k(\\theta) = \\theta_1^2 \\theta_2$$\n\n";
        assertMarks("✓", greek + "$$\\nabla_\\theta k(\\theta) = \\begin{bmatrix} 2\\theta_1\\theta_2 \\\\ \\theta_1^2 \\end{bmatrix}$$\n");
        assertMarks("✗", greek + "$$\\nabla_\\theta k(\\theta) = \\begin{bmatrix} 2\\theta_1\\theta_2 \\\\ \\theta_2^2 \\end{bmatrix}$$\n");
    }

    @Test
    void aFunctionOfNumberedComponentsHasThemAsItsVariables() {
        String f = "Let $f(x_1, x_2) = x_1^2 + 3x_1x_2 + x_2^3$. Then\n\n";
        assertMarks("✓", f + "$$\\nabla f = \\begin{bmatrix} 2x_1 + 3x_2 \\\\ 3x_1 + 3x_2^2 \\end{bmatrix}$$\n");
        assertMarks("✗", f + "$$\\nabla f = \\begin{bmatrix} 2x_1 + 3x_2 \\\\ 3x_1 + 2x_2^2 \\end{bmatrix}$$\n");
        assertMarks("✓", f + "$$\\nabla f(x_1, x_2) = \\begin{bmatrix} 2x_1 + 3x_2 \\\\ 3x_1 + 3x_2^2 \\end{bmatrix}$$\n");
        assertMarks("✓", f + "$$\\nabla^2 f = \\begin{bmatrix} 2 & 3 \\\\ 3 & 6x_2 \\end{bmatrix}$$\n");
        assertMarks("✗", f + "$$\\nabla^2 f = \\begin{bmatrix} 2 & 3 \\\\ 0 & 6x_2 \\end{bmatrix}$$\n");
    }

    @Test
    void aDeclaredLengthCountsTheComponentsTheBodyLeavesOut() {
        String g = "Let $g(x) = x_1 x_3$ for $x \\in \\mathbb{R}^3$.\n\n";
        assertMarks("✓", g + "$$\\nabla g(x) = \\begin{pmatrix} x_3 \\\\ 0 \\\\ x_1 \\end{pmatrix}$$\n");
        assertMarks("✗", g + "$$\\nabla g(x) = \\begin{pmatrix} x_3 \\\\ x_1 \\\\ 0 \\end{pmatrix}$$\n");
    }

    @Test
    void withoutALengthOrAtOtherValuesNothingIsRead() {
        // x_2 not written and no length declared: how long x is is not written
        assertMarks("–", "Let $h(x) = x_1 x_3$.\n\n$$\\nabla h(x) = \\begin{pmatrix} x_3 \\\\ 0 \\\\ x_1 \\end{pmatrix}$$\n");
        // a length that is no number
        assertMarks("–", "Let $u(x) = x_1^2 + x_2^2$ for $x \\in \\mathbb{R}^n$.\n\n"
                + "$$\\nabla u(x) = \\begin{pmatrix} 2x_1 \\\\ 2x_2 \\end{pmatrix}$$\n");
        // … and where the vector is bold, the call of the inline function reads: the gradient of n entries is no written pair,
        // and 2x is wrong past the second entry
        String bold = "Let $\\mathbf{x} \\in \\mathbb{R}^n$ and $u(\\mathbf{x}) = x_1^2 + x_2^2$.\n\n";
        assertMarks("–", bold + "$$\\nabla u(\\mathbf{x}) = \\begin{pmatrix} 2x_1 \\\\ 2x_2 \\end{pmatrix}$$\n");
        assertMarks("✗", bold + "$$\\nabla u(\\mathbf{x}) = 2\\mathbf{x}$$\n");
        // at other values than its parameter
        assertMarks("–", DISPLAY + "$$\\nabla f(y) = \\begin{pmatrix} 2y_1 + 3y_2 \\\\ 3y_1 + 3y_2^2 \\end{pmatrix}$$\n");
        // ∇²f beside a number is the Laplacian, no Hessian
        assertMarks("–", DISPLAY + "$$\\nabla^2 f(x) = 2 + 6x_2$$\n");
        // the body writes x whole too: not a function of its written components only
        assertMarks("–", "$$q(x) = x^2 + x_1$$\n\n$$\\nabla q = \\begin{pmatrix} 1 \\\\ 0 \\end{pmatrix}$$\n");
    }
}
