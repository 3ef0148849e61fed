package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * The Hessian of a function of a plain vector written as a call, {@code \nabla^2 L(w) = X^\top X + \lambda I} (EntryParameters:
 * the argument of {@code \nabla^2 f(w)} as of {@code \nabla f(w)}; was: skipped, '\nabla of a vector is matrix notation'), and
 * a matrix of zeros and ones declared by its shape, {@code Y \in \{0,1\}^{n \times K}} (Dimensions, as
 * {@code \mathbb{R}^{n \times K}}): {@code (P - Y) X^\top} with X n × d is a product the declarations leave undefined (was:
 * skipped, 'Y, which the document writes by its entries, here as a number').
 */
class RidgeAndLabelMatricesTest {
    @Test
    void theRidgeHessianIsTheGramMatrixPlusTheRidge() {
        String ridge = "# Ridge regression\n\nLet $X \\in \\mathbb{R}^{n \\times d}$, $y \\in \\mathbb{R}^n$ and\n"
                + "$$L(w) = \\frac{1}{2}\\|Xw - y\\|^2 + \\frac{\\lambda}{2}\\|w\\|^2.$$\nThen\n";
        assertMarks("✓", ridge + "$$\\nabla^2 L(w) = X^\\top X + \\lambda I$$\n");
        assertMarks("✗", ridge + "$$\\nabla^2 L(w) = X^\\top X + 2\\lambda I$$\n");
        assertMarks("✗", ridge + "$$\\nabla^2 L(w) = X X^\\top + \\lambda I$$\n");
    }

    @Test
    void aBinaryLabelMatrixHasTheShapeItIsDeclared() {
        String softmax = "# Softmax regression\n\nLet $X \\in \\mathbb{R}^{n \\times d}$, $W \\in \\mathbb{R}^{d \\times K}$, "
                + "$Y \\in \\{0,1\\}^{n \\times K}$ with one-hot rows, and $P_{ik} = \\frac{e^{(XW)_{ik}}}{\\sum_{l} e^{(XW)_{il}}}$.\n"
                + "The loss is $L = -\\sum_{i=1}^n \\sum_{k=1}^K Y_{ik} \\log P_{ik}$.\n";
        assertMarks("✗", softmax + "$$\\frac{\\partial L}{\\partial W} = (P - Y) X^\\top$$\n");
        String why = marks(softmax + "$$\\frac{\\partial L}{\\partial W} = (P - Y) X^\\top$$\n");
        assertTrue(why.contains("the shapes do not match") && why.contains("n × K"), why);
    }
}
