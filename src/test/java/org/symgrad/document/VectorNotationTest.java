package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * Vector and matrix notation is read entry by entry (SPEC §8, VectorEntries): each side of a step gets the
 * same fresh entry index (two for a matrix) and is checked in index notation, so the check's own sampling
 * is the oracle. Each textbook gradient below has a right step (✓) and a wrong one (✗, with a counterexample
 * at an entry); notation whose shapes do not fit, or that could be read two ways, is skipped (–), never ✗.
 */
class VectorNotationTest {
    private static final String LEAST_SQUARES = "$$L = \\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|^2$$\n\n";

    @Test
    void leastSquaresNormalEquations() {
        assertMarks("✓✓", LEAST_SQUARES + "$$\\nabla_{\\mathbf{w}} L = 2\\mathbf{X}^\\top(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n\n"
                + "$$= 2\\mathbf{X}^\\top\\mathbf{X}\\mathbf{w} - 2\\mathbf{X}^\\top\\mathbf{y}$$\n");
        assertMarks("✗", LEAST_SQUARES + "$$\\frac{\\partial L}{\\partial \\mathbf{w}} = \\mathbf{X}^\\top(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n");
        // X for X^T: the product of the wrong matrix
        assertMarks("✗", LEAST_SQUARES + "$$\\frac{\\partial L}{\\partial \\mathbf{w}} = 2\\mathbf{X}(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$$\n");
    }

    @Test
    void logisticRegressionGradient() {
        String loss = "$$L = -\\mathbf{y}^\\top \\log \\sigma(\\mathbf{X}\\mathbf{w}) "
                + "- (\\mathbf{1} - \\mathbf{y})^\\top \\log(\\mathbf{1} - \\sigma(\\mathbf{X}\\mathbf{w}))$$\n\n";
        assertMarks("✓", loss + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{X}^\\top(\\sigma(\\mathbf{X}\\mathbf{w}) - \\mathbf{y})$$\n");
        assertMarks("✗", loss + "$$\\nabla_{\\mathbf{w}} L = \\mathbf{X}^\\top(\\mathbf{y} - \\sigma(\\mathbf{X}\\mathbf{w}))$$\n");
    }

    @Test
    void softmaxCrossEntropyGradient() {
        String doc = "$$\\hat{\\mathbf{y}} = \\mathrm{softmax}(\\boldsymbol\\theta)$$\n\n"
                + "$$L = -\\mathbf{y}^\\top \\boldsymbol\\theta + \\log(\\mathbf{1}^\\top e^{\\boldsymbol\\theta})$$\n\n";
        assertMarks("✓✓", doc + "$$\\frac{\\partial L}{\\partial \\boldsymbol\\theta} = -\\mathbf{y} "
                + "+ \\frac{e^{\\boldsymbol\\theta}}{\\mathbf{1}^\\top e^{\\boldsymbol\\theta}}$$\n\n$$= \\hat{\\mathbf{y}} - \\mathbf{y}$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial L}{\\partial \\boldsymbol\\theta} = \\hat{\\mathbf{y}} + \\mathbf{y}$$\n");
    }

    @Test
    void backpropagationThroughALayer() {
        String net = "$$\\mathbf{h} = \\sigma(\\mathbf{z})$$\n\n$$L = \\mathbf{v}^\\top\\sigma(\\mathbf{W}\\mathbf{h})$$\n\n"
                + "$$\\boldsymbol\\delta = \\mathbf{v} \\odot \\sigma'(\\mathbf{W}\\mathbf{h})$$\n\n";
        // δ = W^T δ' ⊙ σ'(z), the product first
        assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{z}} = \\mathbf{W}^T \\boldsymbol\\delta \\odot \\sigma(\\mathbf{z}) "
                + "\\odot (1 - \\sigma(\\mathbf{z}))$$\n");
        assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{z}} = \\mathbf{W}^\\top (\\mathbf{v} \\odot "
                + "\\sigma'(\\mathbf{W}\\mathbf{h})) \\odot \\sigma'(\\mathbf{z})$$\n");
        assertMarks("✗", net + "$$\\frac{\\partial L}{\\partial \\mathbf{z}} = \\mathbf{W}^T \\boldsymbol\\delta \\odot \\sigma(\\mathbf{z})$$\n");
        // by a matrix: the (i, j) entry
        assertMarks("✓", net + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = \\boldsymbol\\delta \\mathbf{h}^T$$\n");
        assertMarks("✗", net + "$$\\frac{\\partial L}{\\partial \\mathbf{W}} = 2\\boldsymbol\\delta \\mathbf{h}^T$$\n");
    }

    @Test
    void quadraticFormGradient() {
        String f = "$$f = \\mathbf{x}^T A \\mathbf{x}$$\n\n";
        assertMarks("✓", f + "$$\\nabla_{\\mathbf{x}} f = (A + A^T)\\mathbf{x}$$\n");
        assertMarks("✓", f + "$$\\frac{\\partial f}{\\partial \\mathbf{x}} = A^T \\mathbf{x} + A \\mathbf{x}$$\n");
        // 2Ax only for a symmetric A
        assertMarks("✗", f + "$$\\nabla_{\\mathbf{x}} f = 2 A\\mathbf{x}$$\n");
        assertMarks("✓", f + "$$\\frac{\\partial f}{\\partial A} = \\mathbf{x}\\mathbf{x}^T$$\n");
    }

    @Test
    void elementwiseSidesAndNamesWrittenBoldBefore() {
        // the seed's softmax derivation: θ and y written plain once they were bold
        String doc = "$$\\hat{\\mathbf{y}} = softmax(\\boldsymbol{\\theta}) = \\frac{e^{\\boldsymbol{\\theta}}}{\\sum_{j} e^{\\theta_{j}}}$$\n\n"
                + "$$-\\frac{\\partial \\mathbf{y}^{T} \\boldsymbol{\\theta} - \\log \\sum_{j} e^{\\theta_{j}}}{\\partial \\boldsymbol{\\theta}} "
                + "= -y + \\frac{e^{\\theta}}{\\mathbf{1}^{T}e^{\\theta}}$$\n\n$$= -y + softmax(\\theta)$$\n\n"
                + "$$= \\hat{\\boldsymbol{y}} - \\boldsymbol{y}$$\n";
        // the first row defines ŷ by name (the definitions' pair), and its chain goes on: softmax(θ) = e^θ/Σ_j e^{θ_j} is
        // read entry by entry too (was skipped), as are the rest
        assertMarks("✓✓✓✓", doc);
        assertMarks("✓", "$$\\tanh(\\mathbf{x}) = 2\\sigma(2\\mathbf{x}) - 1$$\n");
        assertMarks("✓", "$$e^{\\mathbf{x} + c} = e^{c} e^{\\mathbf{x}}$$\n");
        assertMarks("✗", "$$e^{\\mathbf{x} + c} = c\\, e^{\\mathbf{x}}$$\n");
        assertMarks("✓", "$$\\sigma(\\mathbf{z}) \\odot (1 - \\sigma(\\mathbf{z})) = \\sigma(\\mathbf{z}) - \\sigma(\\mathbf{z}) \\odot \\sigma(\\mathbf{z})$$\n");
    }

    @Test
    void shapesThatDoNotFitOrReadTwoWaysAreSkipped() {
        // a product of two columns, and its rows reading: neither fits
        String two = marks("$$\\mathbf{x}\\mathbf{y} = \\mathbf{y}\\mathbf{x}$$\n");
        assertTrue(two.startsWith("–\n") && two.contains("inner dimensions"), two);
        // a vector on one side, a scalar on the other
        String mixed = marks("$$\\mathbf{x}^T\\mathbf{y} = \\mathbf{x} \\odot \\mathbf{y}$$\n");
        assertTrue(mixed.startsWith("–\n") && mixed.contains("read entry by entry at i"), mixed);
        // whether the log takes the product after it is not written
        String log = marks("$$\\log \\mathbf{1}^\\top e^{\\boldsymbol\\theta} = \\log(\\mathbf{1}^\\top e^{\\boldsymbol\\theta})$$\n");
        assertTrue(log.startsWith("–\n") && log.contains("parentheses"), log);
        // the row-vector convention where only it fits: h W + b
        assertEquals("✓", marks("$$\\mathbf{h}\\mathbf{W} + \\mathbf{b} = \\mathbf{b} + \\mathbf{h}\\mathbf{W}$$\n").substring(0, 1));
    }
}
