package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain capital the document uses as a matrix ({@code org.symgrad.parse.latex.DocumentMatrices}: written transposed, beside a
 * bold vector, or called a matrix in words) before parentheses that hold a vector expression multiplies them
 * ({@code X^\top C (X\mathbf{w} - \mathbf{y})}, {@code P(\mathbf{w} + \mathbf{m})}); before, it was read as a call of C or P and
 * the pair was skipped. A capital the document also calls on a vector alone ({@code J(\mathbf{w})}) stays a function. Prose that
 * says a matrix is diagonal is assumed ({@code C diagonal}: drawn zero off its diagonal, proven under C_ij = δ_ij C_ii).
 */
class MatrixBeforeParenthesesTest {
    private static final String WEIGHTED = "Let $C$ be a diagonal matrix of positive weights and $X$ the design matrix.\n\n"
            + "$$L(\\mathbf{w}) = \\frac{1}{2}(X\\mathbf{w} - \\mathbf{y})^\\top C (X\\mathbf{w} - \\mathbf{y})$$\n\n";

    @Test
    void weightedLeastSquaresGradientReadsWithTheWeightMatrixAsAProduct() {
        assertMarks("✓", WEIGHTED + "$$\\nabla_{\\mathbf{w}} L = X^\\top C (X\\mathbf{w} - \\mathbf{y})$$\n");
        assertMarks("✗", WEIGHTED + "$$\\nabla_{\\mathbf{w}} L = X^\\top C (X\\mathbf{w} + \\mathbf{y})$$\n");
    }

    @Test
    void aMatrixWrittenInAQuadraticFormMultipliesTheParenthesesAfterIt() {
        String doc = "Let $P$ be the symmetric positive definite posterior precision.\n\n"
                + "$$E(\\mathbf{w}) = \\frac{1}{2}(\\mathbf{w} - \\mathbf{m})^\\top P (\\mathbf{w} - \\mathbf{m})$$\n\n";
        assertMarks("✓", doc + "$$\\nabla_{\\mathbf{w}} E = P(\\mathbf{w} - \\mathbf{m})$$\n");
        assertMarks("✗", doc + "$$\\nabla_{\\mathbf{w}} E = P(\\mathbf{w} + \\mathbf{m})$$\n");
        // a capital the document also calls on a vector alone stays a function: J(w) is the Jacobian at w, J(w + d) J at
        // another point, not J times w + d
        assertMarks("––", "Let $J$ be the Jacobian matrix.\n\n$$\\mathbf{g} = J(\\mathbf{w})^\\top \\mathbf{r}$$\n\n"
                + "$$J(\\mathbf{w} + \\mathbf{d})^\\top\\mathbf{r} = \\mathbf{g}$$\n");
    }

    @Test
    void diagonalMatricesCommuteWhereTheTextSaysTheyAreDiagonal() {
        String pair = "$$\\mathbf{u}^\\top C D\\mathbf{v} = \\mathbf{u}^\\top D C\\mathbf{v}$$\n";
        assertMarks("✓", "Let $C$ and $D$ be diagonal matrices.\n\n" + pair);
        assertMarks("✗", "Let $C$ and $D$ be symmetric matrices.\n\n" + pair);
        // declared where the text says so: "$W \\in \\mathbb{R}^{n \\times n}$ be diagonal" (was a WRONG ✗ of weighted least squares)
        assertMarks("✓", "Let $C \\in \\mathbb{R}^{n \\times n}$ and $D \\in \\mathbb{R}^{n \\times n}$ be diagonal.\n\n" + pair);
        assertMarks("✓", "Let $X \\in \\mathbb{R}^{n \\times p}$, $y \\in \\mathbb{R}^n$ and let $W \\in \\mathbb{R}^{n \\times n}$ be diagonal with"
                + " positive weights.\n\n$$L(\\beta) = (y - X\\beta)^\\top W (y - X\\beta)$$\n\n$$\\nabla_\\beta L = -2X^\\top W (y - X\\beta)$$\n");
        // the diagonal of a matrix says nothing of the matrix
        assertMarks("✗", "The diagonal of $C$ and the diagonal entries of $D$ are positive.\n\n" + pair);
    }

    @Test
    void aGreekLetterTheDocumentWritesAsAQuantityMultipliesTheParenthesesAfterIt() {
        // λ(wᵀw − 1) of a Lagrangian: λ is written alone elsewhere (∂/∂λ), never as a function
        String doc = "Let $S$ be the symmetric sample covariance matrix.\n\n"
                + "$$\\mathcal{L}(\\mathbf{w}, \\lambda) = \\mathbf{w}^\\top S \\mathbf{w} - \\lambda(\\mathbf{w}^\\top \\mathbf{w} - 1)$$\n\n";
        assertMarks("✓", doc + "$$\\nabla_{\\mathbf{w}} \\mathcal{L} = 2S\\mathbf{w} - 2\\lambda\\mathbf{w}$$\n");
        assertMarks("✗", doc + "$$\\nabla_{\\mathbf{w}} \\mathcal{L} = 2S\\mathbf{w} - \\lambda\\mathbf{w}$$\n");
        assertMarks("✓", doc + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\lambda} = 1 - \\mathbf{w}^\\top\\mathbf{w}$$\n");
    }

    @Test
    void aPrecisionMatrixMultipliesTheParenthesesAfterIt() {
        // \Lambda, a Greek capital that names a matrix by convention, stands as a plain capital does
        String doc = "Let $\\Lambda$ be the symmetric positive definite precision matrix.\n\n"
                + "$$\\ell(\\mathbf{x}) = -\\frac{1}{2}(\\mathbf{x} - \\boldsymbol{\\mu})^\\top \\Lambda (\\mathbf{x} - \\boldsymbol{\\mu})$$\n\n";
        assertMarks("✓", doc + "$$\\nabla_{\\mathbf{x}} \\ell = -\\Lambda(\\mathbf{x} - \\boldsymbol{\\mu})$$\n");
        assertMarks("✗", doc + "$$\\nabla_{\\mathbf{x}} \\ell = \\Lambda(\\mathbf{x} - \\boldsymbol{\\mu})$$\n");
        assertMarks("✓", doc + "$$\\nabla^2_{\\mathbf{x}} \\ell = -\\Lambda$$\n");
    }
}
