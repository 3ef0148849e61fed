package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A right side broken over rows of an alignment ({@link RowContinuations}): the rows are one expression, checked whole, so
 * the first row alone is no false step and the continuation is not dropped; a row that is an equation of its own stays one.
 */
class BrokenRowsTest {
    private static final String PRODUCT = "\\frac{d}{dx}\\left(x^2 \\sin x\\right) &= 2x \\sin x";

    @Test
    void aRowStartingWithAnOperatorContinuesTheRowAbove() {
        assertMarks("✓", "$$\n\\begin{aligned}\n" + PRODUCT + " \\\\\n&\\quad + x^2 \\cos x\n\\end{aligned}\n$$\n");
        assertMarks("✗", "$$\n\\begin{aligned}\n" + PRODUCT + " \\\\\n&\\quad + 2x^2 \\cos x\n\\end{aligned}\n$$\n");
        // a minus after the alignment point, and multline's rows with no alignment point at all
        assertMarks("✓", "$$\n\\begin{aligned}\n\\frac{d}{dx}\\left(x^2 \\cos x\\right) &= 2x \\cos x \\\\\n&\\qquad - x^2 \\sin x\n"
                + "\\end{aligned}\n$$\n");
        assertMarks("✓", "\\begin{multline}\n\\frac{d}{dx}\\left(x^2 \\sin x\\right) = 2x \\sin x \\\\\n+ x^2 \\cos x\n\\end{multline}\n");
    }

    @Test
    void aRowEndingWithAnOperatorIsContinuedBelow() {
        assertMarks("✓", "$$\n\\begin{aligned}\n" + PRODUCT + " + \\\\\n& x^2 \\cos x\n\\end{aligned}\n$$\n");
        assertMarks("✗", "$$\n\\begin{aligned}\n" + PRODUCT + " + \\\\\n& x \\cos x\n\\end{aligned}\n$$\n");
    }

    @Test
    void aBracketSplitWithEmptyDelimitersIsOneBracket() {
        String split = "$$\n\\begin{aligned}\n\\frac{d}{dx}\\left[x^2 \\sin x + x\\right] &= \\left[ 2x \\sin x \\right. \\\\\n"
                + "&\\quad \\left. + x^2 \\cos x \\right] + ";
        assertMarks("✓", split + "1\n\\end{aligned}\n$$\n");
        assertMarks("✗", split + "2\n\\end{aligned}\n$$\n");
    }

    @Test
    void aDefinitionBrokenOverRowsDefinesTheWholeValue() {
        String ell = "\\begin{align}\n\\ell(\\mu) &= -\\frac{n}{2}\\log(2\\pi\\sigma^2) \\nonumber \\\\\n"
                + "&\\qquad - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2\n\\end{align}\n\n";
        assertMarks("✓", ell + "$$\\frac{d \\ell}{d \\mu} = \\frac{1}{\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)$$\n");
        assertMarks("✗", ell + "$$\\frac{d \\ell}{d \\mu} = \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)$$\n");
    }

    @Test
    void aRowThatIsAnEquationOfItsOwnStaysApart() {
        // a leading minus with a relation of its own and no alignment point before it: a new equation, checked by itself
        assertMarks("✓✓", "$$\n\\begin{aligned}\n\\frac{d}{dx} x^3 &= 3x^2 \\\\\n-\\frac{d}{dx} x^2 &= -2x\n\\end{aligned}\n$$\n");
        assertMarks("✓✗", "$$\n\\begin{aligned}\n\\frac{d}{dx} x^3 &= 3x^2 \\\\\n-\\frac{d}{dx} x^2 &= 2x\n\\end{aligned}\n$$\n");
        // a row opening with \left. for an evaluation bar is an equation of its own, not the rest of the row above
        assertMarks("✓✓", "$$\n\\begin{aligned}\n\\frac{d}{dx} x^2 &= 2x \\\\\n\\left. \\frac{d}{dx} x^2 \\right|_{x=1} &= 2\n\\end{aligned}\n$$\n");
        assertMarks("✓✗", "$$\n\\begin{aligned}\n\\frac{d}{dx} x^2 &= 2x \\\\\n\\left. \\frac{d}{dx} x^2 \\right|_{x=1} &= 1\n\\end{aligned}\n$$\n");
    }

    @Test
    void intertextIsProseBetweenRowsOfOneChain() {
        String chain = "\\begin{align}\n\\frac{d}{dx} x^2 e^x &= 2x e^x + x^2 e^x \\\\\n"
                + "\\intertext{and factoring out $x e^x$,}\n&= ";
        assertMarks("✓✓", chain + "x e^x (2 + x)\n\\end{align}\n");
        assertMarks("✓✗", chain + "x e^x (1 + x)\n\\end{align}\n");
        assertMarks("✓✓", chain.replace("intertext", "shortintertext") + "x e^x (2 + x)\n\\end{align}\n");
    }
}
