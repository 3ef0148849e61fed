package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Implicit differentiation ({@link ImplicitCurves}): a curve in names the document leaves undefined, then steps with
 * dy/dx or y′. Read on their own these were undecided ("y is not defined"), and a right step written with y′ on both
 * sides was a wrong ✗ (y′ read as a name of its own).
 */
class ImplicitDifferentiationTest {
    private static final String CIRCLE = "Differentiate the circle $x^2 + y^2 = 25$ implicitly with respect to $x$:\n"
            + "$$2x + 2y \\frac{dy}{dx} = 0 \\quad\\Rightarrow\\quad \\frac{dy}{dx} = -\\frac{x}{y}.$$\n";

    @Test
    void theDerivativeOfAnInlineCurveAndItsSolvedSlopeAreProven() {
        PublicInputsTest.check(CIRCLE, "✓✓");
    }

    @Test
    void aSlopeWithTheWrongSignIsFalseAtThePointsOfTheCurve() {
        CheckedDocument d = PublicInputsTest.check(CIRCLE + "and a slip:\n$$\\frac{dy}{dx} = \\frac{x}{y}$$\n", "✓✓✗");
        assertTrue(d.verdicts().get(2).detail().contains("curve"), () -> d.verdicts().get(2).detail());
    }

    @Test
    void primesOnBothSidesOfADisplayedCurvesDerivative() {
        // the folium x³ + y³ = 6xy, written in a display: its derivative with y′ on both sides, then y′ solved for
        // (the display of the curve, false as an identity, is skipped as the equation the steps differentiate)
        CheckedDocument d = PublicInputsTest.check("For the folium\n$$x^3 + y^3 = 6xy$$\nwe get\n$$3x^2 + 3y^2 y' = 6y + 6xy'$$\nso\n"
                + "$$y' = \\frac{2y - x^2}{y^2 - 2x}.$$\nA student wrote instead\n$$y' = \\frac{2y - x^2}{y^2 + 2x}.$$\n", "–✓✓✗");
        assertTrue(d.verdicts().get(0).detail().contains("the curve that the step at line 4 uses"),
                () -> d.verdicts().get(0).detail());
    }

    @Test
    void aSlopeOnOneBranchOnlyIsUndecided() {
        // y = √(25 − x²) put in: right on the upper half of the circle, wrong on the lower
        PublicInputsTest.check("On the circle $x^2 + y^2 = 25$,\n$$\\frac{dy}{dx} = -\\frac{x}{\\sqrt{25 - x^2}}$$\n", "?");
    }

    @Test
    void aCurveWithAParameterIsDifferentiatedByTheNameTheDerivativeSays() {
        PublicInputsTest.check("The ellipse $\\frac{x^2}{a^2} + \\frac{y^2}{b^2} = 1$ gives\n"
                + "$$\\frac{2x}{a^2} + \\frac{2y}{b^2}\\frac{dy}{dx} = 0, \\qquad \\frac{dy}{dx} = -\\frac{b^2 x}{a^2 y}.$$\n", "✓✓");
    }

    @Test
    void relatedRatesAreTheCurvesDerivativeInTime() {
        // x and y both functions of t, which the curve does not hold: 2x x' + 2y y' = 0, solved for dy/dt; a slip in the sign
        PublicInputsTest.check("A ladder slides down a wall, $x^2 + y^2 = 25$:\n"
                + "$$2x\\frac{dx}{dt} + 2y\\frac{dy}{dt} = 0, \\qquad \\frac{dy}{dt} = -\\frac{x}{y}\\frac{dx}{dt}, \\qquad "
                + "\\frac{dy}{dt} = \\frac{x}{y}\\frac{dx}{dt}$$\n", "✓✓✗");
    }

    @Test
    void aStepThatHoldsOnTheCurveOnlyIsNumericallyEqual() {
        // y'' simplified with x² + y² = 1: false as an identity, true at every point of the circle; a wrong power stays false
        PublicInputsTest.check("From $x^2 + y^2 = 1$ we have\n$$\\frac{dy}{dx} = -\\frac{x}{y}$$\nand\n"
                + "$$-\\frac{y + x^2/y}{y^2} = -\\frac{1}{y^3}, \\qquad -\\frac{y + x^2/y}{y^2} = -\\frac{1}{y^2}$$\n", "✓≈✗");
    }

    @Test
    void aSecondDerivativeIsTheSlopesDerivativeAlongTheCurve() {
        // y″ = −(y − x y′)/y² is the quotient rule on −x/y (proven with y′ put in); −25/y³ holds on the curve only;
        // y″ was read as the definition of a name yprimeprime, and the later step false as an identity or undecided
        CheckedDocument d = PublicInputsTest.check("Differentiate $x^2 + y^2 = 25$ implicitly:\n"
                + "$$2x + 2y y' = 0 \\quad\\Rightarrow\\quad y' = -\\frac{x}{y}.$$\nDifferentiating again,\n"
                + "$$y'' = -\\frac{y - x y'}{y^2} = -\\frac{x^2 + y^2}{y^3} = -\\frac{25}{y^3}.$$\nIn Leibniz notation\n"
                + "$$\\frac{d^2y}{dx^2} = -\\frac{y - x\\frac{dy}{dx}}{y^2}, \\qquad \\frac{d^2y}{dx^2} = -\\frac{25}{y^3}.$$\n"
                + "A slip in the quotient rule:\n$$y'' = -\\frac{y + x y'}{y^2}.$$\n", "✓✓✓✓≈✓≈✗");
        assertTrue(d.verdicts().get(2).detail().contains("second derivative"), () -> d.verdicts().get(2).detail());
    }

    @Test
    void aSecondDerivativeOfACurveWithMoreThanTwoNamesIsNotRead() {
        // y(x) is not fixed by x² + y² + z² = 25 when z may move too: no second derivative along the curve
        CheckedDocument d = PublicInputsTest.check("On $x^2 + y^2 + z^2 = 25$,\n$$y'' = -\\frac{25}{y^3}.$$\n");
        assertTrue(d.verdicts().stream().noneMatch(v -> v.detail().contains("second derivative")), () -> d.verdicts().toString());
    }
}
