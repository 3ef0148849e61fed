package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * The example's label written above a bold name, as CS229 writes it: {@code \mathbf{x}^{(i)}}, {@code \mathbf{z}^{(i)} =
 * W\mathbf{x}^{(i)}}, {@code (\hat{\mathbf{y}}^{(i)} - \mathbf{y}^{(i)}) \mathbf{x}^{(i)\top}}. Its entries are
 * x^{(i)}_j, the example index last, the same entries the document's scalar formulas write. Before: the scores' definition
 * was read as one number W·x_i (every later step "could not be evaluated"); the outer product's row factor put the example
 * index first, so the right gradient was a wrong ✗; and {@code \mathbf{x}^{(i)\top}}, the label and the transpose in one
 * superscript, was refused as matrix notation.
 */
class ExampleAboveTheNameTest {
    private static final String DECLARED = "Let $W \\in \\mathbb{R}^{K \\times D}$ and training examples "
            + "$\\mathbf{x}^{(i)} \\in \\mathbb{R}^{D}$, $i = 1, \\dots, m$, with one-hot labels $\\mathbf{y}^{(i)} \\in \\{0, 1\\}^{K}$.\n\n";
    private static final String PREDICTIONS = "$$\\hat{y}^{(i)}_k = \\frac{e^{z^{(i)}_k}}{\\sum_{c=1}^{K} e^{z^{(i)}_c}}$$\n\n";
    private static final String COST = "The cost is\n\n"
            + "$$J(W) = -\\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{K} y^{(i)}_k \\log \\hat{y}^{(i)}_k$$\n\nIts gradient is\n\n";
    /** Right, right, the 1/K for 1/m mistake. */
    private static final String ENTRIES = "$$\\frac{\\partial J}{\\partial W_{kj}} = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)}_k - y^{(i)}_k) x^{(i)}_j$$\n\n"
            + "$$\\frac{\\partial J}{\\partial z^{(i)}_k} = \\frac{1}{m}(\\hat{y}^{(i)}_k - y^{(i)}_k)$$\n\n"
            + "$$\\frac{\\partial J}{\\partial W_{kj}} = \\frac{1}{K} \\sum_{i=1}^{m} (\\hat{y}^{(i)}_k - y^{(i)}_k) x^{(i)}_j$$\n";

    @Test
    void theScoresDefinedInADisplayAreReadByTheirEntries() {
        PublicInputsTest.check(DECLARED + "Define\n\n$$\\mathbf{z}^{(i)} = W \\mathbf{x}^{(i)}$$\n\n" + PREDICTIONS + COST + ENTRIES, "✓✓✗");
    }

    @Test
    void theScoresDefinedInlineAreReadByTheirEntries() {
        PublicInputsTest.check(DECLARED.replace(".\n\n", ". The scores are $\\mathbf{z}^{(i)} = W \\mathbf{x}^{(i)}$ and\n\n")
                + PREDICTIONS + COST + ENTRIES, "✓✓✗");
    }

    @Test
    void theGradientAsASumOfOuterProductsWithTheLabelAndTransposeInOneSuperscript() {
        String softmax = "Define\n\n$$\\hat{\\mathbf{y}}^{(i)} = \\mathrm{softmax}(W \\mathbf{x}^{(i)})$$\n\n";
        PublicInputsTest.check(DECLARED + softmax + COST
                + "$$\\nabla_W J = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{\\mathbf{y}}^{(i)} - \\mathbf{y}^{(i)}) \\mathbf{x}^{(i)\\top}$$\n\n"
                + "$$\\nabla_W J = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{\\mathbf{y}}^{(i)} - \\mathbf{y}^{(i)}) \\mathbf{x}^{(i)T}$$\n\n"
                + "$$\\nabla_W J = \\frac{1}{m} \\sum_{i=1}^{m} (\\mathbf{y}^{(i)} - \\hat{\\mathbf{y}}^{(i)}) \\mathbf{x}^{(i)\\top}$$\n", "✓✓✗");
    }

    @Test
    void theOuterProductsRowFactorKeepsTheExampleIndexLast() {
        // (x^{(i)})^T with the transpose outside the brackets was read x_{ik}, the example first: the right step was ✗
        String softmax = "Define\n\n$$\\hat{\\mathbf{y}}^{(i)} = \\mathrm{softmax}(W \\mathbf{x}^{(i)})$$\n\n";
        PublicInputsTest.check(DECLARED + softmax + COST
                + "$$\\nabla_W J = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{\\mathbf{y}}^{(i)} - \\mathbf{y}^{(i)}) (\\mathbf{x}^{(i)})^\\top$$\n", "✓");
    }

    @Test
    void aRangeSizeInsideTheOuterProductIsANumber() {
        // \frac{1}{m} inside the sum, before the column: m is the size the sum runs to, no vector with an entry m_j
        String softmax = "Define\n\n$$\\hat{\\mathbf{y}}^{(i)} = \\mathrm{softmax}(W \\mathbf{x}^{(i)})$$\n\n";
        PublicInputsTest.check(DECLARED + softmax + COST
                + "$$\\nabla_W J = \\sum_{i=1}^{m} \\frac{1}{m} (\\hat{\\mathbf{y}}^{(i)} - \\mathbf{y}^{(i)}) \\mathbf{x}^{(i)\\top}$$\n\n"
                + "$$\\nabla_W J = \\sum_{i=1}^{m} \\frac{1}{m} (\\mathbf{y}^{(i)} - \\hat{\\mathbf{y}}^{(i)}) \\mathbf{x}^{(i)\\top}$$\n", "✓✗");
    }

    @Test
    void aChainRuleStepThroughTheScoresWithTheWrongIndexIsFalse() {
        // ∂J/∂W_kj = Σ_i ∂J/∂z^{(i)}_k x^{(i)}_k: the side in z uses W and x through z's definition, as the side in W
        // does, so the false step is not excused as "the left side uses W and the right side x instead" (was ?)
        String chain = "$$\\frac{\\partial J}{\\partial W_{kj}} = \\sum_{i=1}^{m} \\frac{\\partial J}{\\partial z^{(i)}_k} x^{(i)}_j$$\n\n"
                + "$$\\frac{\\partial J}{\\partial W_{kj}} = \\sum_{i=1}^{m} \\frac{\\partial J}{\\partial z^{(i)}_k} x^{(i)}_k$$\n";
        PublicInputsTest.check(DECLARED + "Define\n\n$$\\mathbf{z}^{(i)} = W \\mathbf{x}^{(i)}$$\n\n" + PREDICTIONS + COST + chain, "✓✗");
    }

    @Test
    void aPlainExampleVectorInAGradientKeepsTheExampleIndexLast() {
        // CS229's logistic regression: x^{(i)} beside ∇_θ J is read at the gradient's component j as x^{(i)}_j (x_{ji}), the
        // entry the component form writes; it was x_{ij}, so the right vector form was a wrong ✗
        PublicInputsTest.check("Let $\\theta \\in \\mathbb{R}^{n}$ and training examples $x^{(i)} \\in \\mathbb{R}^{n}$ with labels "
                + "$y^{(i)} \\in \\{0, 1\\}$, $i = 1, \\dots, m$. The hypothesis is\n\n"
                + "$$h_\\theta(x) = \\frac{1}{1 + e^{-\\theta^T x}}$$\n\nand the cost is\n\n"
                + "$$J(\\theta) = -\\frac{1}{m} \\sum_{i=1}^{m} \\left[ y^{(i)} \\log h_\\theta(x^{(i)}) + (1 - y^{(i)}) "
                + "\\log (1 - h_\\theta(x^{(i)})) \\right]$$\n\n"
                + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^{m} \\left( h_\\theta(x^{(i)}) - y^{(i)} \\right) x^{(i)}_j$$\n\n"
                + "$$\\nabla_\\theta J = \\frac{1}{m} \\sum_{i=1}^{m} \\left( h_\\theta(x^{(i)}) - y^{(i)} \\right) x^{(i)}$$\n\n"
                + "$$\\nabla_\\theta J = \\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} - h_\\theta(x^{(i)}) \\right) x^{(i)}$$\n", "✓✓✗");
    }
}
