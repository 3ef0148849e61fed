package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The reading rules added with the eleventh round of {@link FreshHomeworkTest}'s documents, each with
 * right steps (proven) and a wrong one (false), on variants with other names than the documents use,
 * so that a rule that reads too much or too little fails here; the checker samples every step
 * numerically, which is the oracle. Where a rule does not apply, the old reading or refusal stays.
 */
class EleventhRoundNotationTest {
    @Test
    void lettersThatOnlyTellTwoNamedThingsApartAreLabelsNotIndices() {
        // DPO as the paper writes it, without "(w \neq l)": ℓ_w and ℓ_l are two log probabilities
        String dpo = "$$\\mathcal{L} = -\\log \\sigma\\left( \\beta (\\ell_w - r_w) - \\beta (\\ell_l - r_l) \\right)$$\n\n";
        assertMarks("✓", dpo + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\ell_w} = -\\beta \\sigma\\left( \\beta "
                + "(\\ell_l - r_l) - \\beta (\\ell_w - r_w) \\right)$$\n");
        assertMarks("✓", dpo + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\ell_l} = \\beta \\sigma\\left( \\beta "
                + "(\\ell_l - r_l) - \\beta (\\ell_w - r_w) \\right)$$\n");
        assertMarks("✗", dpo + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\ell_l} = \\sigma\\left( \\beta "
                + "(\\ell_l - r_l) - \\beta (\\ell_w - r_w) \\right)$$\n");
        // a reward model's y_w, y_l
        String reward = "$$L = -\\log \\sigma(\\beta y_w - \\beta y_l)$$\n\n";
        assertMarks("✓", reward + "$$\\frac{\\partial L}{\\partial y_w} = -\\beta \\sigma(\\beta y_l - \\beta y_w)$$\n");
        assertMarks("✓", reward + "$$\\frac{\\partial L}{\\partial y_l} = \\beta \\sigma(\\beta y_l - \\beta y_w)$$\n");
        assertMarks("✗", reward + "$$\\frac{\\partial L}{\\partial y_l} = \\beta \\sigma(\\beta y_w - \\beta y_l)$$\n");
        // a triplet's anchor, positive and negative, with a definition for each distance
        String triplet = "$$d_p = (x_a - x_p)^2 , \\qquad d_n = (x_a - x_n)^2$$\n\n$$L = d_p - d_n + \\alpha$$\n\n";
        assertMarks("✓", triplet + "$$\\frac{\\partial L}{\\partial x_a} = 2 (x_n - x_p)$$\n");
        assertMarks("✓", triplet + "$$\\frac{\\partial L}{\\partial x_n} = 2 (x_a - x_n)$$\n");
        assertMarks("✗", triplet + "$$\\frac{\\partial L}{\\partial x_p} = 2 (x_a - x_p)$$\n");
    }

    @Test
    void indicesStayIndices() {
        // i and j of a family that a sum ranges over may coincide: the i ≠ j step needs its condition
        String softmax = "$$p_i = \\frac{e^{z_i}}{\\sum_{k} e^{z_k}}$$\n\n";
        assertMarks("✓", softmax + "$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j \\quad (i \\neq j)$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n");
        // a letter that a sum binds is an index everywhere: ℓ_l is one of the ℓ_w summed
        assertMarks("✓", "$$L = \\sum_{w} \\ell_w - \\ell_l$$\n\n$$\\frac{\\partial L}{\\partial \\ell_l} = 0$$\n");
        // letters the document writes in a condition range over values: read as indices, and the
        // condition makes the step right
        assertMarks("✓", "$$L = -\\log \\sigma(s_w - s_l)$$\n\n$$\\frac{\\partial L}{\\partial s_w} = "
                + "-\\sigma(s_l - s_w) \\qquad (w \\neq l)$$\n");
        // a family defined once over its index: y_i = σ(z_i) beside y_j is a component, ∂y_i/∂z_j needs i = j
        String activation = "$$y_i = \\sigma(z_i)$$\n\n";
        assertMarks("✗", activation + "$$\\frac{\\partial y_i}{\\partial z_j} = 0$$\n");
    }

    @Test
    void aMatrixDerivativeWrittenAsAnOuterProductIsCheckedEntryByEntry() {
        // CS231n's softmax classifier: ∂L/∂W = (p − y)xᵀ, i.e. ∂L/∂W_ij = (p_i − y_i) x_j
        String classifier = "$$s_i = \\sum_{j} W_{ij} x_j$$\n\n$$p_i = \\frac{e^{s_i}}{\\sum_{k} e^{s_k}}$$\n\n"
                + "$$L = -\\sum_{i} y_i \\log p_i$$\n\n$$\\sum_{i} y_i = 1$$\n\n";
        assertMarks("✓", classifier + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = (\\mathbf{p} - \\mathbf{y}) "
                + "\\mathbf{x}^\\top$$\n");
        assertMarks("✓", classifier + "$$\\frac{\\partial L}{\\partial W} = (p - y) x^T$$\n");
        assertMarks("✓", classifier + "$$\\nabla_{\\mathbf{W}} L = (\\mathbf{p} - \\mathbf{y}) \\mathbf{x}^\\intercal$$\n");
        // the factors swapped: x_i (p_j − y_j) is the transpose
        assertMarks("✗", classifier + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = \\mathbf{x} (\\mathbf{p} - "
                + "\\mathbf{y})^\\top$$\n");
        assertMarks("✗", classifier + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = (\\mathbf{y} - \\mathbf{p}) "
                + "\\mathbf{x}^\\top$$\n");
        // other names, a factor in front, the matrix itself in a weight-decay term
        String linear = "$$e_a = \\sum_{b} A_{ab} u_b - t_a$$\n\n$$L = \\frac{1}{2} \\sum_{a} e_a^2 + \\frac{\\lambda}{2} "
                + "\\sum_{a} \\sum_{b} A_{ab}^2$$\n\n";
        assertMarks("✓", linear + "$$\\frac{\\partial L}{\\partial \\mathbf{A}} = \\mathbf{e} \\mathbf{u}^\\top "
                + "+ \\lambda \\mathbf{A}$$\n");
        assertMarks("✓", linear + "$$\\frac{\\partial}{\\partial A} \\frac{L}{2} = \\frac{1}{2} e u^\\top + "
                + "\\frac{\\lambda}{2} A$$\n");
        assertMarks("✗", linear + "$$\\frac{\\partial L}{\\partial A} = e u^\\top + \\lambda$$\n");
        // a batch: the n-th example's vectors, their entries after the example index (s_{ni} x_{nj})
        String batch = "$$s_{nk} = \\sum_{d} W_{kd} x_{nd}$$\n\n$$L = \\frac{1}{2} \\sum_{n} \\sum_{k} (s_{nk} - t_{nk})^2$$\n\n";
        assertMarks("✓", batch + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = \\sum_{n} (\\mathbf{s}_n - \\mathbf{t}_n) "
                + "\\mathbf{x}_n^\\top$$\n");
        assertMarks("✓", batch + "$$\\frac{\\partial L}{\\partial W} = \\sum_{n} (s_n - t_n) x_n^\\top$$\n");
        assertMarks("✗", batch + "$$\\frac{\\partial L}{\\partial W} = \\sum_{n} x_n (s_n - t_n)^\\top$$\n");
        // backprop's ∂L/∂y xᵀ: the entry index is the gradient's variable's, ∂L/∂y_i, never L's
        String layer = "$$y_a = \\sum_{b} V_{ab} h_b + c_a$$\n\n$$L = \\frac{1}{2} \\sum_{a} (y_a - t_a)^2$$\n\n";
        assertMarks("✓✓", layer + "$$\\frac{\\partial L}{\\partial \\mathbf{V}} = \\frac{\\partial L}{\\partial "
                + "\\mathbf{y}} \\mathbf{h}^\\top = (\\mathbf{y} - \\mathbf{t}) \\mathbf{h}^\\top$$\n");
    }

    @Test
    void anOuterProductElsewhereIsStillRefusedWithAMessage() {
        // a matrix defined by an outer product is read entry by entry (VectorEntries): G_ij = (p_i - y_i) x_j
        String g = "$$\\mathbf{G} = (\\mathbf{p} - \\mathbf{y}) \\mathbf{x}^\\top$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial G_{ij}}{\\partial p_k} = \\delta_{ik} x_j$$\n");
        assertMarks("✗", g + "$$\\frac{\\partial G_{ij}}{\\partial p_k} = \\delta_{jk} x_i$$\n");
        String byVector = marks("$$\\frac{\\partial L}{\\partial w} = (p - y) x^\\top$$\n");
        assertTrue(byVector.contains("a transpose (\\top) is matrix notation"), byVector);
        // X^⊤ before (P - Y), which reads as a number: the cause named is the names nothing makes matrices
        String matrixProduct = marks("$$\\frac{\\partial L}{\\partial W} = X^\\top (P - Y)$$\n");
        assertTrue(matrixProduct.startsWith("–") && matrixProduct.contains("P, Y are not declared, defined or written bold as vectors or matrices"),
                matrixProduct);
    }
}
