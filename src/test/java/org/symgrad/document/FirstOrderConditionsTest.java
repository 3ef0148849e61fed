package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The first-order conditions of a function of several variables ({@link StationaryPoints#conditionsOfSystems}): each
 * partial derivative of a Lagrangian set to zero is an equation for the point where they all vanish. Its closing
 * {@code = 0} was checked as an identity and marked false when the value set to zero did not use the derivative's own
 * variable ({@code \frac{\partial \mathcal{L}}{\partial x} = y - \lambda = 0}), as was the derivative itself set to
 * zero and the conditions the prose announces without derivatives.
 */
class FirstOrderConditionsTest {
    private static final String LAGRANGIAN = "We maximise $U(x, y) = xy$ subject to $x + y = 10$. The Lagrangian is\n"
            + "$$\\mathcal{L}(x, y, \\lambda) = xy - \\lambda (x + y - 10).$$\nThe first-order conditions are\n"
            + "$$\\frac{\\partial \\mathcal{L}}{\\partial x} = y - \\lambda = 0,$$\n"
            + "$$\\frac{\\partial \\mathcal{L}}{\\partial y} = x - \\lambda = 0,$$\n"
            + "$$\\frac{\\partial \\mathcal{L}}{\\partial \\lambda} = -(x + y - 10) = 0.$$\n";

    @Test
    void eachPartialOfALagrangianSetToZeroIsACondition() {
        CheckedDocument d = PublicInputsTest.check(LAGRANGIAN, "✓–✓–✓–");
        assertTrue(d.verdicts().get(1).detail().contains("conditions"), () -> d.verdicts().get(1).detail());
    }

    @Test
    void theSystemIsTheVariablesTheDocumentDifferentiatesIn() {
        // no parameters written: ∂L/∂x, ∂L/∂y and ∂L/∂λ make x, y and λ its variables; a wrong partial is still false
        PublicInputsTest.check(LAGRANGIAN.replace("\\mathcal{L}(x, y, \\lambda) =", "\\mathcal{L} =")
                .replace("x - \\lambda = 0", "x - 2\\lambda = 0"), "✓–✗–✓–");
    }

    @Test
    void theDerivativesThemselvesSetToZeroAreConditions() {
        PublicInputsTest.check("Form $$\\mathcal{L} = x^{1/2} y^{1/2} + \\lambda (m - p x - q y).$$\nSo\n"
                + "$$\\frac{\\partial \\mathcal{L}}{\\partial x} = 0, \\quad \\frac{\\partial \\mathcal{L}}{\\partial y} = 0, "
                + "\\quad \\frac{\\partial \\mathcal{L}}{\\partial \\lambda} = 0.$$\n", "–––");
    }

    @Test
    void announcedConditionsWithoutDerivativesAreEquations() {
        PublicInputsTest.check(LAGRANGIAN + "Written out, the first-order conditions are\n"
                + "$$y - \\lambda = 0, \\qquad x - \\lambda = 0.$$\n", "✓–✓–✓–––");
    }

    @Test
    void aParameterNoDerivativeTakesStaysFalse() {
        // f = ax + b is differentiated in x only: a = 0 claims the slope vanishes, and it does not
        PublicInputsTest.check("Let $$f = a x + b.$$ Then $$\\frac{df}{dx} = a = 0.$$\n", "✓✗");
        PublicInputsTest.check("Let $$f = a x + b.$$ Then $$\\frac{df}{dx} = 0.$$\n", "✗");
    }

    @Test
    void theOptimumSolvesThePrimedDerivativeTheProseSetsToZero() {
        // dS/dD came first; P'(D) is the derivative in D set to zero: the optimum was checked against dS/dD (a wrong ✗)
        String doc = "$$S(D) = \\frac{K D}{m - D}$$\n$$\\frac{d S}{d D} = \\frac{K m}{(m - D)^2}$$\n"
                + "$$P(D) = D \\left( c - \\frac{K D}{m - D} \\right)$$\n"
                + "$$P'(D) = c - \\frac{K D}{m - D} - \\frac{D K m}{(m - D)^2}$$\n"
                + "Setting $P'(D) = 0$ and solving the quadratic gives the optimum\n"
                + "$$D_{\\text{opt}} = m \\left( 1 - \\sqrt{\\frac{K}{K + c}} \\right)$$\n";
        CheckedDocument d = PublicInputsTest.check(doc, "✓✓✓");
        assertTrue(d.verdicts().get(2).left().contains("P'(D)"), () -> d.verdicts().get(2).left());
        PublicInputsTest.check(doc.replace("\\frac{K}{K + c}", "\\frac{K}{K + 2c}"), "✓✓✗");
    }
}
