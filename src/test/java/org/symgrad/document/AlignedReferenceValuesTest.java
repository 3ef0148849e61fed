package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A row of an alignment that defines a name whole in terms of its own numbered value, "m &= \beta_1 m_0 + (1 - \beta_1) g",
 * makes m_0 another name (its start value), as a display's {@code $$m = \beta_1 m_0 + …$$} does
 * ({@link org.symgrad.parse.latex.ReferenceValues}, read row by row): was "recursive definition m → m" and every step skipped.
 */
class AlignedReferenceValuesTest {
    private static final String ADAM = "Adam update for one scalar parameter (ignore bias correction):\n\\begin{align*}\n"
            + "m &= \\beta_1 m_0 + (1 - \\beta_1) g, \\\\\nv &= \\beta_2 v_0 + (1 - \\beta_2) g^2, \\\\\n"
            + "\\theta' &= \\theta - \\alpha \\frac{m}{\\sqrt{v} + \\epsilon}.\n\\end{align*}\n";

    @Test
    void theStartValuesOfAnAlignedUpdateAreNamesOfTheirOwn() {
        check(ADAM + "$$\\frac{\\partial \\theta'}{\\partial g} = -\\alpha\\left(\\frac{1 - \\beta_1}{\\sqrt{v} + \\epsilon} "
                + "- \\frac{m (1 - \\beta_2) g}{\\sqrt{v}(\\sqrt{v} + \\epsilon)^2}\\right)$$\n\n"
                + "$$\\frac{\\partial \\theta'}{\\partial g} = -\\alpha \\frac{1 - \\beta_1}{\\sqrt{v} + \\epsilon}$$\n", "✓✗");
    }

    @Test
    void theStartValueIsNoEntryOfTheName() {
        check(ADAM + "$$\\frac{\\partial m}{\\partial m_0} = \\beta_1$$\n\n$$\\frac{\\partial m}{\\partial m_0} = 1 - \\beta_1$$\n", "✓✗");
    }
}
