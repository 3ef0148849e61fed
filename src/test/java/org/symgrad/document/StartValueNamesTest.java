package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A name defined whole in one formula and written at the subscript 0 in another, "$h = \tanh(a)$ with $a = w h_0 + u x$",
 * has h_0 for its value before, a name of its own ({@link StartValueNames}): read as an entry of h, h → a → h was a recursive
 * definition and every step was ? ("ell is not defined in the document"). A base written with another subscript too (h_t) is
 * a family, whose h_0 stays its member.
 */
class StartValueNamesTest {
    private static final String STEP = "For one step of an RNN, $h = \\tanh(a)$ with $a = w h_0 + u x$, and loss $\\ell = \\frac{1}{2}(h - t)^2$.\n";

    @Test
    void theStateBeforeIsANameOfItsOwn() {
        check(STEP + "\\begin{align*}\n\\frac{\\partial \\ell}{\\partial w} &= (h - t)\\,(1 - h^2)\\, h_0 \\\\\n"
                + "\\frac{\\partial \\ell}{\\partial u} &= (h - t)\\,(1 - h^2) \\\\\n"
                + "\\frac{\\partial \\ell}{\\partial h_0} &= (h - t)\\,(1 - h^2)\\, w\n\\end{align*}\n", "✓✗✓");
    }

    @Test
    void aFamilysStartStaysItsMember() {
        check("$$h_t = \\tanh(w h_{t-1} + x_t)$$\n\nwith $h_0 = 0$.\n\n$$h_1 = \\tanh(x_1)$$\n\n$$h_1 = \\tanh(w + x_1)$$\n", "✓✗");
    }
}
