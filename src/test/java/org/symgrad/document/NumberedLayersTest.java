package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A network's layers numbered below in plain letters, as lecture notes write them: {@code W_1, b_1, W_2, b_2} declared
 * {@code b_1 \in \mathbb{R}^H}; entries written as a subscript on the bracketed name ({@code (W_2)_{cj}}, {@code (b_1)_j},
 * {@code [W_1]_{jk}}) are the layer's ({@code W^{(2)}_{cj}}); a name added to a declared or defined plain vector inside a
 * norm ({@code \|o - y\|}) and written with a subscript elsewhere is a vector of the same length; a layer labelled above,
 * {@code W^{(1)} x + b}, defines a vector as a plain matrix does. A function's value with an entry, {@code \sigma(a)_i},
 * is no bracketed name.
 */
class NumberedLayersTest {
    private static final String TWO_LAYERS = ""
            + "## Two-layer network\n"
            + "\n"
            + "Let $W_1 \\in \\mathbb{R}^{H \\times D}$, $b_1 \\in \\mathbb{R}^H$, $W_2 \\in \\mathbb{R}^{C \\times H}$, "
            + "$b_2 \\in \\mathbb{R}^C$, $x \\in \\mathbb{R}^D$ and\n"
            + "\n"
            + "$$h = \\sigma(W_1 x + b_1), \\qquad o = W_2 h + b_2, \\qquad L = \\frac{1}{2}\\|o - y\\|^2$$\n"
            + "\n"
            + "$$\\frac{\\partial L}{\\partial o_c} = o_c - y_c$$\n"
            + "\n"
            + "$$\\frac{\\partial L}{\\partial h_j} = \\sum_c (o_c - y_c) (W_2)_{cj}$$\n"
            + "\n"
            + "$$\\frac{\\partial L}{\\partial (b_1)_j} = \\sum_c (o_c - y_c) (W_2)_{cj} h_j (1 - h_j)$$\n"
            + "\n"
            + "$$\\frac{\\partial L}{\\partial [W_1]_{jk}} = \\sum_c (o_c - y_c) \\left(W_2\\right)_{cj} h_j (1 - h_j) x_k$$\n"
            + "\n"
            + "$$\\frac{\\partial L}{\\partial b_2} = o - y$$\n"
            + "\n"
            + "$$\\frac{\\partial L}{\\partial W_2} = (o - y) h^T$$\n";

    @Test
    void aTwoLayerNetworkInNumberedPlainLetters() {
        // was: every step but the first undecided or skipped ("a subscript on an expression (_{cj}) is not understood",
        // "a derivative with respect to an expression ((b_1)_j)"), b_1 the component 1 of a vector b
        PublicInputsTest.check(TWO_LAYERS, "✓✓✓✓✓✓");
    }

    @Test
    void aTransposedWeightInTheBackwardPassIsFound() {
        PublicInputsTest.check(TWO_LAYERS.replace("\\left(W_2\\right)_{cj}", "(W_2)_{jc}")
                .replace("(b_1)_j} = \\sum_c (o_c - y_c) (W_2)_{cj}", "(b_1)_j} = \\sum_c (o_c - y_c) (W_2)_{cj} h_j"), "✓✓✗✗✓✓");
    }

    @Test
    void aLayerLabelledAboveWithABiasDeclaredAVector() {
        // was: 'h_j is not defined': h = σ(W^{(1)}x + b) read alone as a row plus a column, so h was no vector
        PublicInputsTest.check(""
                + "Let $W^{(1)} \\in \\mathbb{R}^{H \\times D}$, $b \\in \\mathbb{R}^H$, $x \\in \\mathbb{R}^D$.\n"
                + "\n"
                + "$$h = \\sigma(W^{(1)} x + b)$$\n"
                + "\n"
                + "$$\\frac{\\partial h_j}{\\partial b_k} = h_j(1 - h_j)\\delta_{jk}$$\n"
                + "\n"
                + "$$\\frac{\\partial h_j}{\\partial W^{(1)}_{kl}} = h_j(1 - h_j)\\delta_{jk} x_l$$\n"
                + "\n"
                + "$$\\frac{\\partial h_j}{\\partial W^{(1)}_{kl}} = h_j(1 - h_j) x_l$$\n", "✓✓✗");
    }

    @Test
    void aBiasLabelledAboveAndDeclaredIsAVector() {
        // was: a wrong ✗, b^{(1)} one number added to every entry
        PublicInputsTest.check(""
                + "Let $W^{(1)} \\in \\mathbb{R}^{H \\times D}$, $b^{(1)} \\in \\mathbb{R}^H$, $x \\in \\mathbb{R}^D$.\n"
                + "\n"
                + "$$h = \\sigma(W^{(1)} x + b^{(1)})$$\n"
                + "\n"
                + "$$\\frac{\\partial h_j}{\\partial b^{(1)}_k} = h_j(1 - h_j)\\delta_{jk}$$\n", "✓");
    }

    @Test
    void aFunctionsValueWithAnEntryIsNoBracketedName() {
        // σ(a)_i defines the softmax's entry, as before; (a)_i alone is the entry a_i
        PublicInputsTest.check(""
                + "$$\\sigma(a)_i = \\frac{\\exp(a_i)}{\\sum_j \\exp(a_j)}$$\n"
                + "\n"
                + "$$\\frac{\\partial \\sigma(a)_i}{\\partial a_j} = \\sigma(a)_i(\\delta_{ij} - \\sigma(a)_j)$$\n"
                + "\n"
                + "$$\\frac{\\partial (a)_i}{\\partial a_j} = \\delta_{ij}$$\n", "✓✓");
    }

    @Test
    void aDecoratedOutputAndAnUndeclaredInputOfNumberedLayers() {
        // ŷ = W_2 h + b_2 is a vector as o is, x in W_1 x a column of W_1 (was: every step after the first undecided)
        PublicInputsTest.check(TWO_LAYERS.replace("$x \\in \\mathbb{R}^D$ and", "and").replace("o_c", "\\hat{y}_c")
                .replace("o = ", "\\hat{y} = ").replace("\\|o - y\\|", "\\|\\hat{y} - y\\|").replace("(o - y)", "(\\hat{y} - y)")
                .replace("= o - y", "= \\hat{y} - y"), "✓✓✓✓✓✓");
    }

    @Test
    void aSigmaTheDocumentDefinesAsASoftmaxIsNotTakenEntryByEntry() {
        // σ(a)_i defined below its use: u = σ(Wx + b) is the softmax, so the chain rule without its sum over the outputs is
        // wrong (was: a wrong ✓, σ taken as the sigmoid of each entry once u read as a vector)
        PublicInputsTest.check(""
                + "$$u = \\sigma(Wx + b), \\text{ where } x \\in \\mathbb{R}^d, W \\in \\mathbb{R}^{k \\times d}, b \\in \\mathbb{R}^k$$\n"
                + "\n"
                + "where $\\sigma$ is the softmax function:\n"
                + "\n"
                + "$$\\sigma(a)_i = \\frac{\\exp(a_i)}{\\sum_j \\exp(a_j)}$$\n"
                + "\n"
                + "$$l = - \\sum_i y_i \\log u_i$$\n"
                + "\n"
                + "$$\\frac{\\partial l}{\\partial W_{ij}} = \\frac{\\partial l}{\\partial u_i} \\frac{\\partial u_i}{\\partial W_{ij}}$$\n", "✗");
    }
}
