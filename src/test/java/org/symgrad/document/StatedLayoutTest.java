package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The layout the text says it writes derivatives in (StatedLayout): in the denominator layout ∂(Ax)/∂x = Aᵀ, which this check,
 * reading a Jacobian in the numerator layout, made ✗ (WRONG) and A ✓ (WRONG); both are undecided now, saying why. In the numerator
 * layout a derivative by a matrix written in its transpose's shape is undecided, not false.
 */
class StatedLayoutTest {
    @Test
    void aJacobianInTheDenominatorLayout() {
        String doc = "We use the denominator layout (Hessian formulation).\n\nLet $A \\in \\mathbb{R}^{m \\times n}$ and\n\n$$\\mathbf{y} = A\\mathbf{x}$$\n\n";
        assertMarks("??", doc + "$$\\frac{\\partial \\mathbf{y}}{\\partial \\mathbf{x}} = A^\\top$$\n\n$$\\frac{\\partial \\mathbf{y}}{\\partial \\mathbf{x}} = A$$\n");
        assertMarks("✓✗", "Let $A \\in \\mathbb{R}^{m \\times n}$ and\n\n$$\\mathbf{y} = A\\mathbf{x}$$\n\n"
                + "$$\\frac{\\partial \\mathbf{y}}{\\partial \\mathbf{x}} = A$$\n\n$$\\frac{\\partial \\mathbf{y}}{\\partial \\mathbf{x}} = A^\\top$$\n");
    }

    @Test
    void aGradientByAMatrixInTheNumeratorLayout() {
        assertMarks("?", "We write derivatives in the numerator layout.\n\nLet $A \\in \\mathbb{R}^{p\\times q}$, $B \\in \\mathbb{R}^{q\\times r}$, "
                + "$X \\in \\mathbb{R}^{r \\times p}$ and\n$$f(X) = \\operatorname{tr}(ABX)$$\n\n$$\\frac{\\partial f}{\\partial X} = AB$$\n");
    }

    @Test
    void whatTheTextSays() {
        assertEquals(StatedLayout.Layout.DENOMINATOR, StatedLayout.in("We use the denominator layout, not the numerator layout."));
        assertEquals(StatedLayout.Layout.NUMERATOR, StatedLayout.in("in the Jacobian formulation"));
        assertEquals(StatedLayout.Layout.NONE, StatedLayout.in("Both the numerator layout and the denominator layout are in use."));
    }
}
