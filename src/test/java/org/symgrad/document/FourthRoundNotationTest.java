package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The reading rules added for the fourth round of {@link FreshHomeworkTest}'s documents, each with a
 * right step (proven) and a wrong one (false), so that a rule that reads too much or too little fails
 * here; the checker samples every step numerically, which is the oracle. Where a rule refuses a
 * formula or leaves it undecided, the message says why.
 */
class FourthRoundNotationTest {
    private static final String POLICY = "$$\\pi(a) = \\frac{e^{\\theta_a}}{\\sum_{b} e^{\\theta_b}}$$\n\n";

    @Test
    void aFunctionOfAnIndexTakesTheIndexItIsCalledWith() {
        // a softmax policy written as a function of the action: π(b) is e^{θ_b}/Σ, not π(a) again
        assertMarks("✓", POLICY + "$$\\frac{\\partial \\log \\pi(a)}{\\partial \\theta_b} = \\mathbb{1}[a = b] - \\pi(b)$$\n");
        assertMarks("✗", POLICY + "$$\\frac{\\partial \\log \\pi(a)}{\\partial \\theta_b} = \\mathbb{1}[a = b] + \\pi(b)$$\n");
        assertMarks("✓", POLICY + "$$\\frac{\\partial \\pi(a)}{\\partial \\theta_c} = \\pi(a) (\\mathbb{1}[a = c] - \\pi(c))$$\n");
        assertMarks("✓", POLICY + "$$1 \\cdot \\pi(2) = \\frac{e^{\\theta_2}}{\\sum_{d} e^{\\theta_d}}$$\n");
        assertMarks("✗", POLICY + "$$1 \\cdot \\pi(2) = \\frac{e^{\\theta_1}}{\\sum_{d} e^{\\theta_d}}$$\n");
        // an argument that is no index is refused, never substituted for a value the body does not have
        String refused = marks(POLICY + "$$\\pi(x + 1) = 1$$\n");
        assertTrue(refused.contains("takes the index a"), refused);
    }

    @Test
    void aComponentDefinedAtAConcreteIndexIsANameOfItsOwn() {
        // MML Example 5.8: df/dt through x_1 = sin t, x_2 = cos t
        String curve = "$$f = x_1^2 + 2 x_2$$\n\n$$x_1 = \\sin t$$\n\n$$x_2 = \\cos t$$\n\n";
        assertMarks("✓✓", curve + "$$\\frac{\\mathrm{d}f}{\\mathrm{d}t} = \\frac{\\partial f}{\\partial x_1} "
                + "\\frac{\\partial x_1}{\\partial t} + \\frac{\\partial f}{\\partial x_2} \\frac{\\partial x_2}{\\partial t} "
                + "= 2 \\sin t \\cos t - 2 \\sin t$$\n");
        assertMarks("✗", curve + "$$\\frac{\\mathrm{d}f}{\\mathrm{d}t} = 2 \\sin t \\cos t + 2 \\sin t$$\n");
        assertMarks("✓", curve + "$$\\frac{\\partial f}{\\partial x_1} = 2 x_1$$\n");
        assertMarks("✗", curve + "$$\\frac{\\partial f}{\\partial x_1} = x_1$$\n");
        // the same vector at an index name beside it is refused with a message
        String mixed = marks("$$y_1 = 3 t$$\n\n$$\\sum_i y_i = y_1$$\n");
        assertTrue(mixed.startsWith("–") && mixed.contains("defines y_1 one by one"), mixed);
        // a function of x_1, x_2 keeps its own parameters: it is not rewritten by a later x_1 = …
        String function = "$$g(x_1, x_2) = x_1 x_2$$\n\n$$x_1 = \\sin t$$\n\n";
        assertMarks("✓", function + "$$\\frac{\\partial g(x_1, x_2)}{\\partial x_1} = x_2$$\n");
    }

    @Test
    void theGammaFunctionIsACallOfTheRegistrysGammaWhateverItsArgument() {
        // Γ(x + 1) = x Γ(x) holds for the Gamma function (evaluated since issue 9 item 2), not Γ times a bracket
        assertMarks("≈", "$$\\Gamma(x + 1) = x \\Gamma(x)$$\n");
        assertMarks("✗", "$$\\Gamma(x + 1) = \\Gamma(x)$$\n");
        // where the derivative removes it, the step is checked as usual
        String gamma = "$$\\ell = (\\alpha - 1) \\log x - \\frac{x}{\\theta} - \\log \\Gamma(\\alpha) - \\alpha \\log \\theta$$\n\n";
        assertMarks("✓", gamma + "$$\\frac{\\partial \\ell}{\\partial \\theta} = \\frac{x}{\\theta^2} - \\frac{\\alpha}{\\theta}$$\n");
        assertMarks("✗", gamma + "$$\\frac{\\partial \\ell}{\\partial \\theta} = \\frac{x}{\\theta^2} - \\frac{1}{\\theta}$$\n");
        // through it, ψ = Γ'/Γ: proven, and a step that drops ψ(α) is false
        assertMarks("✓", gamma + "$$\\frac{\\partial \\ell}{\\partial \\alpha} = \\log x - \\psi(\\alpha) - \\log \\theta$$\n");
        assertMarks("✗", gamma + "$$\\frac{\\partial \\ell}{\\partial \\alpha} = \\log x - \\log \\theta$$\n");
        // a document that defines Γ as a value keeps it a name
        assertMarks("✓", "$$\\Gamma = 2 a$$\n\n$$\\Gamma (a + 1) = 2 a^2 + 2 a$$\n");
    }

    @Test
    void aSampleIndexIsOneWhereverTheEquationUsesTheLetterAsAnIndex() {
        // CS229: x_j^{(i)} is feature j of example i; x_i^{(j)} on the right of ∂J/∂θ_j swaps them
        String lms = "$$J = \\frac{1}{2}\\sum_{i=1}^{m} \\left( \\sum_k \\theta_k x_k^{(i)} - y^{(i)} \\right)^2$$\n\n";
        assertMarks("✓", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{m} "
                + "\\left( \\sum_k \\theta_k x_k^{(i)} - y^{(i)} \\right) x_j^{(i)}$$\n");
        assertMarks("✗", lms + "$$\\frac{\\partial J}{\\partial \\theta_j} = \\sum_{i=1}^{m} "
                + "\\left( \\sum_k \\theta_k x_k^{(i)} - y^{(i)} \\right) x_i^{(j)}$$\n");
    }

    @Test
    void capitalsTheDocumentDefinesTogetherAreOneName() {
        String focal = "$$p = \\sigma(x)$$\n\n$$FL = -(1 - p)^\\gamma \\log p$$\n\n";
        assertMarks("✓", focal + "$$\\frac{\\partial FL}{\\partial p} = \\gamma (1 - p)^{\\gamma - 1} \\log p "
                + "- \\frac{(1 - p)^\\gamma}{p}$$\n");
        assertMarks("✓", focal + "$$\\frac{\\partial FL}{\\partial x} = (1 - p)^\\gamma (\\gamma p \\log p + p - 1)$$\n");
        assertMarks("✗", focal + "$$\\frac{\\partial FL}{\\partial x} = (1 - p)^\\gamma (\\gamma p \\log p + p)$$\n");
        // defined as a function of its argument, FL(p) = …, the capitals are one name too
        String function = "$$p = \\sigma(z)$$\n\n$$FL(p) = -(1-p)^\\gamma \\log p$$\n\n";
        assertMarks("✓", function + "$$\\frac{d FL}{d z} = \\gamma p (1-p)^{\\gamma}\\log p - (1-p)^{\\gamma+1}$$\n");
        assertMarks("✗", function + "$$\\frac{d FL}{d z} = \\gamma p (1-p)^{\\gamma}\\log p - (1-p)^{\\gamma}$$\n");
        // capitals no equation defines stay a product
        assertMarks("✓", "$$(A + B)^2 = A^2 + 2AB + B^2$$\n");
    }

    @Test
    void aWrongStepInADefinedIntermediateIsFalseNotUndecided() {
        // ∂FL/∂p with p = σ(x): both sides are read in p, the variable the step differentiates by
        String focal = "$$p = \\sigma(x)$$\n\n$$FL = -(1 - p)^\\gamma \\log p$$\n\n";
        assertMarks("✓", focal + "$$\\frac{\\partial FL}{\\partial p} = \\gamma (1 - p)^{\\gamma - 1} \\log p "
                + "- \\frac{(1 - p)^\\gamma}{p}$$\n");
        assertMarks("✗", focal + "$$\\frac{\\partial FL}{\\partial p} = \\gamma (1 - p)^{\\gamma - 1} \\log p$$\n");
        String rms = "$$v = \\rho u + (1 - \\rho) g^2$$\n\n$$\\Delta\\theta = -\\frac{\\eta g}{\\sqrt{v + \\epsilon}}$$\n\n";
        assertMarks("✓", rms + "$$\\frac{\\partial \\Delta\\theta}{\\partial v} = \\frac{\\eta g}{2 (v + \\epsilon)^{3/2}}$$\n");
        assertMarks("✗", rms + "$$\\frac{\\partial \\Delta\\theta}{\\partial v} = \\frac{\\eta g}{(v + \\epsilon)^{3/2}}$$\n");
        // a name on one side only is still not guessed at: undecided
        String other = marks("$$a = \\sigma(z)$$\n\n$$\\frac{\\partial a}{\\partial z} = q$$\n");
        assertTrue(other.startsWith("?"), other);
    }

    @Test
    void anIncrementTheDocumentDefinesIsOneName() {
        String rms = "$$\\Delta\\theta = -\\frac{\\eta g}{\\sqrt{v + \\epsilon}}$$\n\n";
        assertMarks("✓", rms + "$$\\frac{\\partial \\Delta\\theta}{\\partial v} = \\frac{\\eta g}{2 (v + \\epsilon)^{3/2}}$$\n");
        assertMarks("✗", rms + "$$\\frac{\\partial \\Delta\\theta}{\\partial v} = \\frac{\\eta g}{(v + \\epsilon)^{3/2}}$$\n");
        String rule = "$$\\Delta w_{ij} = -\\eta x_i d_j$$\n\n";
        assertMarks("✓", rule + "$$\\frac{\\partial \\Delta w_{ij}}{\\partial d_j} = -\\eta x_i$$\n");
        // Δ the document does not define as an increment stays a name: a margin, a product
        assertMarks("✓", "$$s = x + \\Delta$$\n\n$$\\frac{\\partial s}{\\partial \\Delta} = 1$$\n");
        assertMarks("✓", "$$\\Delta x + \\Delta y = \\Delta (x + y)$$\n");
    }
}
