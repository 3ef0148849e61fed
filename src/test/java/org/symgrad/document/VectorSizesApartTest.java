package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Vector notation beside sums to a size of their own: the examples x_n ∈ ℝ^D run to N, their entries to D. Where the
 * document declares the sizes of its vectors and matrices, the entry-by-entry reading sums along each declared size, and
 * a step that holds only where N and D are one number is false. Before, vector notation kept every size one (read as n),
 * so a gradient divided by D for N was proven or undecided. Where a vector's sum has no declared size, the document is
 * read with its sizes one, as before: a refused reading rather than a guessed size.
 */
class VectorSizesApartTest {
    private static final String RIDGE = "We have $N$ examples $\\mathbf{x}_n \\in \\mathbb{R}^{D}$ with targets $y_n$, and weights "
            + "$\\mathbf{w} \\in \\mathbb{R}^{D}$. The loss is\n\n"
            + "$$L(\\mathbf{w}) = \\frac{1}{2N} \\sum_{n=1}^{N} (\\mathbf{w}^\\top \\mathbf{x}_n - y_n)^2 + \\frac{\\lambda}{2}"
            + " \\|\\mathbf{w}\\|^2 .$$\n\n";

    @Test
    void aGradientDividedByTheFeaturesCountForTheExamplesIsFalse() {
        CheckedDocument d = PublicInputsTest.check(RIDGE
                + "$$\\nabla_{\\mathbf{w}} L = \\frac{1}{N} \\sum_{n=1}^{N} (\\mathbf{w}^\\top \\mathbf{x}_n - y_n) \\mathbf{x}_n"
                + " + \\lambda \\mathbf{w}$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} L = \\frac{1}{D} \\sum_{n=1}^{N} (\\mathbf{w}^\\top \\mathbf{x}_n - y_n) \\mathbf{x}_n"
                + " + \\lambda \\mathbf{w}$$\n", "✓✗");
        assertTrue(PublicInputsTest.describe(d).contains("holds only where D, which the document writes as a range size of its own"),
                PublicInputsTest.describe(d));
    }

    @Test
    void aNormRunsToTheDeclaredSize() {
        // ‖w‖² has D terms: Σ_{j=1}^{D} w_j² is it, Σ_{n=1}^{N} w_n² is not
        PublicInputsTest.check(RIDGE + "$$\\|\\mathbf{w}\\|^2 = \\sum_{j=1}^{D} w_j^2$$\n\n"
                + "$$\\|\\mathbf{w}\\|^2 = \\sum_{n=1}^{N} w_n^2$$\n", "✓✗");
    }

    @Test
    void aMatrixDeclaredByTwoSizesSumsAlongEach() {
        // X ∈ ℝ^{N×D}: (Xᵀ y)_j sums over the N rows, (X w)_n over the D columns
        String design = "The design matrix is $X \\in \\mathbb{R}^{N \\times D}$, with $\\mathbf{y} \\in \\mathbb{R}^{N}$ and "
                + "$\\mathbf{w} \\in \\mathbb{R}^{D}$, and the residual sum of squares of the $N$ examples is\n\n"
                + "$$E(\\mathbf{w}) = \\frac{1}{2} \\sum_{n=1}^{N} (y_n - \\sum_{d=1}^{D} X_{nd} w_d)^2 .$$\n\n";
        PublicInputsTest.check(design + "$$\\nabla_{\\mathbf{w}} E = X^\\top (X \\mathbf{w} - \\mathbf{y})$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} E = \\frac{N}{D} X^\\top (X \\mathbf{w} - \\mathbf{y})$$\n", "✓✗");
    }

    @Test
    void aVectorOfNoDeclaredSizeKeepsTheSizesOne() {
        // v's size is not declared: the document is read with one size, as before (the step is proven, not refused)
        PublicInputsTest.check(RIDGE + "$$\\mathbf{v}^\\top \\mathbf{v} = \\sum_{k} v_k^2$$\n", "✓");
    }

    @Test
    void anInlineDefinitionWithAPlainNormOfNoDeclaredSizeKeepsTheSizesOne() {
        // R = ‖w‖² inline, w plain: its sum would run to n; refused there, R was undefined and the right step a wrong ✗
        PublicInputsTest.check("We have $N$ examples $\\mathbf{x}_n \\in \\mathbb{R}^{D}$ with targets $y_n$ and weights "
                + "$w \\in \\mathbb{R}^{D}$, and the penalty is $R = \\|w\\|^2$. The loss is\n\n"
                + "$$L = \\frac{1}{2N} \\sum_{n=1}^{N} (\\mathbf{w}^\\top \\mathbf{x}_n - y_n)^2 + \\frac{\\lambda}{2} R .$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\lambda} = \\frac{1}{2} \\sum_{d=1}^{D} w_d^2$$\n\n"
                + "$$\\frac{\\partial L}{\\partial \\lambda} = \\frac{1}{3} \\sum_{d=1}^{D} w_d^2$$\n", "✓✗");
    }

    @Test
    void aVectorOfNoDeclaredSizeTakesTheSizeOfWhatItMeets() {
        // w is not declared, but w^T x_n with x_n ∈ ℝ^D gives it D entries: ‖w‖² has D terms, and a gradient divided by D for
        // N is false (before, the document was read with its sizes one, and both wrong steps were proven)
        String undeclared = RIDGE.replace("weights $\\mathbf{w} \\in \\mathbb{R}^{D}$", "weights $\\mathbf{w}$");
        assertTrue(!undeclared.equals(RIDGE) && !undeclared.contains("\\mathbf{w} \\in"), undeclared);
        PublicInputsTest.check(undeclared
                + "$$\\nabla_{\\mathbf{w}} L = \\frac{1}{N} \\sum_{n=1}^{N} (\\mathbf{w}^\\top \\mathbf{x}_n - y_n) \\mathbf{x}_n"
                + " + \\lambda \\mathbf{w}$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} L = \\frac{1}{D} \\sum_{n=1}^{N} (\\mathbf{w}^\\top \\mathbf{x}_n - y_n) \\mathbf{x}_n"
                + " + \\lambda \\mathbf{w}$$\n\n"
                + "$$\\|\\mathbf{w}\\|^2 = \\sum_{j=1}^{D} w_j^2$$\n\n$$\\|\\mathbf{w}\\|^2 = \\sum_{n=1}^{N} w_n^2$$\n", "✓✗✓✗");
    }
}
