package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vector notation, round four (Dimensions, VectorEntries): the shapes a document declares ({@code \mathbf{W}_1: D_x \times H},
 * {@code \mathbf{b} \in \mathbb{R}^{1 \times H}}) are layout facts, anywhere in the document: the declared names take those
 * shapes, and a vector declared {@code 1 \times n} makes the document's vectors rows. Each right step ✓ and each wrong step
 * ✗ is decided by the check's own sampling; a product whose shapes do not conform is skipped naming the shapes, never ✗.
 */
class VectorNotationRoundFourTest {
    @Test
    void aDeclarationIsALayoutFactNotAnUnreadEquation() {
        String declared = "$$\\mathbf{W}_1: D_x \\times H \\tag{19}$$\n\n$$\\boldsymbol{b}_1: 1 \\times H$$\n";
        CheckedDocument got = PublicInputsTest.check(declared);
        assertTrue(got.verdicts().isEmpty(), PublicInputsTest.describe(got));
        assertEquals(List.of("line 1: declares the shape W_1: D_x × H (read by the vector notation)",
                "line 3: declares the shape b_1: 1 × H (read by the vector notation)"), got.messages().subList(0, 2));
        // several on one row, separated by commas or spacing
        CheckedDocument row = PublicInputsTest.check("$$\\mathbf{W}: m \\times n, \\quad \\mathbf{b}: 1 \\times n$$\n");
        assertTrue(row.verdicts().isEmpty(), PublicInputsTest.describe(row));
        String said = String.join("\n", row.messages());
        assertTrue(said.contains("declares the shape W: m × n") && said.contains("b: 1 × n"), said);
        // a colon in an equation is still the equation's
        assertTrue(marks("$$f: x \\times y = 2$$\n").startsWith("–\n"));
    }

    @Test
    void vectorsDeclaredAsRowsMakeTheDocumentsLayoutRows() {
        String[] rows = {"$$\\mathbf{a}: 1 \\times n$$\n\n$$\\mathbf{b}: 1 \\times n$$\n\n",
            "$$\\mathbf{a} \\in \\mathbb{R}^{1 \\times n}, \\quad \\mathbf{b} \\in \\mathbb{R}^{1 \\times n}$$\n\n",
            "Here $\\boldsymbol{a} \\in \\mathbb{R}^{1\\times n}$ is a row.\n\n"};
        for (String r : rows) {
            assertMarks("✓", r + "$$\\mathbf{a}\\mathbf{b}^T = \\sum_i a_i b_i$$\n");
            assertMarks("✗", r + "$$\\mathbf{a}\\mathbf{b}^T = 2\\sum_i a_i b_i$$\n");
        }
        // not declared, a b^T is a matrix; declared as columns, a^T b is the scalar
        assertMarks("–", "$$\\mathbf{a}\\mathbf{b}^T = \\sum_i a_i b_i$$\n");
        assertMarks("✓", "$$\\mathbf{a}: n \\times 1$$\n\n$$\\mathbf{a}^T\\mathbf{b} = \\sum_i a_i b_i$$\n");
        assertMarks("✓", "$$\\mathbf{a}^T\\mathbf{b} = \\sum_i a_i b_i$$\n");
    }

    @Test
    void declaredShapesAfterTheStepsReadAGradientInRowLayout() {
        String layer = "$$L = (\\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1)\\mathbf{u}^T$$\n\n";
        String declared = "$$\\mathbf{W}_1: D \\times H$$\n\n$$\\mathbf{b}_1: 1 \\times H$$\n";
        assertMarks("✓", layer + "$$\\frac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{u}\\mathbf{W}_1^T$$\n\n" + declared);
        assertMarks("✗", layer + "$$\\frac{\\partial L}{\\partial \\mathbf{x}} = 2\\mathbf{u}\\mathbf{W}_1^T$$\n\n" + declared);
        // the same with labels in parentheses and \\in \\mathbb{R}
        String labelled = "$$L = (\\mathbf{x}\\mathbf{W}^{(1)} + \\mathbf{b}^{(1)})\\mathbf{u}^T$$\n\n";
        String member = "$$\\mathbf{W}^{(1)} \\in \\mathbb{R}^{D \\times H}, \\; \\mathbf{b}^{(1)} \\in \\mathbb{R}^{1 \\times H}$$\n";
        assertMarks("✓", labelled + "$$\\nabla_{\\mathbf{x}} L = \\mathbf{u}\\mathbf{W}^{(1)T}$$\n\n" + member);
        assertMarks("✗", labelled + "$$\\nabla_{\\mathbf{x}} L = \\mathbf{u}\\mathbf{W}^{(1)T} + \\mathbf{b}^{(1)}\\mathbf{W}^{(1)T}$$\n\n" + member);
    }

    @Test
    void aProductThatDoesNotConformInTheDeclaredLayoutIsSkippedNamingTheShapes() {
        // seed 002 line 71: σ(z) {1 − σ(z)}^T after a 1 × H row is no elementwise product
        String d = "$$\\mathbf{W}_1: D_x \\times H$$\n\n$$\\boldsymbol{b}_1: 1 \\times H$$\n\n$$\\mathbf{W}_2: H \\times D_y$$\n\n";
        String got = marks(d + "$$\\mathbf{g} = (\\hat{\\mathbf{y}} - \\mathbf{y}) \\mathbf{W}_2^T \\sigma(\\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1)"
                + " \\{1 - \\sigma(\\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1)\\}^T \\mathbf{W}_1^T$$\n\n"
                + "$$\\mathbf{g} = (\\hat{\\mathbf{y}} - \\mathbf{y}) \\mathbf{W}_2^T \\sigma(\\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1)"
                + " \\{1 - \\sigma(\\mathbf{x}\\mathbf{W}_1 + \\mathbf{b}_1)\\}^T \\mathbf{W}_1^T$$\n");
        assertTrue(got.startsWith("–") && got.contains("vectors as rows") && got.contains("a 1 × H times a 1 × H"), got);
        // the elementwise product written as such conforms
        assertMarks("✓", d + "$$\\mathbf{g} = ((\\hat{\\mathbf{y}} - \\mathbf{y}) \\mathbf{W}_2^T) \\odot (\\mathbf{x}\\mathbf{W}_1)$$\n\n"
                + "$$\\mathbf{g} = (\\mathbf{x}\\mathbf{W}_1) \\odot ((\\hat{\\mathbf{y}} - \\mathbf{y}) \\mathbf{W}_2^T)$$\n");
        // read left to right, ((ŷ − y) W_2^T ⊙ x) W_1 multiplies a 1 × D_x by a D_x × H: not the same vector, never ✓
        assertMarks("–", d + "$$\\mathbf{g} = ((\\hat{\\mathbf{y}} - \\mathbf{y}) \\mathbf{W}_2^T) \\odot (\\mathbf{x}\\mathbf{W}_1)$$\n\n"
                + "$$\\mathbf{g} = \\mathbf{x}\\mathbf{W}_1 \\odot (\\hat{\\mathbf{y}} - \\mathbf{y}) \\mathbf{W}_2^T$$\n");
    }

    private static final String CE = "$$CE(\\mathbf{y}, \\hat{\\mathbf{y}}) = -\\sum_{i} y_{i} \\log(\\hat{y}_{i})$$\n\n";

    @Test
    void aFunctionTheDocumentDefinesOfVectorsIsAppliedToAVectorExpressionEntryByEntry() {
        assertMarks("✓", CE + "$$CE(\\mathbf{y}, softmax(\\mathbf{z})) = -\\sum_i y_i \\log \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n");
        assertMarks("✗", CE + "$$CE(\\mathbf{y}, softmax(\\mathbf{z})) = \\sum_i y_i \\log \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n");
        assertMarks("✓", CE + "$$CE(\\boldsymbol{t}, \\sigma(\\mathbf{W}\\mathbf{x})) = -\\sum_i t_i \\log \\sigma(\\sum_j W_{ij} x_j)$$\n");
        assertMarks("✗", CE + "$$CE(\\boldsymbol{t}, \\sigma(\\mathbf{W}\\mathbf{x})) = -\\sum_i t_i \\log \\sigma(\\sum_j W_{ji} x_j)$$\n");
        String half = "$$f(\\mathbf{w}) = \\frac{1}{2}\\|\\mathbf{w}\\|^2$$\n\n";
        assertMarks("✓", half + "$$f(\\mathbf{a} + \\mathbf{b}) = f(\\mathbf{a}) + \\mathbf{a}^T\\mathbf{b} + f(\\mathbf{b})$$\n");
        assertMarks("✗", half + "$$f(\\mathbf{a} + \\mathbf{b}) = f(\\mathbf{a}) + 2\\mathbf{a}^T\\mathbf{b} + f(\\mathbf{b})$$\n");
        // seed 002 line 62: ŷ was softmax(θ) above, softmax(hW_2 + b_2) here: read, and not decided (θ on one side only), never ✗
        String at = marks(CE + "$$\\hat{\\mathbf{y}} = softmax(\\boldsymbol{\\theta})$$\n\n"
                + "$$J = CE(\\mathbf{y}, \\hat{\\mathbf{y}}) = CE(\\mathbf{y}, softmax(\\mathbf{h}\\mathbf{W} + \\mathbf{b}))$$\n");
        assertTrue(at.startsWith("?\n"), at);
    }

    private static final String LAYER = "$$h = \\sigma(a x + b)$$\n\n$$L = (h w + c)^2$$\n\n";

    @Test
    void aDerivativeWithRespectToAnExpressionIsByANameStandingForIt() {
        assertMarks("✓", LAYER + "$$\\frac{\\partial L}{\\partial (h w + c)} = 2(h w + c)$$\n");
        assertMarks("✗", LAYER + "$$\\frac{\\partial L}{\\partial (h w + c)} = h w + c$$\n");
        assertMarks("✓", LAYER + "$$\\frac{\\partial L}{\\partial x} = \\frac{\\partial L}{\\partial (h w + c)} \\frac{\\partial (h w + c)}{\\partial h}"
                + " \\frac{\\partial h}{\\partial x}$$\n");
        assertMarks("✗", LAYER + "$$\\frac{\\partial L}{\\partial x} = \\frac{\\partial L}{\\partial (h w + c)} \\frac{\\partial h}{\\partial x}$$\n");
        assertMarks("✓", LAYER + "$$\\frac{\\partial L}{\\partial [h w + c]} \\frac{\\partial [h w + c]}{\\partial w} = 2(h w + c) h$$\n");
        // the numerator written in the expression's names outside it too, or not in it: refused saying so, never ✗
        String outside = marks("$$L = (h w + c)^2 + c$$\n\n$$\\frac{\\partial L}{\\partial (h w + c)} = 2(h w + c)$$\n");
        assertTrue(outside.startsWith("–\n") && outside.contains("outside"), outside);
        String undefined = marks("$$\\frac{\\partial J}{\\partial x} = \\frac{\\partial J}{\\partial (h w + c)} \\frac{\\partial (h w + c)}{\\partial x}$$\n");
        assertTrue(undefined.startsWith("–\n") && undefined.contains("J is not defined"), undefined);
        String notWritten = marks("$$J = (h + c)^2$$\n\n$$\\frac{\\partial J}{\\partial (h w + c)} = 2(h w + c)$$\n");
        assertTrue(notWritten.startsWith("–\n") && notWritten.contains("is not written in h w + c"), notWritten);
    }
}
