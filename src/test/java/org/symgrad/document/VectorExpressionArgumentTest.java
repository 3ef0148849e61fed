package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A function of a vector applied to a vector expression ({@code s(x + c)_i}, {@code \mathrm{softmax}(\mathbf{z} - m)_j}) reads
 * component by component, each vector at the component and a scalar broadcast, so the translation invariance of the softmax
 * is proven and a wrong shift or scale is false, where the argument was refused ("must be the name of a vector").
 */
class VectorExpressionArgumentTest {
    private static void marks(String markdown, String expected) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(expected, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    @Test
    void theDocumentsVectorFunctionAtAShiftedVector() {
        String s = "$$s(a)_i = \\frac{e^{a_i}}{\\sum_j e^{a_j}}$$\n\n";
        marks(s + "$$s(x+c)_i = \\frac{e^{x_i+c}}{\\sum_j e^{x_j+c}} = \\frac{e^{x_i}}{\\sum_j e^{x_j}} = s(x)_i$$\n", "✓✓✓");
        marks(s + "$$s(x+c)_i = \\frac{e^{x_i}}{\\sum_j e^{x_j+c}}$$\n", "✗");
        marks(s + "$$s(2x)_i = \\frac{e^{2x_i}}{\\sum_j e^{x_j}}$$\n", "✗");
        marks(s + "$$s(2x)_i = \\frac{e^{2x_i}}{\\sum_j e^{2x_j}}$$\n", "✓");
        marks(s + "$$s(-x)_i = \\frac{e^{-x_i}}{\\sum_j e^{-x_j}}$$\n", "✓");
    }

    @Test
    void aLetterSubscriptedOnlyElsewhereStaysAScalarInTheDisplay() {
        // c_i of another paragraph does not make the shift c a vector: the display writes it as a scalar (e^{x_i + c})
        String doc = "Let $c_i$ be the labels.\n\n$$L = -\\sum_i c_i \\log x_i$$\n\n$$s(a)_i = \\frac{e^{a_i}}{\\sum_j e^{a_j}}$$\n\n"
                + "$$s(x+c)_i = \\frac{e^{x_i+c}}{\\sum_j e^{x_j+c}}$$\n";
        marks(doc, "✓");
        marks(doc.replace("e^{x_i+c}}{", "e^{x_i}}{"), "✗");
    }

    @Test
    void theSoftmaxAtAShiftedOrScaledVector() {
        marks("$$\\mathrm{softmax}(\\mathbf{z} - m)_j = \\mathrm{softmax}(\\mathbf{z})_j$$\n", "✓");
        marks("$$\\mathrm{softmax}(2\\mathbf{z})_j = \\mathrm{softmax}(\\mathbf{z})_j$$\n", "✗");
        marks("$$\\mathrm{softmax}(\\mathbf{z} / T)_j = \\frac{e^{z_j / T}}{\\sum_k e^{z_k / T}}$$\n", "✓");
    }

    @Test
    void aMatrixTimesAVectorIsNoComponentWiseArgument() {
        // W x: a product of two names written with subscripts is not read component-wise, so the definition stays unread
        String doc = "$$\\sigma(a)_i = \\frac{e^{a_i}}{\\sum_j e^{a_j}}$$\n\n$$\\hat{y} = \\sigma(Wx + b)$$\n\n"
                + "$$\\frac{\\partial \\hat{y}_i}{\\partial W_{ij}} = x_j$$\n\n$$b_i = 0$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        assertEquals(false, PublicInputsTest.marks(d).contains("✓"), () -> PublicInputsTest.describe(d));
    }
}
