package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * The other factor of an inner product with a function's vector parameter, {@code x} of {@code J(w) = \frac{\lambda}{2}\|w\|^2 - y w^\top x}
 * (read y Σ_j w_j x_j), is a vector of w's length where a step by w writes it whole: {@code \nabla_w J = \lambda w - y x} was ✗ (wrong,
 * x one number beside the vector w) → ✓.
 */
class InnerProductPartnersTest {
    @Test
    void theOtherFactorOfAnInnerProductWithTheParameterIsAVectorInTheStep() {
        String svm = "$$J(w) = \\frac{\\lambda}{2}\\|w\\|^2 - y\\, w^\\top x.$$\n\n";
        assertMarks("✓", svm + "$$\\nabla_w J = \\lambda w - y x .$$\n");
        assertMarks("✗", svm + "$$\\nabla_w J = \\lambda w + y x .$$\n");
        // the vector first, and the derivative written as a fraction
        String first = "$$J(w) = \\frac{\\lambda}{2}\\|w\\|^2 - y\\, x^\\top w$$\n\n";
        assertMarks("✓", first + "$$\\frac{\\partial J}{\\partial w} = \\lambda w - y x$$\n");
        assertMarks("✗", first + "$$\\frac{\\partial J}{\\partial w} = \\lambda w - x$$\n");
    }

    @Test
    void greekLettersAndAFactorOutsideTheBracketRead() {
        String f = "$$f(\\theta) = \\frac{1}{2}(\\theta^\\top \\phi - t)^2 + \\frac{\\alpha}{2}\\theta^\\top\\theta$$\n\n";
        assertMarks("✓", f + "$$\\nabla_\\theta f = (\\theta^\\top\\phi - t)\\phi + \\alpha\\theta$$\n");
        assertMarks("✗", f + "$$\\nabla_\\theta f = (\\theta^\\top\\phi - t)\\phi + 2\\alpha\\theta$$\n");
    }

    @Test
    void aLinearTermAndACentreOfANormAreVectors() {
        // c of c^\top x and a of \|x - a\|^2 were one number each: the right gradients were ✗
        String linear = "$$f(x) = \\|x\\|^2 + c^\\top x$$\n\n";
        assertMarks("✓", linear + "$$\\nabla f(x) = 2x + c$$\n");
        assertMarks("✗", linear + "$$\\nabla f(x) = x + c$$\n");
        String centred = "$$f(x) = \\|x - a\\|^2 + \\lambda\\, c^\\top x$$\n\n";
        assertMarks("✓", centred + "$$\\nabla f(x) = 2(x - a) + \\lambda c$$\n");
        assertMarks("✗", centred + "$$\\nabla f(x) = 2(x + a) + \\lambda c$$\n");
    }

    @Test
    void aCaseOfTheHingeReadsTheOtherFactorAsAVector() {
        String hinge = "$$J(w) = \\frac{\\lambda}{2}\\|w\\|^2 + \\max(0, 1 - y\\, w^\\top x).$$\n\nIf $y\\, w^\\top x < 1$:\n"
                + "$$\\nabla_w J = \\lambda w - y x .$$\n";
        assertMarks("✓", hinge);
    }

    @Test
    void aStepWritingTheComponentsKeepsThem() {
        String f = "$$L(w) = (y - w^\\top x)^2$$\n\n";
        assertMarks("✓", f + "$$\\frac{\\partial L}{\\partial w_j} = -2(y - w^\\top x)x_j$$\n");
        assertMarks("✗", f + "$$\\frac{\\partial L}{\\partial w_j} = -2(y - w^\\top x)$$\n");
    }
}
