package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Vector notation, round two (VectorEntries): labelled and subscripted bold names, Jacobians (a vector by a
 * vector, numerator layout), diag, quotients of vectors entry by entry, sums of vectors, and what stays
 * skipped (an inverse; a plain name inside a sum that may be the scalar). Each right step ✓ and each wrong
 * step ✗ is decided by the check's own sampling. The notes print the read expression (seed-002.report.txt).
 */
class VectorNotationRoundTwoTest {
    private static final String LAYER = "$$L = \\frac{1}{2}\\|\\mathbf{W}^{(2)}\\mathbf{h}^{(1)} - \\mathbf{y}\\|^2$$\n\n";

    @Test
    void aLabelOnABoldNameIsPartOfItsName() {
        assertMarks("✓", LAYER + "$$\\nabla_{\\mathbf{W}^{(2)}} L = (\\mathbf{W}^{(2)}\\mathbf{h}^{(1)} - \\mathbf{y})(\\mathbf{h}^{(1)})^T$$\n");
        // the label and the transpose in one superscript
        assertMarks("✓", LAYER + "$$\\nabla_{\\mathbf{W}^{(2)}} L = (\\mathbf{W}^{(2)}\\mathbf{h}^{(1)} - \\mathbf{y})\\mathbf{h}^{(1)T}$$\n");
        assertMarks("✓", LAYER + "$$\\nabla_{\\mathbf{h}^{(1)}} L = (\\mathbf{W}^{(2)})^T(\\mathbf{W}^{(2)}\\mathbf{h}^{(1)} - \\mathbf{y})$$\n");
        assertMarks("✗", LAYER + "$$\\nabla_{\\mathbf{h}^{(1)}} L = \\mathbf{W}^{(2)}(\\mathbf{W}^{(2)}\\mathbf{h}^{(1)} - \\mathbf{y})$$\n");
        // a digit subscript and a bracketed label: W_2 and δ^{[2]}
        String net = "$$L = \\mathbf{v}^T (\\mathbf{W}_2 \\mathbf{h} + \\mathbf{b}_2)$$\n\n";
        assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{W}_2} = \\mathbf{v} \\mathbf{h}^T$$\n");
        assertMarks("✗", net + "$$\\frac{\\partial L}{\\partial \\mathbf{W}_2} = \\mathbf{h} \\mathbf{v}^T$$\n");
        assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{b}_2} = \\mathbf{v}$$\n");
        assertMarks("✓", "$$\\boldsymbol{\\delta}^{[2]} \\odot \\mathbf{a}^{[2]} = \\mathbf{a}^{[2]} \\odot \\boldsymbol{\\delta}^{[2]}$$\n");
    }

    @Test
    void aSummedSubscriptOnABoldNamePicksOneOfSeveralVectors() {
        String j = "$$J = \\sum_{i=1}^{N} (\\mathbf{w}^T \\mathbf{x}_i - y_i)^2$$\n\n";
        assertMarks("✓", j + "$$\\nabla_{\\mathbf{w}} J = 2\\sum_{i=1}^{N} (\\mathbf{w}^T \\mathbf{x}_i - y_i)\\mathbf{x}_i$$\n");
        assertMarks("✗", j + "$$\\nabla_{\\mathbf{w}} J = \\sum_{i=1}^{N} (\\mathbf{w}^T \\mathbf{x}_i - y_i)\\mathbf{x}_i$$\n");
        // beside x_1 and x_2 written plain, a bold x_2 is that component, as written (seed 001)
        assertMarks("✓", "$$\\frac{e^{\\mathbf{x}_2}}{e^{x_1} + e^{x_2}} = \\frac{e^{\\mathbf{x}_2 - \\mathbf{x}_1}}{1 + e^{x_2 - x_1}}$$\n");
    }

    @Test
    void aVectorByAVectorIsItsJacobian() {
        String s = "$$\\mathbf{s} = \\mathrm{softmax}(\\mathbf{z})$$\n\n";
        assertMarks("✓", s + "$$\\frac{\\partial \\mathbf{s}}{\\partial \\mathbf{z}} = \\operatorname{diag}(\\mathbf{s}) - \\mathbf{s}\\mathbf{s}^T$$\n");
        assertMarks("✗", s + "$$\\frac{\\partial \\mathbf{s}}{\\partial \\mathbf{z}} = \\operatorname{diag}(\\mathbf{s}) + \\mathbf{s}\\mathbf{s}^T$$\n");
        assertMarks("✓", "$$\\frac{\\partial \\sigma(\\mathbf{a})}{\\partial \\mathbf{a}} = \\text{diag}(\\sigma(\\mathbf{a}) \\odot (1 - \\sigma(\\mathbf{a})))$$\n");
        assertMarks("✗", "$$\\frac{\\partial \\sigma(\\mathbf{a})}{\\partial \\mathbf{a}} = \\text{diag}(\\sigma(\\mathbf{a}))$$\n");
        assertMarks("✓", "$$\\frac{\\partial (\\mathbf{W}\\mathbf{x})}{\\partial \\mathbf{x}} = \\mathbf{W}$$\n");
        // numerator layout: entry (i, j) is ∂(Wx)_i/∂x_j = W_ij
        assertMarks("✗", "$$\\frac{\\partial (\\mathbf{W}\\mathbf{x})}{\\partial \\mathbf{x}} = \\mathbf{W}^T$$\n");
        assertMarks("✓", "$$\\frac{\\partial \\mathbf{x}}{\\partial \\mathbf{x}} = \\mathbf{I}$$\n");
        assertMarks("✓", "$$\\frac{\\partial}{\\partial \\mathbf{x}} \\tanh(\\mathbf{x}) = \\operatorname{diag}(\\mathbf{1} - \\tanh(\\mathbf{x}) \\odot \\tanh(\\mathbf{x}))$$\n");
    }

    @Test
    void aQuotientOfVectorsIsReadEntryByEntryAndAnInverseIsSkipped() {
        assertMarks("✓", "$$\\frac{\\mathbf{y}}{\\hat{\\mathbf{y}}} = \\mathbf{y} \\odot \\frac{\\mathbf{1}}{\\hat{\\mathbf{y}}}$$\n");
        assertMarks("✓", "$$\\mathbf{y} / \\hat{\\mathbf{y}} - \\mathbf{y} = (\\mathbf{1} - \\hat{\\mathbf{y}}) \\odot \\mathbf{y} / \\hat{\\mathbf{y}}$$\n");
        assertMarks("✗", "$$\\mathbf{y} / \\hat{\\mathbf{y}} = \\mathbf{y} \\odot \\hat{\\mathbf{y}}$$\n");
        // the inverse of a matrix expression is computed from its entries (CompoundMatrices, session 57; was skipped): Xᵀy is
        // no (XᵀX)⁻¹Xᵀy
        assertMarks("✗", "$$\\mathbf{X}^T\\mathbf{y} = (\\mathbf{X}^T\\mathbf{X})^{-1}\\mathbf{X}^T\\mathbf{y}$$\n");
        // the step the normal equations solve is read entry by entry
        assertMarks("✓", "$$\\mathbf{X}^T\\mathbf{X}\\mathbf{u} - \\mathbf{X}^T\\mathbf{y} = \\mathbf{X}^T(\\mathbf{X}\\mathbf{u} - \\mathbf{y})$$\n");
    }

    @Test
    void aPlainNameWrittenBoldElsewhereIsNotGuessedInsideASum() {
        // the seed's softmax shift: \mathbf{c} beside a plain c inside Σ_j e^{x_j + c}; c is never subscripted and is added
        // to x_j, so it is one scalar, bold or plain (BroadcastScalars, round five): decided, never guessed as a vector c_i
        String shift = marks("$$softmax(\\mathbf{x}+c) = \\frac{e^{\\mathbf{x}+\\mathbf{c}}}{\\sum_{j=1}^{d} e^{x_{j}+c}}$$\n");
        assertTrue(shift.startsWith("✓\n"), shift);
        // a sum whose terms write the vector in bold is a vector
        assertMarks("✓", "$$\\sum_{k} (\\mathbf{a} + \\mathbf{b}) = \\sum_{k} \\mathbf{a} + \\sum_{k} \\mathbf{b}$$\n");
        // and a later section's plain x is the scalar it is written as
        assertMarks("✓", "$$f = \\mathbf{x}^T\\mathbf{x}$$\n\n# Scalars\n\n$$\\frac{d}{dx} (x^2 \\log x) = 2 x \\log x + x$$\n");
    }
}
