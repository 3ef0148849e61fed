package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Names defined by a matrix or vector written out entry by entry ({@code J = \begin{pmatrix} … \end{pmatrix}},
 * {@code \mathbf{x} = \begin{bmatrix} x_1 \\ x_2 \end{bmatrix}}) have the written size wherever they are written, and the
 * gradient and Hessian of a function of named scalars whose parameters the definition writes ({@code f(x, y) = …}) are the
 * column and matrix of its partials in that order. Before, every such step was skipped: a name beside written-out matrices
 * has a size the text does not write, and ∇f of scalars names no vector. Where the order or the size is not written
 * (f = … without parameters, a name of unwritten size beside a written one) nothing is read.
 */
class NamesOfWrittenMatricesTest {
    private static final String POLAR = "The map is $u = r\\cos\\theta$ and $v = r\\sin\\theta$.\n\n"
            + "$$J = \\begin{pmatrix} \\frac{\\partial u}{\\partial r} & \\frac{\\partial u}{\\partial \\theta} \\\\ "
            + "\\frac{\\partial v}{\\partial r} & \\frac{\\partial v}{\\partial \\theta} \\end{pmatrix} = \\begin{pmatrix} \\cos\\theta & "
            + "-r\\sin\\theta \\\\ \\sin\\theta & r\\cos\\theta \\end{pmatrix}$$\n\n";
    private static final String COMPONENTS = "Let\n\n$$\\mathbf{x} = \\begin{bmatrix} x_1 \\\\ x_2 \\end{bmatrix}$$\n\n"
            + "$$A = \\begin{bmatrix} 2 & 1 \\\\ 1 & 3 \\end{bmatrix}$$\n\n";
    private static final String F = "Let\n\n$$f(x, y) = x^3 + 2xy + y^2$$\n\n";

    @Test
    void aNameDefinedByAWrittenMatrixIsDefinedEntryByEntryAndHasItsSize() {
        assertMarks("✓", POLAR);
        assertMarks("✓✓", POLAR + "$$J^\\top J = \\begin{pmatrix} 1 & 0 \\\\ 0 & r^2 \\end{pmatrix}$$\n");
        assertMarks("✓✗", POLAR + "$$J^\\top J = \\begin{pmatrix} 1 & 0 \\\\ 0 & r \\end{pmatrix}$$\n");
    }

    @Test
    void aVectorWrittenAsItsOwnComponentsReadsAsThemAlsoWhenDifferentiatedBy() {
        assertMarks("✓✓", COMPONENTS + "$$\\mathbf{x}^\\top A \\mathbf{x} = 2x_1^2 + 2x_1 x_2 + 3x_2^2$$\n");
        assertMarks("✓✓", COMPONENTS + "$$\\nabla_{\\mathbf{x}} (\\mathbf{x}^\\top A \\mathbf{x}) = 2A\\mathbf{x}$$\n");
        assertMarks("✓✗", COMPONENTS + "$$\\nabla_{\\mathbf{x}} (\\mathbf{x}^\\top A \\mathbf{x}) = A\\mathbf{x}$$\n");
        assertMarks("✓✗", COMPONENTS + "$$\\nabla_{\\mathbf{x}} (\\mathbf{x}^\\top A \\mathbf{x}) = \\begin{bmatrix} 4x_1 + 2x_2 \\\\ "
                + "2x_1 + 4x_2 \\end{bmatrix}$$\n");
    }

    @Test
    void theGradientAndHessianOfAFunctionOfNamedScalarsFollowItsWrittenParameters() {
        assertMarks("✓✓", F + "$$\\nabla f = \\begin{bmatrix} \\frac{\\partial f}{\\partial x} \\\\ \\frac{\\partial f}{\\partial y} "
                + "\\end{bmatrix} = \\begin{bmatrix} 3x^2 + 2y \\\\ 2x + 2y \\end{bmatrix}$$\n");
        assertMarks("✗", F + "$$\\nabla f(x, y) = \\begin{bmatrix} 2x + 2y \\\\ 3x^2 + 2y \\end{bmatrix}$$\n");
        assertMarks("✓", F + "$$\\nabla^2 f = \\begin{bmatrix} 6x & 2 \\\\ 2 & 2 \\end{bmatrix}$$\n");
        assertMarks("✗", F + "$$\\nabla^2 f = \\begin{bmatrix} 6x & 2 \\\\ 2 & 2y \\end{bmatrix}$$\n");
    }

    @Test
    void aNameAChainEqualsToAWrittenMatrixHasItsSize() {
        // H = ∇²f = (…): H is defined by ∇²f and, by the chain, is 2 × 2
        String hessian = F + "$$H = \\nabla^2 f = \\begin{bmatrix} 6x & 2 \\\\ 2 & 2 \\end{bmatrix}$$\n\n";
        assertMarks("✓", hessian);
        assertMarks("✓✓", hessian + "$$H \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix} = \\begin{bmatrix} 6x \\\\ 2 \\end{bmatrix}$$\n");
        assertMarks("✓✗", hessian + "$$H \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix} = \\begin{bmatrix} 6x \\\\ 0 \\end{bmatrix}$$\n");
    }

    @Test
    void whereTheOrderOrTheSizeIsNotWrittenNothingIsRead() {
        // f = … names no parameters: in which order ∇f lists its partials is not written
        assertMarks("–", "$$f = x^3 + 2xy + y^2$$\n\n$$\\nabla f = \\begin{bmatrix} 3x^2 + 2y \\\\ 2x + 2y \\end{bmatrix}$$\n");
        // ∇²f beside a number is the Laplacian, no Hessian
        assertMarks("–", F + "$$\\nabla^2 f = 6x + 2$$\n");
        // w may be longer than A is wide
        assertMarks("✓–", COMPONENTS + "$$\\mathbf{w}^\\top A \\mathbf{w} = 2w_1^2 + 2w_1 w_2 + 3w_2^2$$\n");
        // a name written out twice, in two sizes, has none
        assertMarks("–––", "$$\\mathbf{v} = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$$\n\n$$\\mathbf{v} = \\begin{bmatrix} 1 \\\\ 2 \\\\ 3 "
                + "\\end{bmatrix}$$\n\n$$\\mathbf{v}^\\top \\mathbf{v} = 5$$\n");
    }
}
