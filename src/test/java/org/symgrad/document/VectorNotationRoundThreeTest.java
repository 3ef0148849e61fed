package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Vector notation, round three (VectorEntries, SampleRows): inner products ⟨a, b⟩, the gradient ∇f(w) of a function
 * written of its vector, entrywise quotients ⊘, traces of products, functions the document defines of vectors, and a
 * design matrix linked to its samples where the document states how. Each right step ✓ and each wrong step ✗ is decided
 * by the check's own sampling; what is not linked or not read stays undecided or skipped, never ✗.
 */
class VectorNotationRoundThreeTest {
    @Test
    void anInnerProductIsTheSumOfTheProductsOfEntries() {
        String l = "$$L = \\sum_i (\\langle \\mathbf{w}, \\mathbf{x}_i \\rangle - y_i)^2$$\n\n";
        assertMarks("✓", l + "$$\\nabla_{\\mathbf{w}} L = 2\\sum_i (\\langle \\mathbf{w}, \\mathbf{x}_i \\rangle - y_i)\\mathbf{x}_i$$\n");
        assertMarks("✗", l + "$$\\nabla_{\\mathbf{w}} L = \\sum_i (\\langle \\mathbf{w}, \\mathbf{x}_i \\rangle - y_i)\\mathbf{x}_i$$\n");
        assertMarks("✓", "$$\\langle \\mathbf{a}, \\mathbf{b} \\rangle = \\mathbf{a}^T \\mathbf{b}$$\n");
        assertMarks("✗", "$$\\langle \\mathbf{a}, \\mathbf{b} \\rangle = 2\\mathbf{a}^T \\mathbf{b}$$\n");
    }

    @Test
    void anInnerProductOfPlainNamesIsOfVectorsToo() {
        // was: "\\langle … \\rangle is read only between two vector names" for plain w, x: the definition unread, every step ?
        String f = "For $w, x \\in \\mathbb{R}^d$, let $f(w) = \\log(1 + \\exp(-y\\langle w, x\\rangle))$.\n";
        assertMarks("✓", f + "$$\\nabla_w f = -\\frac{y\\,x}{1 + \\exp(y\\langle w, x\\rangle)}$$\n");
        assertMarks("✗", f + "$$\\nabla_w f = \\frac{y\\,x}{1 + \\exp(y\\langle w, x\\rangle)}$$\n");
        String g = "$$g(a, b) = \\langle a, b\\rangle^2$$\n";
        assertMarks("✓✗", g + "$$\\frac{\\partial g}{\\partial a_i} = 2\\langle a, b\\rangle b_i$$\n"
                + "$$\\frac{\\partial g}{\\partial a_i} = 2\\langle a, b\\rangle a_i$$\n");
        // of functions the document defines, it is an integral: refused, never a sum
        assertMarks("–", "$$f(x) = x^2$$\n$$g(x) = x$$\n$$\\langle f, g\\rangle = 1$$\n");
    }

    @Test
    void nablaWithoutASubscriptIsByTheVectorTheFunctionIsWrittenOf() {
        String f = "$$f(\\mathbf{w}) = \\frac{1}{2}\\|\\mathbf{w}\\|^2 + \\mathbf{b}^T\\mathbf{w}$$\n\n";
        assertMarks("✓", f + "$$\\nabla f(\\mathbf{w}) = \\mathbf{w} + \\mathbf{b}$$\n");
        assertMarks("✗", f + "$$\\nabla f(\\mathbf{w}) = 2\\mathbf{w} + \\mathbf{b}$$\n");
        assertMarks("✓", f + "$$\\frac{\\partial f(\\mathbf{w})}{\\partial \\mathbf{w}} = \\mathbf{w} + \\mathbf{b}$$\n");
        // of several vectors, which one ∇ is by is not written: not read, never ✗
        String g = "$$g(\\mathbf{u}, \\mathbf{v}) = \\mathbf{u}^T\\mathbf{v}$$\n\n";
        String several = marks(g + "$$\\nabla g(\\mathbf{u}, \\mathbf{v}) = \\mathbf{u}$$\n");
        assertTrue(several.startsWith("–\n") && several.contains("several arguments"), several);
    }

    @Test
    void aNormSquaredAndTheTwoNormAreSumsOfSquares() {
        String l = "$$L = \\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|_2^2$$\n\n";
        assertMarks("✓", l + "$$\\nabla_{\\mathbf{w}} L = 2\\mathbf{X}^T(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n");
        assertMarks("✗", l + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{X}^T(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n");
        assertMarks("✓", "$$\\|\\mathbf{x}\\|^2 = \\mathbf{x}^T\\mathbf{x}$$\n");
        assertMarks("✗", "$$\\|\\mathbf{x}\\|_2 = \\mathbf{x}^T\\mathbf{x}$$\n");
    }

    @Test
    void anElementwiseQuotientIsReadEntryByEntry() {
        assertMarks("✓", "$$\\mathbf{y} \\oslash \\hat{\\mathbf{y}} = \\frac{\\mathbf{y}}{\\hat{\\mathbf{y}}}$$\n");
        assertMarks("✓", "$$\\mathbf{a} \\oslash \\mathbf{b} \\odot \\mathbf{b} = \\mathbf{a}$$\n");
        assertMarks("✗", "$$\\mathbf{y} \\oslash \\hat{\\mathbf{y}} = \\mathbf{y} \\odot \\hat{\\mathbf{y}}$$\n");
        assertMarks("✓", "$$\\mathbf{Y} \\oslash \\mathbf{P} = \\mathbf{Y} \\odot (\\mathbf{1}\\mathbf{1}^T \\oslash \\mathbf{P})$$\n");
        // between scalars it is not read (which product is meant is matrix notation)
        assertTrue(marks("$$a \\oslash b = \\frac{a}{b}$$\n").startsWith("–\n"));
    }

    @Test
    void theTraceOfASquareProductIsTheSumOfItsDiagonal() {
        assertMarks("✓", "$$\\mathrm{tr}(\\mathbf{A}\\mathbf{B}) = \\mathrm{tr}(\\mathbf{B}\\mathbf{A})$$\n");
        assertMarks("✗", "$$\\mathrm{tr}(\\mathbf{A}\\mathbf{B}) = \\mathrm{tr}(\\mathbf{A}^T\\mathbf{B})$$\n");
        String f = "$$f = \\operatorname{tr}(\\mathbf{A}\\mathbf{X})$$\n\n";
        assertMarks("✓", f + "$$\\frac{\\partial f}{\\partial \\mathbf{X}} = \\mathbf{A}^T$$\n");
        assertMarks("✗", f + "$$\\frac{\\partial f}{\\partial \\mathbf{X}} = \\mathbf{A}$$\n");
        // the trace of a scalar is the scalar
        assertMarks("✓", "$$\\mathrm{tr}(\\mathbf{x}^T\\mathbf{A}\\mathbf{x}) = \\mathrm{tr}(\\mathbf{A}\\mathbf{x}\\mathbf{x}^T)$$\n");
    }

    @Test
    void aFunctionTheDocumentDefinesOfVectorsIsReadAtNamedVectorsOnly() {
        String ce = "$$CE(\\mathbf{y}, \\hat{\\mathbf{y}}) = -\\sum_{i} y_{i} \\log(\\hat{y}_{i})$$\n\n";
        assertMarks("✓", ce + "$$CE(\\mathbf{y}, \\hat{\\mathbf{y}}) = -\\mathbf{y}^T \\log \\hat{\\mathbf{y}}$$\n");
        assertMarks("✗", ce + "$$CE(\\mathbf{y}, \\hat{\\mathbf{y}}) = \\mathbf{y}^T \\log \\hat{\\mathbf{y}}$$\n");
        // at an expression (seed 002 line 62: ŷ was softmax(θ) above, softmax(hW_2 + b_2) here): read entry by entry since
        // round four (VectorNotationRoundFourTest), and not decided, as θ is on one side only; never ✗
        String at = marks(ce + "$$\\hat{\\mathbf{y}} = softmax(\\boldsymbol{\\theta})$$\n\n"
                + "$$J = CE(\\mathbf{y}, \\hat{\\mathbf{y}}) = CE(\\mathbf{y}, softmax(\\mathbf{h}\\mathbf{W} + \\mathbf{b}))$$\n");
        assertTrue(at.startsWith("?\n") && at.contains("theta"), at);
        // by a vector it is not written of (θ, through ŷ's definition, seed 002 line 42): not read, never ✗ (one-hot y unstated)
        String through = marks(ce + "$$\\hat{\\mathbf{y}} = softmax(\\boldsymbol{\\theta})$$\n\n"
                + "$$\\frac{\\partial CE(\\mathbf{y}, \\hat{\\mathbf{y}})}{\\partial \\boldsymbol{\\theta}} = \\hat{\\mathbf{y}} - \\mathbf{y}$$\n");
        assertTrue(through.startsWith("–\n"), through);
    }

    private static final String POISSON = "$$L(\\mathbf{w}) = \\sum_i (\\lambda_i - y_i \\mathbf{w}^T\\mathbf{x}_i)$$\n\n"
            + "where $\\lambda_i = \\exp(\\mathbf{w}^T\\mathbf{x}_i)$.\n\n";

    @Test
    void aDesignMatrixIsLinkedToItsSamplesWhereTheDocumentSaysHow() {
        String rows = "The design matrix $\\mathbf{X} \\in \\mathbb{R}^{N \\times D}$ has rows $\\mathbf{x}_i^T$.\n\n" + POISSON;
        assertMarks("✓", rows + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{X}^T(\\boldsymbol\\lambda - \\mathbf{y})$$\n");
        assertMarks("✗", rows + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{X}^T(\\boldsymbol\\lambda + \\mathbf{y})$$\n");
        String ls = "$$J(\\mathbf{w}) = \\frac{1}{2}\\sum_i (\\mathbf{w}^T\\mathbf{x}_i - y_i)^2$$\n\n";
        String stacked = "Let $\\mathbf{X} = [\\mathbf{x}_1, \\ldots, \\mathbf{x}_N]^T$.\n\n" + ls;
        assertMarks("✓", stacked + "$$\\nabla_{\\mathbf{w}} J = \\mathbf{X}^T(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n");
        assertMarks("✗", stacked + "$$\\nabla_{\\mathbf{w}} J = \\mathbf{X}(\\mathbf{X}^T\\mathbf{w} - \\mathbf{y})$$\n");
        String matrix = "where $\\mathbf{X} = \\begin{bmatrix} \\mathbf{x}_1^T \\\\ \\vdots \\\\ \\mathbf{x}_N^T \\end{bmatrix}$\n\n" + ls;
        assertMarks("✓", matrix + "$$\\nabla_{\\mathbf{w}} J = \\mathbf{X}^T(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n");
        // the samples as columns: X_ij is the i-th entry of x_j
        String columns = "Let $\\mathbf{X} = [\\mathbf{x}_1, \\ldots, \\mathbf{x}_N]$, the samples as its columns.\n\n" + ls;
        assertMarks("✓", columns + "$$\\nabla_{\\mathbf{w}} J = \\mathbf{X}(\\mathbf{X}^T\\mathbf{w} - \\mathbf{y})$$\n");
        assertMarks("✗", columns + "$$\\nabla_{\\mathbf{w}} J = \\mathbf{X}^T(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n");
        // not stated, or stated both ways: X stays a matrix of its own, undecided, never ✗
        assertMarks("?", POISSON + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{X}^T(\\boldsymbol\\lambda - \\mathbf{y})$$\n");
        assertMarks("?", "The rows of $\\mathbf{X}$ are samples and its columns are features $\\mathbf{x}_j$.\n\n" + POISSON
                + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{X}^T(\\boldsymbol\\lambda - \\mathbf{y})$$\n");
    }
}
