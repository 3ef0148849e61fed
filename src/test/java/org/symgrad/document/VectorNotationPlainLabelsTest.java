package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vector notation with plain layer labels, as a network homework writes it (seed 003): {@code y^{(1)T}} is the
 * transpose of the layer vector y^{(1)}, the names added in a transposed bracket ({@code (y^{(2)} - t)^T}) or in
 * diag's argument are vectors, a labelled capital multiplied by one is a matrix ({@code W^{(2)}}), a name defined by a
 * vector expression ({@code z^{(2)} = W^{(2)} y^{(1)}}) is a vector, and {@code *} between two columns is the product
 * entry by entry. A chain rule written left to right ({@code ∂E/∂z ∂z/∂y = (y − t)ᵀ W}) is read in numerator layout,
 * each gradient by a vector a row, and says so; a gradient written as a column ({@code W^{(2)T}(y^{(2)} − t)}) in
 * denominator layout; a derivative by a matrix in the matrix's own shape. Every right step ✓ and every wrong step ✗
 * is the check's own verdict; where the document defines none of it, the steps are undecided, not "not supported".
 */
class VectorNotationPlainLabelsTest {
    private static final String NETWORK = "<!-- symgrad: assume sum_k t_k = 1 -->\n\n"
            + "$$z^{(1)} = W^{(1)} \\mathbf{x}$$\n\n$$y^{(1)} = \\sigma(z^{(1)})$$\n\n$$z^{(2)} = W^{(2)} y^{(1)}$$\n\n"
            + "$$y^{(2)} = \\text{softmax}(z^{(2)})$$\n\n$$E = -\\sum_k t_k \\log y^{(2)}_k$$\n\n";

    private static CheckedDocument check(String steps, String marks) {
        return PublicInputsTest.check(NETWORK + steps, marks);
    }

    private static List<String> notes(PairVerdict v) {
        return v.notes().stream().map(n -> n.text()).toList();
    }

    @Test
    void numeratorLayoutGradientsAreRows() {
        check("$$\\frac{\\partial E}{\\partial z^{(2)}} = (y^{(2)} - t)^T$$\n", "✓");
        check("$$\\frac{\\partial E}{\\partial z^{(2)}} = (y^{(2)} + t)^T$$\n", "✗");
        CheckedDocument chain = check("$$\\frac{\\partial E}{\\partial y^{(1)}} = \\frac{\\partial E}{\\partial z^{(2)}} "
                + "\\frac{\\partial z^{(2)}}{\\partial y^{(1)}} = (y^{(2)} - t)^T W^{(2)}$$\n", "✓✓");
        assertTrue(notes(chain.verdicts().get(0)).stream().anyMatch(n -> n.contains("numerator layout")),
                () -> notes(chain.verdicts().get(0)).toString());
        // the seed's spelling, with * between the factors
        check("$$\\frac{\\partial E}{\\partial y^{(1)}} = (y^{(2)} - t)^T * W^{(2)}$$\n", "✓");
        check("$$\\frac{\\partial E}{\\partial y^{(1)}} = (y^{(2)} - t)^T W^{(2)T}$$\n", "✗");
    }

    @Test
    void diagOfAVectorIsADiagonalMatrix() {
        check("$$\\frac{\\partial y^{(1)}}{\\partial z^{(1)}} = \\text{diag}(y^{(1)} * (1 - y^{(1)}))$$\n", "✓");
        check("$$\\frac{\\partial y^{(1)}}{\\partial z^{(1)}} = \\operatorname{diag}(y^{(1)})$$\n", "✗");
        check("$$\\frac{\\partial E}{\\partial z^{(1)}} = \\frac{\\partial E}{\\partial y^{(1)}} \\frac{\\partial y^{(1)}}{\\partial z^{(1)}} "
                + "= (y^{(2)} - t)^T W^{(2)} \\text{diag}(y^{(1)} * (1 - y^{(1)}))$$\n", "✓✓");
        check("$$\\frac{\\partial E}{\\partial z^{(1)}} = (y^{(2)} - t)^T W^{(2)} \\text{diag}(1 - y^{(1)})$$\n", "✗");
    }

    @Test
    void denominatorLayoutGradientsAreColumns() {
        check("$$\\frac{\\partial E}{\\partial z^{(2)}} = y^{(2)} - t$$\n", "✓");
        check("$$\\frac{\\partial E}{\\partial y^{(1)}} = W^{(2)T} (y^{(2)} - t)$$\n", "✓");
        check("$$\\frac{\\partial E}{\\partial y^{(1)}} = W^{(2)} (y^{(2)} - t)$$\n", "✗");
    }

    @Test
    void aDerivativeByAMatrixHasTheMatrixShape() {
        check("$$\\frac{\\partial E}{\\partial W^{(2)}} = (y^{(2)} - t) y^{(1)T}$$\n", "✓");
        check("$$\\frac{\\partial E}{\\partial W^{(2)}} = (y^{(2)} - t) * y^{(1)T}$$\n", "✓");
        CheckedDocument swapped = check("$$\\frac{\\partial E}{\\partial W^{(2)}} = y^{(1)} (y^{(2)} - t)^T$$\n", "✗");
        assertTrue(swapped.verdicts().get(0).detail().startsWith("it holds with the entries transposed"), swapped.verdicts().get(0).detail());
    }

    @Test
    void aTraceOfCapitalsWrittenTogetherIsOfTheirProduct() {
        // \operatorname{tr}(ABC): the lexer's word ABC is the product of three matrices in a trace, cyclic steps hold
        PublicInputsTest.check("$$\\operatorname{tr}(ABC) = \\operatorname{tr}(CAB) = \\operatorname{tr}(BCA)$$\n", "✓✓");
        PublicInputsTest.check("$$\\operatorname{tr}(ABC) = \\operatorname{tr}(ACB)$$\n", "✗");
        PublicInputsTest.check("$$\\mathrm{tr}(A^TB) = \\mathrm{tr}(BA^T)$$\n", "✓");
        PublicInputsTest.check("$$\\mathrm{tr}(A^TB) = \\mathrm{tr}(BA)$$\n", "✗");
    }

    @Test
    void aSymmetricMatrixSwapsTheVectorsOfItsBilinearForm() {
        // x^T A y = y^T A x: proven where A is declared symmetric (A's entries transposed on one side), false otherwise
        String swap = "$$\\mathbf{x}^\\top A \\mathbf{y} = \\mathbf{y}^\\top A \\mathbf{x}$$\n";
        CheckedDocument declared = PublicInputsTest.check("Let $A$ be a symmetric matrix.\n\n" + swap, "✓");
        assertTrue(declared.verdicts().get(0).detail().contains("A symmetric"), declared.verdicts().get(0).detail());
        PublicInputsTest.check(swap, "✗");
        PublicInputsTest.check("Let $A$ be a symmetric matrix.\n\n$$\\mathbf{x}^\\top A \\mathbf{y} = 2\\mathbf{y}^\\top A \\mathbf{x}$$\n", "✗");
        // another matrix beside the symmetric one is not made symmetric
        PublicInputsTest.check("Let $A$ be a symmetric matrix.\n\n$$\\mathbf{x}^\\top A B \\mathbf{y} = \\mathbf{y}^\\top B A \\mathbf{x}$$\n", "✗");
    }

    @Test
    void undefinedLayersAreUndecidedNotUnsupported() {
        // seed 003 part 2: the network is never defined, the steps are read and left undecided
        String seed = "$$\\frac{\\partial y^{(1)}}{\\partial z^{(1)}} = \\text{diag}(y^{(1)} * (1 - y^{(1)}))$$\n\n"
                + "$$\\frac{\\partial E}{\\partial y^{(1)}} * \\frac{\\partial y^{(1)}}{\\partial z^{(1)}} = (y^{(2)} - t)^T W^{(2)} "
                + "\\text{diag}(y^{(1)} * (1 - y^{(1)}))$$\n\n$$E = -\\sum_j t_j \\log y_j$$\n";
        CheckedDocument d = PublicInputsTest.check(seed);
        assertEquals("??", PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        for (PairVerdict v : d.verdicts()) {
            assertFalse(v.detail().contains("not supported"), v.detail());
        }
    }
}
