package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Closed forms with an inverse that a text solves a gradient by a vector for ({@link InverseSolutions}):
 * {@code \mathbf{w}^* = (X^\top X + \lambda I)^{-1}X^\top\mathbf{y}} after ridge's J and its gradient is read as the system
 * (X^\top X + λI) w = X^\top y and checked at random points: ≈ where the gradient the document defines vanishes at the solution,
 * ✗ with the point where it does not (a forgotten λ, a doubled λ, XXᵀ for XᵀX, a missing Xᵀ). Without a cue that the text
 * solves for zero, or with an inverse inside a factor, the display stays unread, as before.
 */
class InverseClosedFormsTest {
    private static final String RIDGE = "$$J(\\mathbf{w}) = \\frac{1}{2}\\|X\\mathbf{w} - \\mathbf{y}\\|^2 + \\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2$$\n\n"
            + "$$\\nabla_{\\mathbf{w}} J = X^\\top(X\\mathbf{w} - \\mathbf{y}) + \\lambda\\mathbf{w}$$\n\n";
    private static final String CUE = "Setting the gradient to zero gives\n\n";

    @Test
    void ridgesClosedFormIsTheSolutionOfItsSystem() {
        assertMarks("✓≈", RIDGE + CUE + "$$\\mathbf{w}^* = (X^\\top X + \\lambda I)^{-1}X^\\top \\mathbf{y}$$\n");
        assertMarks("✓≈", RIDGE + CUE + "$$\\hat{\\mathbf{w}} = \\left(X^\\top X + \\lambda I\\right)^{-1} X^\\top \\mathbf{y}$$\n");
        assertMarks("✓≈", RIDGE + "Solving $\\nabla_{\\mathbf{w}} J = 0$ for the optimum,\n\n"
                + "$$\\mathbf{w}^* = \\left(X^\\top X + \\lambda I\\right)^{-1} X^\\top \\mathbf{y}$$\n");
    }

    @Test
    void aWrongClosedFormIsFalseAtAPoint() {
        for (String wrong : new String[] {"(X^\\top X)^{-1}X^\\top \\mathbf{y}", "(X^\\top X + 2\\lambda I)^{-1}X^\\top \\mathbf{y}",
                "(X X^\\top + \\lambda I)^{-1}X^\\top \\mathbf{y}", "(X^\\top X + \\lambda I)^{-1}\\mathbf{y}"}) {
            String got = marks(RIDGE + CUE + "$$\\mathbf{w}^* = " + wrong + "$$\n");
            assertEquals("✓✗", got.substring(0, got.indexOf('\n')), got);
            assertTrue(got.contains("where the gradient is"), got);
        }
    }

    @Test
    void theNormalEquationsOfLeastSquaresInBoldGreek() {
        String ols = "$$L(\\boldsymbol{\\theta}) = \\|\\mathbf{X}\\boldsymbol{\\theta} - \\mathbf{y}\\|^2$$\n\n"
                + "$$\\nabla_{\\boldsymbol{\\theta}} L = 2\\mathbf{X}^\\top(\\mathbf{X}\\boldsymbol{\\theta} - \\mathbf{y})$$\n\n"
                + "The normal equations give\n\n";
        assertMarks("✓≈", ols + "$$\\boldsymbol{\\theta}^* = (\\mathbf{X}^\\top\\mathbf{X})^{-1}\\mathbf{X}^\\top\\mathbf{y}$$\n");
        assertMarks("✓✗", ols + "$$\\boldsymbol{\\theta}^* = (\\mathbf{X}^\\top\\mathbf{X})^{-1}\\mathbf{y}$$\n");
    }

    @Test
    void aClosedFormInPlainNotation() {
        // econometrics writes the vectors plain and the transpose as a prime: the system is read with the document's names
        String ols = "Let $X$ be the $n \\times k$ design matrix, $y$ the vector of outcomes and $\\lambda > 0$.\n\n"
                + "$$S(b) = (y - Xb)'(y - Xb) + \\lambda b'b$$\n\n$$\\frac{\\partial S}{\\partial b} = -2X'(y - Xb) + 2\\lambda b$$\n\n"
                + "Setting this to zero gives\n\n";
        assertMarks("✓≈", ols + "$$\\hat b = (X'X + \\lambda I)^{-1}X'y$$\n");
        assertMarks("✓✗", ols + "$$\\hat b = (X'X + 2\\lambda I)^{-1}X'y$$\n");
        // a plain Greek estimate whose display does not read as a definition (X^T W X of a W the prose calls diagonal)
        String wls = "Let $X \\in \\mathbb{R}^{n \\times p}$ and $y \\in \\mathbb{R}^n$, and let $W$ be a diagonal matrix of weights.\n\n"
                + "$$L(\\beta) = (y - X\\beta)^\\top W (y - X\\beta)$$\n\n$$\\nabla_\\beta L = -2X^\\top W (y - X\\beta)$$\n\n"
                + "Setting the gradient to zero gives\n\n";
        assertMarks("✓≈", wls + "$$\\hat\\beta = (X^\\top W X)^{-1} X^\\top W y$$\n");
        assertMarks("✓✗", wls + "$$\\hat\\beta = (X^\\top W X)^{-1} X^\\top y$$\n");
    }

    @Test
    void aGradientOverTheExamplesAndASystemInTheirMatrix() {
        // E sums over the examples x_n, the closed form writes their matrix X: X stacks them, as the step between the two reads
        // (was a WRONG ✗: X drawn apart from the x_n)
        String data = "Let $\\mathbf{x}_1, \\dots, \\mathbf{x}_N \\in \\mathbb{R}^D$ be the rows of $X \\in \\mathbb{R}^{N \\times D}$.\n\n"
                + "$$E(\\mathbf{w}) = \\frac{1}{2}\\sum_{n=1}^N (\\mathbf{w}^\\top \\mathbf{x}_n - t_n)^2$$\n\n"
                + "$$\\nabla_{\\mathbf{w}} E = X^\\top X \\mathbf{w} - X^\\top \\mathbf{t}$$\n\nSetting the gradient to zero gives\n\n";
        assertMarks("✓≈", data + "$$\\mathbf{w}^* = (X^\\top X)^{-1} X^\\top \\mathbf{t}$$\n");
        assertMarks("✓✗", data + "$$\\mathbf{w}^* = (2X^\\top X)^{-1} X^\\top \\mathbf{t}$$\n");
    }

    @Test
    void anInverseOfOneMatrixUnderWhatTheTextSaysOfIt() {
        String form = "$$f(\\mathbf{x}) = \\frac{1}{2}\\mathbf{x}^\\top \\mathbf{A} \\mathbf{x} - \\mathbf{b}^\\top \\mathbf{x}$$\n\n"
                + "$$\\nabla_{\\mathbf{x}} f = \\frac{1}{2}(\\mathbf{A} + \\mathbf{A}^\\top)\\mathbf{x} - \\mathbf{b}$$\n\nSetting it to zero,\n\n";
        // A^{-1} b is the minimiser for a symmetric A only
        assertMarks("✓≈", "Let $\\mathbf{A}$ be a symmetric matrix.\n\n" + form + "$$\\mathbf{x}^* = \\mathbf{A}^{-1}\\mathbf{b}$$\n");
        assertMarks("✓✗", form + "$$\\mathbf{x}^* = \\mathbf{A}^{-1}\\mathbf{b}$$\n");
        assertMarks("✓≈", form + "$$\\mathbf{x}^* = \\left(\\frac{1}{2}(\\mathbf{A} + \\mathbf{A}^\\top)\\right)^{-1}\\mathbf{b}$$\n");
    }

    @Test
    void withoutACueOrWithAnInverseInsideTheDisplayStaysUnread() {
        String got = marks(RIDGE + "Compare\n\n$$\\mathbf{w}^* = (X^\\top X + \\lambda I)^{-1}X^\\top \\mathbf{y}$$\n");
        assertFalse(got.contains("≈") || got.contains("✗"), got);
        got = marks(RIDGE + CUE + "$$\\mathbf{w}^* = (X^\\top X + \\lambda I)^{-1}(X^\\top X + \\lambda I)^{-1}X^\\top \\mathbf{y}$$\n");
        assertFalse(got.contains("≈") || got.contains("✗"), got);
        // the variable on the right: an equation for it, not its solution
        got = marks(RIDGE + CUE + "$$\\mathbf{w}^* = (X^\\top X)^{-1}(X^\\top \\mathbf{y} - \\lambda \\mathbf{w})$$\n");
        assertFalse(got.contains("≈") || got.contains("✗"), got);
    }

    @Test
    void theInverseAndWhatItAppliesToAreSplitAsWritten() {
        assertEquals(Optional.of(new InverseSolutions.Split("X^\\top X + \\lambda I", "X^\\top \\mathbf{y}")),
                InverseSolutions.split("\\left(X^\\top X + \\lambda I\\right)^{-1} X^\\top \\mathbf{y}"));
        assertEquals(Optional.of(new InverseSolutions.Split("(X^\\top X)", "\\mathbf{b}")),
                InverseSolutions.split("((X^\\top X))^{- 1}\\mathbf{b}"));
        assertEquals(Optional.of(new InverseSolutions.Split("\\mathbf{A}", "\\mathbf{b}")), InverseSolutions.split("\\mathbf{A}^{-1}\\mathbf{b}"));
        assertEquals(Optional.empty(), InverseSolutions.split("X^\\top (X X^\\top)^{-1} \\mathbf{y}"));
        assertEquals(Optional.empty(), InverseSolutions.split("(X^\\top X)^{-1}"));
        assertEquals(Optional.empty(), InverseSolutions.split("(X^\\top X)^{2} \\mathbf{y}"));
        assertEquals(Optional.empty(), InverseSolutions.split("x^{-1} \\mathbf{y}"));
    }
}
