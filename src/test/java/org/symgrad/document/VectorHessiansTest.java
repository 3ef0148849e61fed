package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Second derivatives by vectors as homework writes them: {@code \nabla^2_{\mathbf{w}} L}, {@code \nabla_{\mathbf{w}}^2 L},
 * {@code \nabla^2 f(\mathbf{w})}, {@code \nabla_{\mathbf{w}}\nabla_{\mathbf{w}}^\top L} and
 * {@code \frac{\partial^2 L}{\partial \mathbf{w} \partial \mathbf{w}^\top}} read as the matrix of ∂²L/∂w_i∂w_j and are checked
 * against the other side entry by entry; a plain capital the document read as a matrix before ({@code \mathbf{y} = W\mathbf{x}})
 * is that matrix when a later side writes it alone ({@code \frac{\partial \mathbf{y}}{\partial \mathbf{x}} = W}); a capital
 * defined as a Hessian ({@code H = \nabla^2_{\mathbf{w}} L}) is a matrix. Each right line ✓ and each wrong one ✗ by the check's
 * own sampling; what is not a Hessian (a Laplacian beside a scalar) is not read as one.
 */
class VectorHessiansTest {
    private static final String LEAST_SQUARES = "$$L(\\mathbf{w}) = \\|X\\mathbf{w} - \\mathbf{y}\\|_2^2$$\n\n";

    @Test
    void everySpellingOfTheHessianIsTheMatrixOfSecondDerivatives() {
        for (String hessian : new String[] {"\\nabla^2_{\\mathbf{w}} L", "\\nabla_{\\mathbf{w}}^2 L", "\\nabla^2 L(\\mathbf{w})",
                "\\nabla_{\\mathbf{w}}\\nabla_{\\mathbf{w}}^\\top L", "\\frac{\\partial^2 L}{\\partial \\mathbf{w} \\partial \\mathbf{w}^\\top}",
                "\\frac{\\partial^2 L}{\\partial \\mathbf{w}\\, \\partial \\mathbf{w}^T}", "\\frac{\\partial^2}{\\partial \\mathbf{w} \\partial \\mathbf{w}^\\top} L"}) {
            assertMarks("✓", LEAST_SQUARES + "$$" + hessian + " = 2X^\\top X$$\n");
            assertMarks("✗", LEAST_SQUARES + "$$" + hessian + " = 2X X^\\top$$\n");
            assertMarks("✗", LEAST_SQUARES + "$$" + hessian + " = X^\\top X$$\n");
        }
    }

    @Test
    void aQuadraticFormsHessianIsTheSymmetricPartTwice() {
        String form = "$$q(\\mathbf{x}) = \\mathbf{x}^\\top A \\mathbf{x}$$\n\n";
        assertMarks("✓", form + "$$\\nabla^2_{\\mathbf{x}} q = A + A^\\top$$\n");
        // 2A holds only for a symmetric A, which the document does not say
        assertMarks("✗", form + "$$\\nabla^2_{\\mathbf{x}} q = 2A$$\n");
        assertMarks("✓", "Let $A$ be a symmetric matrix.\n\n" + form + "$$\\nabla^2_{\\mathbf{x}} q = 2A$$\n");
    }

    @Test
    void aMixedSecondDerivativeHasTheUntransposedVectorAsItsRows() {
        String bilinear = "$$f(\\mathbf{u}, \\mathbf{v}) = (\\mathbf{a}^\\top \\mathbf{u})(\\mathbf{b}^\\top \\mathbf{v})$$\n\n";
        assertMarks("✓", bilinear + "$$\\frac{\\partial^2 f}{\\partial \\mathbf{u} \\partial \\mathbf{v}^\\top} = \\mathbf{a}\\mathbf{b}^\\top$$\n");
        assertMarks("✗", bilinear + "$$\\frac{\\partial^2 f}{\\partial \\mathbf{u} \\partial \\mathbf{v}^\\top} = \\mathbf{b}\\mathbf{a}^\\top$$\n");
        // neither transposed: which stands as the row is not written, so no verdict either way
        String got = marks(bilinear + "$$\\frac{\\partial^2 f}{\\partial \\mathbf{u} \\partial \\mathbf{v}} = \\mathbf{b}\\mathbf{a}^\\top$$\n");
        assertFalse(got.startsWith("✓") || got.startsWith("✗"), got);
    }

    @Test
    void aLaplacianBesideAScalarIsNoHessian() {
        String got = marks("$$f(\\mathbf{x}) = \\mathbf{x}^\\top \\mathbf{x}$$\n\n$$\\nabla^2 f(\\mathbf{x}) = 2$$\n");
        assertFalse(got.startsWith("✓") || got.startsWith("✗"), got);
    }

    @Test
    void aCapitalReadAsAMatrixBeforeIsThatMatrixAlone() {
        String linear = "$$\\mathbf{y} = W\\mathbf{x}$$\n\n";
        assertMarks("✓", linear + "$$\\frac{\\partial \\mathbf{y}}{\\partial \\mathbf{x}} = W$$\n");
        assertMarks("✗", linear + "$$\\frac{\\partial \\mathbf{y}}{\\partial \\mathbf{x}} = W^\\top$$\n");
        // beside a vector the capital would be a matrix of the wrong shape: the statement is not read so
        String got = marks("$$f(\\mathbf{x}) = \\mathbf{x}^\\top W \\mathbf{x}$$\n\n$$\\nabla_{\\mathbf{x}} f = W$$\n");
        assertFalse(got.startsWith("✓") || got.startsWith("✗"), got);
        // never seen as a matrix: still not read as one
        got = marks("$$\\mathbf{y} = c\\mathbf{x}$$\n\n$$\\frac{\\partial \\mathbf{y}}{\\partial \\mathbf{x}} = C$$\n");
        assertFalse(got.startsWith("✓") || got.startsWith("✗"), got);
    }

    @Test
    void aCapitalDefinedAsAHessianIsAMatrix() {
        assertMarks("✓", LEAST_SQUARES + "$$H = \\nabla^2_{\\mathbf{w}} L = 2X^\\top X$$\n");
        assertMarks("✗", LEAST_SQUARES + "$$H = \\nabla_{\\mathbf{w}}\\nabla_{\\mathbf{w}}^\\top L = 2X X^\\top$$\n");
    }

    @Test
    void theSignOfAVectorIsTakenEntryByEntry() {
        String l1 = "$$g(\\mathbf{w}) = \\|\\mathbf{w}\\|_1$$\n\n";
        assertMarks("✓", l1 + "$$\\nabla_{\\mathbf{w}} g = \\mathrm{sign}(\\mathbf{w})$$\n");
        assertMarks("✗", l1 + "$$\\nabla_{\\mathbf{w}} g = \\mathbf{w}$$\n");
    }

    @Test
    void ridgeAsALinearSystemReadsEveryPiece() {
        // ⟨w, x_i⟩, A = Σ x_i x_iᵀ, b = Σ y_i x_i, a plain identity I beside a matrix, and 1/m times a bracket
        String ridge = "$$f(\\mathbf{w}) = \\lambda \\|\\mathbf{w}\\|^2 + \\frac{1}{m} \\sum_{i=1}^{m} \\frac{1}{2} "
                + "(\\langle \\mathbf{w}, \\mathbf{x}_i \\rangle - y_i)^2$$\n\n"
                + "$$A = \\sum_{i=1}^{m} \\mathbf{x}_i \\mathbf{x}_i^\\top$$\n\n$$\\mathbf{b} = \\sum_{i=1}^{m} y_i \\mathbf{x}_i$$\n\n";
        assertMarks("✓", ridge + "$$\\nabla f(\\mathbf{w}) = 2 \\lambda \\mathbf{w} + \\frac{1}{m} \\sum_{i=1}^{m} "
                + "(\\langle \\mathbf{w}, \\mathbf{x}_i \\rangle - y_i) \\mathbf{x}_i$$\n");
        // right: proven or equal at every sampled point, never false
        String got = marks(ridge + "$$\\nabla f(\\mathbf{w}) = \\frac{1}{m} \\left( (2\\lambda m I + A) \\mathbf{w} - \\mathbf{b} \\right)$$\n");
        assertTrue(got.startsWith("✓") || got.startsWith("≈"), got);
        assertMarks("✗", ridge + "$$\\nabla f(\\mathbf{w}) = \\frac{1}{m} \\left( (\\lambda m I + A) \\mathbf{w} - \\mathbf{b} \\right)$$\n");
        assertMarks("✗", ridge + "$$\\nabla f(\\mathbf{w}) = \\frac{1}{m} \\left( (2\\lambda m I + A) \\mathbf{w} + \\mathbf{b} \\right)$$\n");
    }

    @Test
    void aFunctionsValueOrANumberBeforeABracketOfVectorsMultipliesIt() {
        String d = "$$d(\\mathbf{a}, \\mathbf{b}) = \\|\\mathbf{a} - \\mathbf{b}\\|^2$$\n\n";
        assertMarks("✓", d + "$$\\nabla_{\\mathbf{a}} d(\\mathbf{a}, \\mathbf{b}) = 2(\\mathbf{a} - \\mathbf{b})$$\n");
        assertMarks("✗", d + "$$\\nabla_{\\mathbf{a}} d(\\mathbf{a}, \\mathbf{b}) = 2(\\mathbf{b} - \\mathbf{a})$$\n");
        String s = "$$g(\\mathbf{a}) = \\log(1 + e^{\\mathbf{u}^\\top \\mathbf{a}})$$\n\n";
        assertMarks("✓", s + "$$\\nabla_{\\mathbf{a}} g = \\sigma(\\mathbf{u}^\\top \\mathbf{a}) (\\mathbf{u})$$\n");
        assertMarks("✗", s + "$$\\nabla_{\\mathbf{a}} g = \\sigma(\\mathbf{u}^\\top \\mathbf{a}) (-\\mathbf{u})$$\n");
    }

    @Test
    void anInnerProductInAngleBracketsIsOfVectors() {
        // plain names in angle brackets are vectors (were refused, the step undecided): dh/dx is the gradient, by entries
        assertMarks("✓✗", "$$h(x) = \\langle x, x \\rangle$$\n\n$$\\frac{d h}{d x} = 2x$$\n\n$$\\frac{d h}{d x} = x$$\n");
        assertMarks("✓", "$$h(\\mathbf{x}) = \\langle \\mathbf{x}, \\mathbf{x} \\rangle$$\n\n$$\\nabla_{\\mathbf{x}} h = 2\\mathbf{x}$$\n");
        assertMarks("✗", "$$h(\\mathbf{x}) = \\langle \\mathbf{x}, \\mathbf{x} \\rangle$$\n\n$$\\nabla_{\\mathbf{x}} h = \\mathbf{x}$$\n");
    }
}
