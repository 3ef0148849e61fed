package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * {@link UpstreamGradients#implied}: backpropagation notes write the upstream gradient ∂ℓ/∂y_i of a loss they never
 * define straight into the steps. A step by a variable that y depends on is the chain rule through y and is checked
 * with ℓ read as Σ_i g_i y_i (g a given array): right is ✓, a wrong factor is ✗; a term that does not go through the
 * gradient (+ 2γ) may be ℓ's own dependence on the variable, so that step is undecided with the reason.
 */
class ImpliedUpstreamGradientTest {
    private static final String BATCH_NORM = "$$\\mu = \\frac{1}{m}\\sum_{i=1}^m x_i$$\n\n$$\\sigma^2 = \\frac{1}{m}\\sum_{i=1}^m (x_i - \\mu)^2$$\n\n"
            + "$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n\n$$y_i = \\gamma \\hat{x}_i + \\beta$$\n\n";

    @Test
    void aStepThroughTheUpstreamGradientIsTheChainRule() {
        assertMarks("✓", BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial \\gamma} = \\sum_{i=1}^m \\frac{\\partial \\ell}{\\partial y_i} \\hat{x}_i$$\n");
        assertMarks("✓", BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial \\beta} = \\sum_{i=1}^m \\frac{\\partial \\ell}{\\partial y_i}$$\n");
        assertMarks("✓", BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial \\hat{x}_i} = \\frac{\\partial \\ell}{\\partial y_i}\\gamma$$\n");
        assertMarks("✓", BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = \\sum_{i=1}^m \\frac{\\partial \\ell}{\\partial \\hat{x}_i}"
                + "(x_i - \\mu)\\cdot\\left(-\\frac{1}{2}\\right)(\\sigma^2+\\epsilon)^{-3/2}$$\n");
        assertMarks("✓", BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial x_j} = \\sum_{i=1}^m \\frac{\\partial \\ell}{\\partial \\hat{x}_i}"
                + "\\frac{\\partial \\hat{x}_i}{\\partial x_j}$$\n");
    }

    @Test
    void aWrongFactorOfTheUpstreamGradientIsFalse() {
        assertMarks("✗", BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial \\gamma} = \\sum_{i=1}^m \\frac{\\partial \\ell}{\\partial y_i}$$\n");
        assertMarks("✗", BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = \\sum_{i=1}^m \\frac{\\partial \\ell}{\\partial \\hat{x}_i}"
                + "(x_i - \\mu)(\\sigma^2+\\epsilon)^{-3/2}$$\n");
    }

    @Test
    void aTermBesideTheUpstreamGradientIsUndecidedWithTheReason() {
        String got = marks(BATCH_NORM + "$$\\frac{\\partial \\ell}{\\partial \\gamma} = \\sum_{i=1}^m \\frac{\\partial \\ell}{\\partial y_i}"
                + "\\hat{x}_i + 2\\gamma$$\n");
        assertTrue(got.startsWith("?") && got.contains("holds only if ell depends on gamma also otherwise than through y"), got);
    }

    @Test
    void theUpstreamGradientIsReadBesideInlineDefinitionsToo() {
        // was ? ? ? ("L is not defined in the document"): the definitions announced in the prose, the loss left undefined
        String inline = "Let $\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$, $y_i = \\gamma \\hat{x}_i + \\beta$, with "
                + "$\\mu = \\frac{1}{m}\\sum_{i=1}^m x_i$ and $\\sigma^2 = \\frac{1}{m}\\sum_{i=1}^m (x_i - \\mu)^2$.\n"
                + "Given the upstream gradient $\\frac{\\partial L}{\\partial y_i}$,\n";
        assertMarks("✓✓✗", inline + "$$\\frac{\\partial L}{\\partial \\gamma} = \\sum_{i=1}^m \\frac{\\partial L}{\\partial y_i} \\hat{x}_i$$\n"
                + "$$\\frac{\\partial L}{\\partial \\beta} = \\sum_{i=1}^m \\frac{\\partial L}{\\partial y_i}$$\n"
                + "$$\\frac{\\partial L}{\\partial \\beta} = \\sum_{i=1}^m \\frac{\\partial L}{\\partial y_i}\\hat{x}_i$$\n");
        String got = marks(inline + "$$\\frac{\\partial L}{\\partial \\gamma} = \\sum_{i=1}^m \\frac{\\partial L}{\\partial y_i}"
                + "\\hat{x}_i + 2\\gamma$$\n");
        assertTrue(got.startsWith("?") && got.contains("holds only if L depends on gamma also otherwise than through y"), got);
    }

    @Test
    void aLossTheDocumentDefinesIsNotReadThroughItsGradient() {
        // L defined: the step is judged with it, and a chain-rule step that drops L's own term in w is false
        String defined = "$$\\hat{y} = w x$$\n\n$$L = \\frac{1}{2}(\\hat{y} - t)^2 + \\frac{1}{2} w^2$$\n\n";
        assertMarks("✗", defined + "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial \\hat{y}} x$$\n");
        assertMarks("✓", defined + "$$\\frac{\\partial L}{\\partial w} = (\\hat{y} - t) x + w$$\n");
    }
}
