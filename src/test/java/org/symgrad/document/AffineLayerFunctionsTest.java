package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A hidden layer defined in prose with plain names, "Let $h = \sigma(W_1 x + b_1)$", read entry by entry through its
 * entrywise function, h_i = σ(Σ_j W_{1,ij} x_j + b_{1,i}), where the document writes h by its entries (the inner product
 * w_2^⊤ h): the backward step by the plain vector b_1, {@code (\hat y - y)\, w_2 \odot h \odot (1 - h)}, is the gradient read
 * component by component (VectorVariables), b_2 beside b_1 another quantity. Before: undecided, "h_k is written with 1
 * index, but h is defined with none". A layer's map without a function, {@code z = Wx + b}, reads so beside a gradient by b
 * too (∂L/∂b = z − y: was undecided, W not written in the step).
 */
class AffineLayerFunctionsTest {
    private static final String NET = "Let $h = \\sigma(W_1 x + b_1)$ and $\\hat y = w_2^\\top h + b_2$, with squared loss "
            + "$L = \\frac{1}{2}(\\hat y - y)^2$.\n\n";

    @Test
    void theBackwardStepThroughASigmoidLayerOfPlainNames() {
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial b_1} = (\\hat y - y)\\, w_2 \\odot h \\odot (1 - h)$$\n");
        // σ' dropped, the residual's sign, tanh's derivative for σ's
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial b_1} = (\\hat y - y)\\, w_2 \\odot h$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial b_1} = (y - \\hat y)\\, w_2 \\odot h \\odot (1 - h)$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial b_1} = (\\hat y - y)\\, w_2 \\odot (1 - h^2)$$\n");
        // by the entries, as the components are written
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial b_{1k}} = (\\hat y - y) w_{2k} h_k (1 - h_k)$$\n");
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial W_{1,kj}} = (\\hat y - y) w_{2k} h_k (1 - h_k) x_j$$\n");
        assertMarks("✗", NET + "$$\\frac{\\partial L}{\\partial W_{1,kj}} = (\\hat y - y) w_{2k} h_k (1 - h_k) x_k$$\n");
        // the output bias b_2 is a number of its own beside the vector b_1
        assertMarks("✓", NET + "$$\\frac{\\partial L}{\\partial b_2} = \\hat y - y$$\n");
    }

    @Test
    void aTanhLayerAndAnAffineMapBesideAGradientByItsBias() {
        String tanh = "Let $h = \\tanh(W x + b)$ and $L = \\frac{1}{2}\\|h - y\\|^2$.\n\n";
        assertMarks("✓", tanh + "$$\\frac{\\partial L}{\\partial b} = (h - y) \\odot (1 - h^2)$$\n");
        assertMarks("✗", tanh + "$$\\frac{\\partial L}{\\partial b} = (h - y) \\odot (1 - h)$$\n");
        String affine = "Let $z = W x + b$ and $L = \\frac{1}{2}\\|z - y\\|^2$.\n\n";
        assertMarks("✓", affine + "$$\\frac{\\partial L}{\\partial b} = z - y$$\n");
        assertMarks("✗", affine + "$$\\frac{\\partial L}{\\partial b} = y - z$$\n");
        assertMarks("✗", affine + "$$\\frac{\\partial L}{\\partial b} = 2(z - y)$$\n");
    }
}
