package org.symgrad.document;

import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A case stated of a name the document defines ("When $z > 0$" of z = w x + b) is a case of that name's value: the points
 * drawn have w x + b > 0, and the ReLU's max is taken on that side. Was: read as a bound on a free variable z, which the
 * step's expansion no longer has, so the case constrained nothing and the right ∂L/∂w = (a − y)x of the live unit was ✗.
 * A single name the document leaves undefined keeps its bound ("For $w > 0$", proven under w > 0).
 */
class CasesOfDefinedNamesTest {
    @Test
    void aCaseOfADisplayedNameIsACaseOfItsValue() {
        String relu = """
                $$z = w x + b$$
                $$a = \\max(0, z)$$
                $$L = \\frac{1}{2}(a - y)^2$$

                """;
        check(relu + """
                When $z > 0$:
                $$\\frac{\\partial L}{\\partial w} = (a - y) x$$

                When $z > 0$:
                $$\\frac{\\partial L}{\\partial w} = (a - y)$$
                """, "✓✗");
    }

    @Test
    void aCaseOfAnAnnouncedInlineNameIsACaseOfItsValue() {
        String relu = "Let $z = w x + b$, $a = \\max(0, z)$ and $L = \\frac{1}{2}(a - y)^2$.\n\n";
        String live = check(relu + "When $z > 0$, $a = z$ and so\n$$\\frac{\\partial L}{\\partial w} = (a - y) x$$\n")
                .verdicts().get(0).outcome().mark();
        org.junit.jupiter.api.Assertions.assertTrue(live.equals("✓") || live.equals("≈"), live);
        check(relu + "When $z < 0$ the unit is dead and\n$$\\frac{\\partial L}{\\partial w} = (a - y) x$$\n", "✗");
    }

    @Test
    void aCaseOfAnAnnouncedInlineNameHoldsWhereTheStepDoesNotWriteIt() {
        // ∂J/∂w expands J's max(0, 1 − y w x) and never writes m: the case is of m's value, y w x ≥ 1
        String hinge = "The objective is\n$$J(w) = \\frac{\\lambda}{2} w^2 + \\max(0, 1 - y w x).$$\nLet $m = y w x$ denote the margin.\n\n";
        check(hinge + "If $m \\ge 1$:\n$$\\frac{dJ}{dw} = \\lambda w .$$\n"
                + "If $m < 1$:\n$$\\frac{dJ}{dw} = \\lambda w - y x .$$\n"
                + "If $m < 1$:\n$$\\frac{dJ}{dw} = \\lambda w + y x .$$\n", "≈✓✗");
    }
}
