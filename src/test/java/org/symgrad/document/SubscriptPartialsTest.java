package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Partial derivatives written as subscripts on the name of a function of several variables ({@code g_x}, {@code g_{xy}}
 * beside {@code g(x, y) = …}), read as {@code \frac{\partial g}{\partial x}} is ({@code NameResolution.partialSubscripts}).
 * They were read as the definition of a family g, so their first-order conditions ({@code g_x = 3x^2 - 3 = 0}) were
 * false as identities and a wrong partial went unchecked.
 */
class SubscriptPartialsTest {
    private static final String CRITICAL = "$$g(x, y) = x^3 - 3x + y^2$$\n"
            + "$$g_x = 3x^2 - 3 = 0, \\quad g_y = 2y = 0$$\nso the critical points are $(\\pm 1, 0)$. Then\n"
            + "$$g_{xx} = 6x, \\quad g_{yy} = 2, \\quad g_{xy} = 0.$$\n";

    @Test
    void subscriptsOnAFunctionOfSeveralVariablesArePartialDerivatives() {
        CheckedDocument d = PublicInputsTest.check(CRITICAL, "✓–✓–✓✓✓");
        assertTrue(d.verdicts().get(0).notes().stream().anyMatch(n -> n.text().contains("partial derivative of g in x")),
                () -> d.verdicts().get(0).notes().toString());
    }

    @Test
    void aWrongSubscriptPartialIsFalse() {
        PublicInputsTest.check(CRITICAL.replace("g_{xx} = 6x", "g_{xx} = 3x"), "✓–✓–✗✓✓");
    }

    @Test
    void otherSubscriptsStayNames() {
        // g_1 and g_t (t no parameter of g) are not derivatives: each defines a name of its own, unchecked
        PublicInputsTest.check("$$g(x, y) = x^3 + y^2$$\n$$g_1 = 5$$\n$$g_t = 2$$\n", "");
    }

    @Test
    void aBestResponseSolvesTheFirstOrderConditionOfAnIndexedChoice() {
        // q_1 is defined as a component, which renames it everywhere: the derivative by q_1 is taken by that name
        PublicInputsTest.check("Firm 1's profit is\n$$\\pi_1 = (a - b(q_1 + q_2)) q_1 - c q_1.$$\nSetting the derivative to zero,\n"
                + "$$\\frac{\\partial \\pi_1}{\\partial q_1} = a - 2b q_1 - b q_2 - c = 0,$$\nwhich we solve for the best response\n"
                + "$$q_1 = \\frac{a - c - b q_2}{2b}.$$\n", "✓–✓");
    }
}
