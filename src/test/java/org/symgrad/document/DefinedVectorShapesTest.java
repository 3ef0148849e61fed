package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A declared matrix times a vector the document defines (h = σ(Xθ)) added to a declared one (h − y, y ∈ {0,1}^m): the sum
 * has the declared length, so {@code X (h - y)} with X m × n is undefined, ✗ 'the shapes do not match', and the transpose
 * that fits is named. Before: '?' with a wrong reason, 'J does not depend on θ' (the product read as one of numbers).
 */
class DefinedVectorShapesTest {
    private static final String LOGISTIC = "Let $X \\in \\mathbb{R}^{m \\times n}$, $y \\in \\{0,1\\}^m$, $\\theta \\in \\mathbb{R}^n$ and "
            + "$h = \\sigma(X\\theta)$. The cost is\n$$J(\\theta) = -\\frac{1}{m}\\left(y^T \\log h + (1 - y)^T \\log(1 - h)\\right)$$\n"
            + "and its gradient is\n";

    @Test
    void theVectorisedLogisticGradientWithoutItsTranspose() {
        assertMarks("✓", LOGISTIC + "$$\\nabla_\\theta J = \\frac{1}{m} X^T (h - y)$$\n");
        String got = marks(LOGISTIC + "$$\\nabla_\\theta J = \\frac{1}{m} X (h - y)$$\n");
        assertTrue(got.startsWith("✗") && got.contains("the shapes do not match") && got.contains("transposed (n × m)"), got);
        assertFalse(got.contains("does not depend"), got);
    }
}
