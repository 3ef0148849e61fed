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
    void aFunctionOfAVectorDefinedBelowIsAppliedToTheExamplesAndRowsItWasCalledWith() {
        // Ng's linear regression with weight decay, h_θ(x) = Σ_k θ_k x_k below the cost: the call of a vector's
        // example x^{(i)} (components x_k^{(i)}) was left a call, so J depended on θ only through the decay
        // term and the right gradient was ✗ (expected λθ_j/m)
        String doc = "$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m}\\left(h_\\theta(x^{(i)}) - y^{(i)}\\right)^2"
                + " + \\frac{\\lambda}{2m}\\sum_{j=1}^{n}\\theta_j^2$$\n\nwhere\n\n$$h_\\theta(x) = \\sum_{k} \\theta_k x_k$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m}\\left(h_\\theta(x^{(i)})"
                + " - y^{(i)}\\right)x_j^{(i)} + \\frac{\\lambda}{m}\\theta_j$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m}\\sum_{i=1}^{m}\\left(h_\\theta(x^{(i)})"
                + " - y^{(i)}\\right)x_j^{(i)} + \\frac{2\\lambda}{m}\\theta_j$$\n");
        // another shape: Bishop's rows \\mathbf{x}_n (components x_{nk}), another letter and function
        String rows = "$$E = \\sum_{n} \\left(f(\\mathbf{x}_n) - t_n\\right)^2$$\n\n$$f(\\mathbf{x}) = \\sum_{k} w_k x_k$$\n\n";
        assertMarks("✓", rows + "$$\\frac{\\partial E}{\\partial w_a} = 2\\sum_{n} \\left(f(\\mathbf{x}_n) - t_n\\right) x_{na}$$\n");
        assertMarks("✗", rows + "$$\\frac{\\partial E}{\\partial w_a} = 2\\sum_{n} \\left(f(\\mathbf{x}_n) - t_n\\right) x_{an}$$\n");
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

    @Test
    void aGreekFunctionCalledOnAnExpressionBeforeItsDisplayDefinitionIsTheCall() {
        // Goodfellow et al. §6.2.2.2: J = ζ((1 − 2y)z), "where ζ is the softplus", ζ(u) = log(1 + e^u) below;
        // before: ζ·((1 − 2y)(wx + b)), a product, and both derivatives false (homework8 item 2)
        String doc = "$$J = \\zeta\\left((1 - 2y)(w x + b)\\right)$$\n\nwhere $\\zeta$ is the softplus,\n\n"
                + "$$\\zeta(u) = \\log(1 + \\exp(u))$$\n\n";
        assertMarks("✓", doc + "$$\\frac{\\partial J}{\\partial b} = (1 - 2y) \\, \\sigma\\left((1 - 2y)(w x + b)\\right)$$\n");
        assertMarks("✗", doc + "$$\\frac{\\partial J}{\\partial b} = \\sigma\\left((1 - 2y)(w x + b)\\right)$$\n");
        // other letters, a Latin name, two parameters, a := definition
        String phi = "$$N = \\phi(w x)$$\n\n$$\\phi(t) = t^2$$\n\n";
        assertMarks("✓", phi + "$$\\frac{\\partial N}{\\partial w} = 2 w x^2$$\n");
        assertMarks("✗", phi + "$$\\frac{\\partial N}{\\partial w} = w x^2$$\n");
        String g = "$$M = g(a + b, a b)$$\n\n$$g(u, v) := u v$$\n\n";
        assertMarks("✓", g + "$$\\frac{\\partial M}{\\partial a} = 2 a b + b^2$$\n");
    }

    @Test
    void aNameNeverDefinedAsAFunctionStaysAProduct() {
        // λ(a + b) with no definition λ(…) = … anywhere: λ times the bracket, as before
        assertMarks("✓", "$$L = \\lambda(a + b)$$\n\n$$\\frac{\\partial L}{\\partial a} = \\lambda$$\n");
        // a name defined by a value, not as a function, is no call either
        assertMarks("✓", "$$c = 3$$\n\n$$L = c(a + b)$$\n\n$$\\frac{\\partial L}{\\partial a} = 3$$\n");
    }
}
