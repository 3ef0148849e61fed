package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * A capital with a letter below it, {@code K_f}, {@code W_h}, beside the plain capital or other matrices, names a matrix of its
 * own: {@code K = K_f + σ²I} defines K by its entries K_ij = K^(f)_ij + σ²δ_ij, and {@code W_h \mathbf{h}} multiplies the
 * matrix W^(h) (Rasmussen &amp; Williams §5.4.1; Elman's recurrent layer). Its label is never read as an index of one W.
 */
class LabelledCapitalMatricesTest {

    @Test
    void aMatrixDefinedByALabelledMatrixAndTheIdentityIsReadByItsEntries() {
        // K = K_f + σ²I, K^{-1} and log|K| after it (was: "recursive definition: K → K", then "does not depend on σ", ??);
        // checked with numpy for a general K_f: the right side equals the finite difference, the wrong sign differs
        PublicInputsTest.check("With a kernel matrix $K_f$ of the training inputs, the noise variance $\\sigma^2$ and targets "
                + "$\\mathbf{y}$, the covariance is\n\n$$K = K_f + \\sigma^2 I$$\n\nand the log marginal likelihood\n\n"
                + "$$\\log p(\\mathbf{y}) = -\\frac{1}{2}\\mathbf{y}^\\top K^{-1}\\mathbf{y} - \\frac{1}{2}\\log|K| - \\frac{n}{2}\\log 2\\pi$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\sigma^2}\\log p(\\mathbf{y}) = \\frac{1}{2}\\mathbf{y}^\\top K^{-1}K^{-1}\\mathbf{y} - "
                + "\\frac{1}{2}\\operatorname{tr}(K^{-1})$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\sigma^2}\\log p(\\mathbf{y}) = \\frac{1}{2}\\mathbf{y}^\\top K^{-2}\\mathbf{y} + "
                + "\\frac{1}{2}\\operatorname{tr}(K^{-1})$$\n", "✓✗");
    }

    @Test
    void aLetterBelowACapitalLabelsTheMatrixItIsNoIndexOfIt() {
        // W_x x + W_h h: the matrices W^(x) and W^(h) (was: the entries W_{ikx} and W_{ilh} of one W with x and h its third index,
        // the expected value sum(k, W_{kix}))
        CheckedDocument d = PublicInputsTest.check("With $W_x \\in \\mathbb{R}^{n \\times n}$, $W_h \\in \\mathbb{R}^{n \\times n}$ and "
                + "vectors $\\mathbf{x}, \\mathbf{h}$,\n\n$$\\mathbf{z} = W_x \\mathbf{x} + W_h \\mathbf{h}$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\mathbf{x}} \\mathbf{1}^\\top \\mathbf{z} = W_x^\\top \\mathbf{1}$$\n\n"
                + "$$\\frac{\\partial}{\\partial \\mathbf{x}} \\mathbf{1}^\\top \\mathbf{z} = W_h^\\top \\mathbf{1}$$\n", "✓✗");
        assertEquals("sum(k, W^{(x)}_{ki})", d.verdicts().get(1).expected().map(Printer::ascii).orElse(""));
    }
}
