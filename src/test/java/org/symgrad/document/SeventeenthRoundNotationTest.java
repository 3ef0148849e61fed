package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * Notation from homework round seventeen ({@code fresh-homework}, from {@code arjovsky-wgan-critic.md} on in the
 * README's table). The bare shorthand {@code \sigma' = \sigma(1 - \sigma)} states σ′(u) = σ(u)(1 − σ(u)) at any
 * argument; it could not be read ("a prime on a name differentiates a function of one variable"). An iterate
 * {@code V^{(t+1)} = V^{(t)} - \eta g} was V raised to the power t + 1 beside a label (t), and the update rule was
 * undecided; it is the step index, as {@code V_{t+1} = V_t - \eta g} writes it. A power of an exponential,
 * {@code (e^\eta)^{1-p}}, and tan, sec and sin² against cos² were only numerically equal: the prover writes
 * (e^v)^u as e^{uv}, tan as sin/cos and sin² as 1 − cos², so they are proven.
 */
class SeventeenthRoundNotationTest {
    @Test
    void aBarePrimedKnownFunctionStatesItsDerivativeAtAnyArgument() {
        assertMarks("✓", "$$\\sigma' = \\sigma(1 - \\sigma)$$\n");
        assertMarks("✓", "$$\\sigma' = \\sigma \\cdot (1 - \\sigma)$$\n");
        assertMarks("✗", "$$\\sigma' = \\sigma(1 + \\sigma)$$\n");
        assertMarks("✗", "$$\\sigma' = 1 - \\sigma$$\n");
        // the second derivative too
        assertMarks("✓", "$$\\sigma'' = \\sigma(1 - \\sigma)(1 - 2\\sigma)$$\n");
        // beside a call of σ in the same document, and with the argument's letter in use
        String irt = "$$P = \\sigma\\left( a (u - b) \\right)$$\n\n";
        assertMarks("✓✓", irt + "$$\\sigma' = \\sigma(1 - \\sigma)$$\n\n$$\\frac{\\partial P}{\\partial u} = a P (1 - P)$$\n");
        // σ written as a quantity (σ², a scale) is no function: its prime is still refused
        assertMarks("–", "$$\\ell = -\\log \\sigma^2$$\n\n$$\\sigma' = \\sigma(1 - \\sigma)$$\n");
    }

    @Test
    void anIterateAboveANameIsTheStepIndexNotAPower() {
        String q = "$$Q(V) = \\frac{1}{2} (v - V S)^2$$\n\n";
        // the update rule defines the next iterate, as V_{t+1} = V_t - … does: nothing to check, nothing false
        assertMarks("", q + "$$V^{(t+1)} = V^{(t)} - \\eta \\frac{\\partial Q}{\\partial V}$$\n");
        assertMarks("", q + "$$V_{t+1} = V_t - \\eta \\frac{\\partial Q}{\\partial V}$$\n");
        assertMarks("", "$$\\beta^{(k+1)} = \\beta^{(k)} - 2 \\eta (\\beta^{(k)} - 3)$$\n");
        assertMarks("", "$$w^{(t)} = w^{(t-1)} + \\eta (y - w^{(t-1)} x) x$$\n");
        // a derivative of a defined function with the iterate as its argument still reads the iterate as a name
        String f = "$$f(w) = (w - 3)^2$$\n\n";
        assertMarks("✓", f + "$$f'(w^{(t)}) = 2 (w^{(t)} - 3)$$\n");
        assertMarks("✗", f + "$$f'(w^{(t+1)}) = 2 (w^{(t)} - 3)$$\n");
        // a power in parentheses that is no letter and number is still a power
        assertMarks("✓", "$$\\frac{d}{dx} x^{(2+1)} = 3 x^2$$\n");
    }

    @Test
    void powersOfExponentialsAndTrigonometricIdentitiesAreProven() {
        assertMarks("✓", "$$(e^\\eta)^{1-p} = e^{(1-p)\\eta}$$\n");
        assertMarks("✓", "$$\\frac{d}{d\\eta} (e^\\eta)^{2-p} = (2-p) e^{(2-p)\\eta}$$\n");
        assertMarks("✓", "$$(e^{2x})^{y} = e^{2 x y}$$\n");
        assertMarks("✓", "$$\\left( e^{x} \\right)^{a} \\left( e^{x} \\right)^{-a} = 1$$\n");
        assertMarks("✗", "$$(e^\\eta)^{1-p} = e^{(1+p)\\eta}$$\n");
        assertMarks("✓", "$$\\sin^2 x + \\cos^2 x = 1$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\tan x = \\sec^2 x$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\tan(3x) = 3 \\sec^2(3x)$$\n");
        assertMarks("✓", "$$\\tan x = \\frac{\\sin x}{\\cos x}$$\n");
        assertMarks("✓", "$$\\sin^4 x - \\cos^4 x = \\sin^2 x - \\cos^2 x$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\ln \\left( \\sec x \\right) = \\tan x$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\sec x = \\sec x \\tan x$$\n");
        assertMarks("✗", "$$\\frac{d}{dx} \\tan x = \\sec x$$\n");
        assertMarks("✗", "$$\\frac{d}{dx} \\tan x = 1 - \\tan^2 x$$\n");
        assertMarks("✗", "$$\\sin^2 x - \\cos^2 x = 1 - 2 \\sin^2 x$$\n");
    }

    @Test
    void aSubscriptLetterTheDocumentUsesAsAValueNamesAParameter() {
        // Zhang & Sabuncu (2018): the loss of a given q, beside the power p^q
        String gce = "$$\\mathcal{L}_q = \\frac{1 - p^q}{q}$$\n\n";
        assertMarks("✓", gce + "$$\\frac{\\partial \\mathcal{L}_q}{\\partial p} = -p^{q-1}$$\n");
        assertMarks("✗", gce + "$$\\frac{\\partial \\mathcal{L}_q}{\\partial p} = -p^{q}$$\n");
        assertMarks("✓", gce + "$$\\frac{\\partial \\mathcal{L}_q}{\\partial q} = \\frac{-p^q \\log p}{q} - \\frac{1 - p^q}{q^2}$$\n");
        // Cui et al. (2019): the size n_y of the class of the label y, which the loss also uses as a value
        String cb = "$$L(z) = -\\frac{1 - \\beta}{1 - \\beta^{n_y}} \\left( y \\log \\sigma(z) + (1 - y) \\log(1 - \\sigma(z)) \\right)$$\n\n";
        assertMarks("✓", cb + "$$\\frac{\\partial L}{\\partial z} = \\frac{1 - \\beta}{1 - \\beta^{n_y}} \\left( \\sigma(z) - y \\right)$$\n");
        assertMarks("✗", cb + "$$\\frac{\\partial L}{\\partial z} = \\frac{1 - \\beta}{1 - \\beta^{n_y}} \\left( y - \\sigma(z) \\right)$$\n");
        // a letter a sum binds stays an index, and a name with other indices is a family: p_j is an entry of p
        String e = "$$E = \\sum_{k=1}^{3} k p_k$$\n\n";
        assertMarks("✓", e + "$$\\frac{\\partial E}{\\partial p_j} = j$$\n");
        // a letter that also subscripts a name written with another index keeps being an index there
        assertMarks("✓", "$$f = \\sum_{i=1}^{n} w_i x_i$$\n\n$$\\frac{\\partial f}{\\partial w_i} = x_i$$\n");
    }
}
