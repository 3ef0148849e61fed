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
    void aKnownOrDefinedFunctionsValueIsAReparametrisationInstead() {
        // z = tanh(x), z = f(x) with f defined: the chain rule through x (ReparametrisedDerivatives), not a variable of its own
        assertMarks("✗", "The loss is $L = x^2$. Writing $z = \\tanh(x)$,\n$$\\frac{\\partial L}{\\partial z} = 2z$$\n");
        assertMarks("✓", "Let $f(x) = x^3$ and the loss $L = \\log(1 + e^{-y f(x)})$. Writing $z = f(x)$,\n"
                + "$$\\frac{\\partial L}{\\partial z} = -y\\,\\sigma(-y z)$$\n");
    }
}
