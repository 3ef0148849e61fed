package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.symgrad.print.Printer;

/**
 * A false mixed second derivative ({@code \frac{\partial^2 \ell}{\partial w_j \partial w_k}}, a Hessian entry) states
 * the correct right side as a false first derivative does; it was left out because only repeated derivatives by one
 * variable were taken. The deriver takes the inner derivative first, as a script's Hessian does.
 */
class MixedDerivativeExpectedTest {
    private static PairVerdict only(CheckedDocument d) {
        return d.verdicts().get(d.verdicts().size() - 1);
    }

    @Test
    void aHessianEntryWithoutTheLabelsSquareNamesIt() {
        String loss = "$$\\ell(w) = \\sum_{i=1}^N \\log(1 + \\exp(-y_i w^\\top x_i)) + \\frac{\\lambda}{2}\\|w\\|^2$$\n\n";
        // y_i² dropped: right only for labels ±1, which this document does not say
        CheckedDocument d = PublicInputsTest.check(loss + "$$\\frac{\\partial^2 \\ell}{\\partial w_j \\partial w_k} = "
                + "\\sum_{i=1}^N x_{ij} x_{ik} \\sigma(y_i w^\\top x_i)(1 - \\sigma(y_i w^\\top x_i)) + \\lambda \\delta_{jk}$$\n");
        assertEquals("✗", PublicInputsTest.marks(d), PublicInputsTest.describe(d));
        String expected = Printer.ascii(only(d).expected().orElseThrow());
        assertTrue(expected.contains("y_i^2") && expected.contains("lambda*delta(j,k)"), expected);
        // with the labels ±1 stated, the same row is proven
        assertEquals("✓", PublicInputsTest.marks(PublicInputsTest.check("<!-- symgrad: assume y in {-1, 1} -->\n" + loss
                + "$$\\frac{\\partial^2 \\ell}{\\partial w_j \\partial w_k} = \\sum_{i=1}^N x_{ij} x_{ik} \\sigma(y_i w^\\top x_i)"
                + "(1 - \\sigma(y_i w^\\top x_i)) + \\lambda \\delta_{jk}$$\n")));
    }

    @Test
    void aMixedPartialOfTwoScalars() {
        CheckedDocument d = PublicInputsTest.check("$$f = x^2 y^3 + \\sin(x y)$$\n\n"
                + "$$\\frac{\\partial^2 f}{\\partial x \\partial y} = 6 x y^2 + \\cos(x y)$$\n");
        assertEquals("✗", PublicInputsTest.marks(d), PublicInputsTest.describe(d));
        String expected = Printer.ascii(only(d).expected().orElseThrow());
        assertTrue(expected.contains("sin(x*y)") && expected.contains("cos(x*y)"), expected);
        // the expected value is the derivative: written as the right side it is proven
        assertEquals("✓", PublicInputsTest.marks(PublicInputsTest.check("$$f = x^2 y^3 + \\sin(x y)$$\n\n"
                + "$$\\frac{\\partial^2 f}{\\partial x \\partial y} = " + Printer.latex(only(d).expected().orElseThrow()) + "$$\n")));
    }
}
