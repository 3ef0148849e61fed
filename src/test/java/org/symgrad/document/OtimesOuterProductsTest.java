package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The outer product written with {@code \otimes}: {@code \mathbf{a} \otimes \mathbf{b}} is {@code \mathbf{a}\mathbf{b}^\top}, entry
 * (i, j) = a_i b_j (the softmax Jacobian {@code \mathrm{diag}(\mathbf{s}) - \mathbf{s}\otimes\mathbf{s}}, a weight gradient
 * {@code \boldsymbol{\delta} \otimes \mathbf{x}}); beside a number it is the product. Right lines ✓, wrong ones ✗.
 */
class OtimesOuterProductsTest {
    @Test
    void theSoftmaxJacobianWithAnOuterProduct() {
        String softmax = "$$\\mathbf{s} = \\mathrm{softmax}(\\mathbf{z})$$\n\n";
        assertMarks("✓", softmax + "$$\\frac{\\partial \\mathbf{s}}{\\partial \\mathbf{z}} = \\operatorname{diag}(\\mathbf{s}) - \\mathbf{s}\\otimes\\mathbf{s}$$\n");
        assertMarks("✗", softmax + "$$\\frac{\\partial \\mathbf{s}}{\\partial \\mathbf{z}} = \\operatorname{diag}(\\mathbf{s}) + \\mathbf{s}\\otimes\\mathbf{s}$$\n");
    }

    @Test
    void aWeightGradientAsAnOuterProduct() {
        String layer = "$$\\mathbf{z} = W\\mathbf{x} + \\mathbf{b}$$\n\n$$L = \\frac{1}{2}\\|\\mathbf{z} - \\mathbf{y}\\|^2$$\n\n";
        assertMarks("✓", layer + "$$\\frac{\\partial L}{\\partial W} = (\\mathbf{z} - \\mathbf{y}) \\otimes \\mathbf{x}$$\n");
        assertMarks("✗", layer + "$$\\frac{\\partial L}{\\partial W} = \\mathbf{x} \\otimes (\\mathbf{z} - \\mathbf{y})$$\n");
    }

    @Test
    void besideANumberItIsTheProduct() {
        String c = "$$\\mathbf{c} = \\sum_{i=1}^{m} y_i \\mathbf{x}_i$$\n\n";
        assertMarks("✓", c + "$$\\mathbf{c} = \\sum_{i=1}^{m} \\mathbf{x}_i \\otimes y_i$$\n");
        assertMarks("✗", c + "$$\\mathbf{c} = \\sum_{i=1}^{m} \\mathbf{x}_i \\otimes y_1$$\n");
    }
}
