package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A document whose n is a quantity of its own — the negative of a triplet loss, {@code \|a - n\|^2} and
 * {@code \frac{\partial L}{\partial n}} — reads it apart from symgrad's range size n, over which the norms sum; a report
 * writes it as n. A document that writes n as a count keeps reading it so.
 */
class OwnLetterNTest {
    private static final String TRIPLET = "$$L = \\max\\left(0, \\|a - p\\|^2 - \\|a - n\\|^2 + m\\right)$$\n\n";

    @Test
    void theTripletLossGradientsUnderItsMarginCondition() {
        // was: ∂L/∂a = 2(n - p) a wrong ✗ (n the vector taken for the norms' number of terms), and ∂L/∂n 'not defined'
        CheckedDocument d = PublicInputsTest.check(TRIPLET + "Where $\\|a - p\\|^2 - \\|a - n\\|^2 + m > 0$,\n"
                + "$$\\frac{\\partial L}{\\partial a} = 2(n - p)$$\n$$\\frac{\\partial L}{\\partial p} = -2(a - p)$$\n"
                + "$$\\frac{\\partial L}{\\partial n} = 2(a - n)$$\n$$\\frac{\\partial L}{\\partial n} = 2(n - a)$$\n", "✓✓✓✗");
        String point = d.verdicts().get(3).verdict().orElseThrow().point().keySet().toString();
        assertTrue(point.contains("n_1") && point.contains("range size"), point);
        assertFalse(point.contains("nvar"), point);
    }

    @Test
    void aNegativeWrittenOnlyInTheNormsOfAnInlineDefinitionIsTheDocumentsOwn() {
        // was: ∂ℓ/∂a = 2(n - p) a wrong ✗ (n taken for the norms' number of terms): no step differentiates by n, and the
        // norms that make it a vector are in the prose's inline math
        PublicInputsTest.check("Triplet loss: $\\ell = \\max\\{0,\\; \\|a - p\\|^2 - \\|a - n\\|^2 + \\alpha\\}$.\n\n"
                + "When $\\ell > 0$:\n$$\\frac{\\partial \\ell}{\\partial a} = 2(n - p)$$\n$$\\frac{\\partial \\ell}{\\partial a} = 2(p - n)$$\n",
                "≈✗");
        PublicInputsTest.check("$$L = \\max(0, \\|a - p\\|^2 - \\|a - n\\|^2 + m)$$\nWhere $L > 0$,\n"
                + "$$\\frac{\\partial L}{\\partial p} = 2(p - a)$$\n$$\\frac{\\partial L}{\\partial a} = 2(n - p)$$\n", "≈≈");
    }

    @Test
    void aMarginStatedInWordsOnlyLeavesEachGradientUndecided() {
        // was: the first a wrong ✗, the last 'L is a sum whose number of terms is n'
        CheckedDocument d = PublicInputsTest.check(TRIPLET + "When the margin is violated,\n"
                + "$$\\frac{\\partial L}{\\partial a} = 2(n - p)$$\n$$\\frac{\\partial L}{\\partial n} = 2(a - n)$$\n", "??");
        assertTrue(d.verdicts().get(0).detail().contains("stated in words only"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aCountNamedNStaysTheRangeSize() {
        PublicInputsTest.check("For $x \\in \\mathbb{R}^n$ let $f = \\frac{1}{n}\\sum_{i=1}^n x_i^2$. Then\n"
                + "$$\\frac{\\partial f}{\\partial x_j} = \\frac{2x_j}{n}$$\n$$\\frac{\\partial f}{\\partial x_j} = 2x_j$$\n", "✓✗");
    }
}
