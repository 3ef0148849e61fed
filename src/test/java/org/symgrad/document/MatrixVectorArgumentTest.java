package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A matrix times a vector inside the argument of a vector function ({@code \hat{y} = \sigma(Wx + b)} with σ the softmax,
 * {@code \mathrm{softmax}(W\mathbf{h} + \mathbf{b})_i}) reads component-wise, {@code (Wx)_i = Σ_k W_ik x_k}, where the
 * document makes W a matrix (declared, bold capital, or written W_ij) and x, b vectors: a chain rule that forgets the sum
 * over the outputs is false with a witness, the correct lines beside it proven.
 */
class MatrixVectorArgumentTest {
    private static final String SOFTMAX = "Let $\\sigma$ be the softmax:\n\n$$\\sigma(a)_i = \\frac{\\exp(a_i)}{\\sum_j \\exp(a_j)}$$\n\n";
    private static final String MODEL = "$$\\hat{y} = \\sigma(Wx + b), \\text{ where } x \\in \\mathbb{R}^d, W \\in \\mathbb{R}^{k \\times d}, "
            + "b \\in \\mathbb{R}^k$$\n\n";
    private static final String LOSS = "$$l(y, \\hat{y}) = - \\sum_i y_i \\log \\hat{y}_i$$\n\n";

    private static void marks(String markdown, String expected) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(expected, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    @Test
    void theChainRuleWithoutTheSumOverOutputsIsFalseAndWithItProven() {
        String doc = SOFTMAX + MODEL + LOSS;
        marks(doc + "$$\\frac{\\partial l}{\\partial W_{ij}} = \\frac{\\partial l}{\\partial \\hat{y}_i} "
                + "\\frac{\\partial \\hat{y}_i}{\\partial W_{ij}}$$\n", "✗");
        marks(doc + "$$\\frac{\\partial l}{\\partial W_{ij}} = \\sum_k \\frac{\\partial l}{\\partial \\hat{y}_k} "
                + "\\frac{\\partial \\hat{y}_k}{\\partial W_{ij}}$$\n", "✓");
        marks(doc + "$$\\frac{\\partial \\hat{y}_k}{\\partial W_{ij}} = \\hat{y}_k (\\delta_{ki} - \\hat{y}_i) x_j$$\n", "✓");
        marks(doc + "$$\\frac{\\partial \\hat{y}_k}{\\partial W_{ij}} = \\hat{y}_k (1 - \\hat{y}_i) x_j$$\n", "✗");
        marks(doc + "$$\\frac{\\partial \\hat{y}_i}{\\partial b_j} = \\hat{y}_i (\\delta_{ij} - \\hat{y}_j)$$\n", "✓");
        marks(doc + "$$\\frac{\\partial \\hat{y}_i}{\\partial x_j} = \\hat{y}_i (W_{ij} - \\sum_k \\hat{y}_k W_{kj})$$\n", "✓");
        marks(doc + "$$\\frac{\\partial \\hat{y}_i}{\\partial x_j} = \\hat{y}_i W_{ij}$$\n", "✗");
    }

    @Test
    void theComponentOfTheSoftmaxOfAnAffineMap() {
        String indexed = "$$\\mathrm{softmax}(W\\mathbf{h} + \\mathbf{b})_i = \\frac{e^{\\sum_k W_{ik} h_k + b_i}}"
                + "{\\sum_j e^{\\sum_k W_{jk} h_k + b_j}}$$\n";
        marks(indexed, "✓");
        marks(indexed.replace("W_{jk}", "W_{kj}"), "✗"); // the transpose's rows
        marks(SOFTMAX + "$$\\sigma(Wx + b)_i = \\frac{\\exp(\\sum_k W_{ik} x_k + b_i)}{\\sum_j \\exp(\\sum_k W_{jk} x_k + b_j)}$$\n",
                "✓");
        marks("$$\\hat{y} = \\mathrm{softmax}(\\mathbf{W}\\mathbf{x})$$\n\n"
                + "$$\\frac{\\partial \\hat{y}_i}{\\partial W_{ij}} = \\hat{y}_i (1 - \\hat{y}_i) x_j$$\n", "✓");
    }

    @Test
    void withoutEvidenceOfAVectorOrMatrixTheDefinitionStaysUnread() {
        // nothing says x or b is a vector: W x + b may be scalars, and no step about ŷ_i is judged
        String doc = SOFTMAX + "$$\\hat{y} = \\sigma(Wx + b)$$\n\n"
                + "$$\\frac{\\partial \\hat{y}_i}{\\partial W_{ij}} = \\hat{y}_i (1 - \\hat{y}_i) x_j$$\n";
        CheckedDocument d = PublicInputsTest.check(doc);
        assertEquals(false, PublicInputsTest.marks(d).matches(".*[✓✗].*"), () -> PublicInputsTest.describe(d));
        // b added to W x with no word of it: a scalar shift or a bias vector, undecided
        String bias = SOFTMAX + "$$\\hat{y} = \\sigma(Wx + b), \\text{ where } x \\in \\mathbb{R}^d, W \\in \\mathbb{R}^{k \\times d}$$\n\n"
                + "$$\\frac{\\partial \\hat{y}_i}{\\partial b} = 0$$\n";
        CheckedDocument e = PublicInputsTest.check(bias);
        assertEquals(false, PublicInputsTest.marks(e).matches(".*[✓✗].*"), () -> PublicInputsTest.describe(e));
    }

    @Test
    void aVectorFunctionDefinedOnlyBelowItsUseMakesTheNameAVectorOnceDefined() {
        // seed 000: ŷ = σ(Wx + b) in (1), "σ is the softmax function" with σ(a)_i in (2): ŷ is read again as ŷ_i = σ(Wx + b)_i
        String doc = MODEL + "where $\\sigma$ is the softmax function:\n\n$$\\sigma(a)_i = \\frac{\\exp(a_i)}{\\sum_j \\exp(a_j)}$$\n\n" + LOSS;
        marks(doc + "$$\\frac{\\partial l}{\\partial W_{ij}} = \\frac{\\partial l}{\\partial \\hat{y}_i} "
                + "\\frac{\\partial \\hat{y}_i}{\\partial W_{ij}}$$\n", "✗");
        marks(doc + "$$\\frac{\\partial l}{\\partial W_{ij}} = \\sum_k \\frac{\\partial l}{\\partial \\hat{y}_k} "
                + "\\frac{\\partial \\hat{y}_k}{\\partial W_{ij}}$$\n", "✓");
        marks(doc + "$$\\frac{\\partial \\hat{y}_i}{\\partial b_j} = \\hat{y}_i (\\delta_{ij} - \\hat{y}_j)$$\n", "✓");
        // ŷ defined again in between: that definition stands, σ's does not replace it
        marks(MODEL + "$$\\hat{y} = 2 c$$\n\n$$\\sigma(a)_i = \\frac{\\exp(a_i)}{\\sum_j \\exp(a_j)}$$\n\n"
                + "$$\\frac{\\partial \\hat{y}}{\\partial c} = 2$$\n", "✓");
    }
}
