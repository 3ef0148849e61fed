package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * {@link CallsBeforeDefinition}: a function the document defines below its first use ("where
 * {@code h_θ(x) = θ_0 + θ_1 x}") is applied where the earlier definitions call it, so the claims after
 * the definition are decided, right (✓) and wrong (✗) alike; the checker samples each step, the oracle.
 */
class CallsBeforeDefinitionTest {

    @Test
    void aHypothesisDefinedBelowTheCostIsAppliedInIt() {
        String doc = "$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^m (h_\\theta(x^{(i)}) - y^{(i)})^2$$\n\nwhere\n\n"
                + "$$h_\\theta(x) = \\theta_0 + \\theta_1 x$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial J}{\\partial \\theta_1} = \\frac{1}{m}\\sum_{i=1}^m "
                + "(h_\\theta(x^{(i)}) - y^{(i)}) x^{(i)}$$\n");
        assertMarks("✓", doc + "$$\\frac{\\partial J}{\\partial \\theta_0} = \\frac{1}{m}\\sum_{i=1}^m "
                + "(h_\\theta(x^{(i)}) - y^{(i)})$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial J}{\\partial \\theta_0} = \\frac{1}{m}\\sum_{i=1}^m "
                + "(h_\\theta(x^{(i)}) - y^{(i)}) x^{(i)}$$\n");
    }

    @Test
    void aLossOfTwoArgumentsDefinedBelowItsSumIsApplied() {
        // another shape: a per-example loss of two arguments, called with components, defined after the total
        String doc = "$$L = \\sum_{i} \\ell(y_i, \\hat{y}_i)$$\n\n$$\\ell(a, b) = \\frac{1}{2}(a - b)^2$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial L}{\\partial \\hat{y}_j} = \\hat{y}_j - y_j$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial L}{\\partial \\hat{y}_j} = y_j - \\hat{y}_j$$\n");
        // and through another function defined before it: f(u) = e^{u} calls g below
        String chain = "$$f(u) = g(u)^2$$\n\n$$g(t) = \\sin t$$\n\n";
        assertMarks("✓", chain + "$$\\frac{d f(x)}{d x} = 2 \\sin x \\cos x$$\n");
        assertMarks("✗", chain + "$$\\frac{d f(x)}{d x} = 2 \\sin x$$\n");
    }
}
