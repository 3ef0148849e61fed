package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A word in upright letters below a vector or a matrix, {@code \mathbf{c}_{\mathrm{prev}}}, {@code \mathbf{h}_{\text{new}}},
 * {@code W_{\mathrm{out}}}, labels a quantity of its own (c^(prev), W^(out)), whatever its letters ({@code W_{\text{in}}}), as
 * a digit or a letter label does; an index below a name stays an index.
 */
class WordLabelledVectorsTest {

    @Test
    void aVectorWithAWordBelowItIsAVectorOfItsOwn() {
        // the LSTM cell state c = f ⊙ c_prev + i ⊙ g (Graves 2013) (was: every line skipped, "\mathbf{f} is a vector here")
        PublicInputsTest.check("With the forget gate $\\mathbf{f}$, the input gate $\\mathbf{i}$, the candidate "
                + " $\\mathbf{g}$ and the previous cell state $\\mathbf{c}_{\\mathrm{prev}}$, the cell state is\n"
                + "\n"
                + "$$\\mathbf{c} = \\mathbf{f} \\odot \\mathbf{c}_{\\mathrm{prev}} + \\mathbf{i} \\odot \\mathbf{g}$$\n"
                + "\n"
                + "and the loss reaches it through the output gate $\\mathbf{o}$, with $\\boldsymbol{\\delta}$ the "
                + " gradient at the hidden state,\n"
                + "\n"
                + "$$L = \\boldsymbol{\\delta}^\\top(\\mathbf{o} \\odot \\tanh(\\mathbf{c}))$$\n"
                + "\n"
                + "The gradient at the cell state is\n"
                + "\n"
                + "$$\\nabla_{\\mathbf{c}} L = \\boldsymbol{\\delta} \\odot \\mathbf{o} \\odot (1 - \\tanh^2(\\mathbf{c}))$$\n"
                + "\n"
                + "and at the gates, by the chain rule,\n"
                + "\n"
                + "$$\\nabla_{\\mathbf{f}} L = \\boldsymbol{\\delta} \\odot \\mathbf{o} \\odot (1 - "
                + " \\tanh^2(\\mathbf{c})) \\odot \\mathbf{c}_{\\mathrm{prev}}$$\n"
                + "\n"
                + "$$\\nabla_{\\mathbf{i}} L = \\boldsymbol{\\delta} \\odot \\mathbf{o} \\odot (1 - "
                + " \\tanh^2(\\mathbf{c})) \\odot \\mathbf{c}_{\\mathrm{prev}}$$\n"
                + "", "✓✓✗");
    }

    @Test
    void aMatrixWithAWordBelowItIsAMatrixOfItsOwn() {
        // W_out, h_new, b_out (was: every line skipped)
        PublicInputsTest.check("For an input $\\mathbf{x}$, the hidden layer $\\mathbf{h} = "
                + " \\tanh(W_{\\text{in}}\\mathbf{x})$ and the output\n"
                + "\n"
                + "$$\\mathbf{y} = W_{\\mathrm{out}}\\mathbf{h}_{\\text{new}} + \\mathbf{b}_{\\mathrm{out}}$$\n"
                + "\n"
                + "$$L = \\mathbf{1}^\\top\\mathbf{y}$$\n"
                + "\n"
                + "$$\\nabla_{\\mathbf{h}_{\\text{new}}} L = W_{\\mathrm{out}}^\\top\\mathbf{1}$$\n"
                + "\n"
                + "$$\\nabla_{\\mathbf{h}_{\\text{new}}} L = W_{\\mathrm{out}}\\mathbf{1}$$\n"
                + "\n"
                + "$$\\nabla_{\\mathbf{b}_{\\mathrm{out}}} L = \\mathbf{1}$$\n"
                + "", "✓✗✓");
    }

    @Test
    void anIndexBelowANameStaysAnIndex() {
        PublicInputsTest.check("$$f = \\sum_{i=1}^{n} \\mathbf{w}^\\top \\mathbf{x}_i$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} f = \\sum_{i=1}^{n} \\mathbf{x}_i$$\n\n$$g = \\sum_{i}\\sum_{j} W_{ij} x_j$$\n\n"
                + "$$\\frac{\\partial g}{\\partial x_k} = \\sum_i W_{ik}$$\n", "✓✓");
    }
}
