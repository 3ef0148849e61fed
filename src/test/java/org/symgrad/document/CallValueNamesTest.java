package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * {@link CallValueNames}: a name for the value of a function the document leaves undefined ("Writing $z = f(x)$") is a
 * variable a derivative may be taken by, each call f(x) being that name. Before, ∂L/∂z of an L written in f(x) was
 * undecided ("L does not depend on z as the document defines it").
 */
class CallValueNamesTest {
    private static final String MARGIN = "The loss is $L = \\log(1 + e^{-y f(x)})$. Writing $z = f(x)$,\n";

    @Test
    void aDerivativeByTheNameOfAnUndefinedFunctionsValueIsByThatValue() {
        assertMarks("✓", MARGIN + "$$\\frac{\\partial L}{\\partial z} = -y\\,\\sigma(-y z)$$\n");
        assertMarks("✗", MARGIN + "$$\\frac{\\partial L}{\\partial z} = -y\\,\\sigma(y z)$$\n");
        assertMarks("✗", MARGIN + "$$\\frac{\\partial L}{\\partial z} = \\sigma(-y z)$$\n");
    }

    @Test
    void theValueOfAFunctionTheDocumentDefinesThroughAnother() {
        // a GAN's discriminator D(x) = σ(a(x)) with a left undefined: ã names a at the fake sample
        String gan = "Let $D(x) = \\sigma(a(x))$ where $a$ is the logit. The discriminator loss is\n"
                + "$$L_D = -\\log D(x) - \\log(1 - D(\\tilde x)).$$\nWriting $\\tilde a = a(\\tilde x)$,\n";
        assertMarks("✓✓", gan + "$$\\frac{\\partial L_D}{\\partial \\tilde a} = D(\\tilde x) = \\sigma(\\tilde a)$$\n");
        assertMarks("✗", gan + "$$\\frac{\\partial L_D}{\\partial \\tilde a} = \\sigma(\\tilde a) - 1$$\n");
    }

    @Test
    void aValueNamedByItsFunctionsOwnLetterNamesTheCall() {
        // "Writing $a = a(x)$": a stands for the call a(x), a variable of its own for ∂L_D/∂a (was: ? 'LD does not depend on a');
        // a(x̃) stays a call of the function a where the derivative is by ã
        String gan = "Let $D(x) = \\sigma(a(x))$ where $a$ is the logit. The discriminator loss is\n"
                + "$$L_D = -\\log D(x) - \\log(1 - D(\\tilde x)).$$\nWriting $a = a(x)$ and $\\tilde a = a(\\tilde x)$,\n";
        assertMarks("✓✓", gan + "$$\\frac{\\partial L_D}{\\partial a} = D(x) - 1 = -\\sigma(-a)$$\n");
        assertMarks("✗", gan + "$$\\frac{\\partial L_D}{\\partial a} = 1 - D(x)$$\n");
        assertMarks("✓✓", gan + "$$\\frac{\\partial L_D}{\\partial \\tilde a} = D(\\tilde x) = \\sigma(\\tilde a)$$\n");
        assertMarks("✗", gan + "$$\\frac{\\partial L_D}{\\partial \\tilde a} = \\sigma(\\tilde a) - 1$$\n");
        // only a call at plain names is named so: a = a(x) + 1 stays an equation, no definition
        org.junit.jupiter.api.Assertions.assertTrue(CallValueNames.namesItsOwnCall("a = a(x)"));
        org.junit.jupiter.api.Assertions.assertFalse(CallValueNames.namesItsOwnCall("a = a(x) + 1"));
        org.junit.jupiter.api.Assertions.assertFalse(CallValueNames.namesItsOwnCall("a = a(2x)"));
    }

    @Test
    void aKnownOrDefinedFunctionsValueIsAReparametrisationInstead() {
        // z = tanh(x), z = f(x) with f defined: the chain rule through x (ReparametrisedDerivatives), not a variable of its own
        assertMarks("✗", "The loss is $L = x^2$. Writing $z = \\tanh(x)$,\n$$\\frac{\\partial L}{\\partial z} = 2z$$\n");
        assertMarks("✓", "Let $f(x) = x^3$ and the loss $L = \\log(1 + e^{-y f(x)})$. Writing $z = f(x)$,\n"
                + "$$\\frac{\\partial L}{\\partial z} = -y\\,\\sigma(-y z)$$\n");
    }
}
