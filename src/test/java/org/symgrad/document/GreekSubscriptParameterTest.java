package org.symgrad.document;

import org.junit.jupiter.api.Test;

/**
 * A Greek letter the document uses as a value, written as the one subscript of a letter's name ({@code J_\lambda} beside
 * {@code \frac{\lambda}{2m}}), names the objective of that λ, as a word's Greek subscript already did
 * ({@code \mathrm{mm}_\omega}): read as an index, λ was an index used as a value and the step was refused.
 */
class GreekSubscriptParameterTest {
    private static final String RIDGE = "$$J(w) = \\frac{1}{m}\\sum_{i=1}^m (w x_i - y_i)^2$$\n"
            + "With L2 regularisation $J_\\lambda(w) = J(w) + \\frac{\\lambda}{2m} w^2$ we get\n"
            + "$$\\frac{\\partial J_\\lambda}{\\partial w} = \\frac{2}{m}\\sum_{i=1}^m (w x_i - y_i)x_i + \\frac{\\lambda}{m} w$$\n"
            + "$$\\frac{\\partial J_\\lambda}{\\partial w} = \\frac{2}{m}\\sum_{i=1}^m (w x_i - y_i)x_i + \\lambda w$$\n";

    @Test
    void aGreekValueSubscriptingANameIsPartOfTheName() {
        // the gradient ✓, the penalty without its 1/m ✗ (both were skipped: "the index lambda is used here as a value")
        PublicInputsTest.check(RIDGE, "✓✗");
    }

    @Test
    void aGreekSubscriptThatIsNoValueStaysAnIndex() {
        // θ_a is a family of entries: π_θ's θ is never a value here, and ∂/∂θ_c of the softmax policy is checked per entry
        PublicInputsTest.check("$$\\pi_\\theta(a) = \\frac{e^{\\theta_a}}{\\sum_{b} e^{\\theta_b}}$$\n"
                + "$$\\frac{\\partial \\pi_\\theta(a)}{\\partial \\theta_c} = \\pi_\\theta(a)(\\delta_{ac} - \\pi_\\theta(c))$$\n", "✓");
    }
}
