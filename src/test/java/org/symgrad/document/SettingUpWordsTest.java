package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Words that set up what a text works with announce an inline definition as "let" does: {@code Consider $h = \sigma(Wx + b)$},
 * {@code Suppose $z = wx + b$}, {@code take $p = \sigma(z)$}; only where the formula gives its name's value in terms of
 * other names, so that {@code consider $x = 0$} stays a point and {@code Suppose $y = 1$} a case. A bias added to a declared
 * matrix's product inside a call ({@code \sigma(Wx + b)}) and written with a subscript elsewhere is then a vector.
 */
class SettingUpWordsTest {
    private static final String ONE_HIDDEN_LAYER = ""
            + "Consider $h = \\sigma(Wx + b)$ and $\\hat y = v^\\top h$ with $W \\in \\mathbb{R}^{m \\times n}$, $v \\in \\mathbb{R}^m$, "
            + "and the loss $L = \\frac{1}{2}(\\hat y - y)^2$.\n\n"
            + "$$\\frac{\\partial L}{\\partial \\hat y} = \\hat y - y$$\n\n"
            + "$$\\frac{\\partial L}{\\partial v_k} = (\\hat y - y) h_k$$\n\n"
            + "$$\\frac{\\partial L}{\\partial b_k} = (\\hat y - y) v_k h_k (1 - h_k)$$\n";

    @Test
    void considerAnnouncesTheLayersOfANetwork() {
        // was: the last line undecided, "L does not depend on b_k as the document defines it" (h, \hat y not announced)
        PublicInputsTest.check(ONE_HIDDEN_LAYER, "✓✓✓");
    }

    @Test
    void aWrongBackwardStepThroughTheAnnouncedLayerIsFalse() {
        PublicInputsTest.check(ONE_HIDDEN_LAYER.replace("v_k h_k (1 - h_k)$$", "v_k h_k$$"), "✓✓✗");
    }

    @Test
    void supposeAndTakeAnnounceDefinitionsAndACaseStaysACase() {
        // was: the false step undecided, z and p not announced
        CheckedDocument d = PublicInputsTest.check(""
                + "Suppose $z = w x + b$ and take $p = \\sigma(z)$. Suppose $y = 1$.\n\n"
                + "$$\\frac{\\partial p}{\\partial w} = p(1 - p) x$$\n\n"
                + "$$\\frac{\\partial p}{\\partial b} = p$$\n", "✓✗");
        assertFalse(PublicInputsTest.describe(d).contains("definition of y"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void considerAPointIsNoDefinition() {
        // was: x = 0 read as a definition the step holds with ("not announced ... holds with them"); f′(x) = 2x undecided
        CheckedDocument d = PublicInputsTest.check(""
                + "Consider $f(x) = x^2 + 3x$ and consider $x = 0$.\n\n"
                + "$$\\frac{df}{dx} = 2x + 3$$\n\n"
                + "$$f'(x) = 2x$$\n", "✓✗");
        assertFalse(PublicInputsTest.describe(d).contains("definition of x"), () -> PublicInputsTest.describe(d));
    }
}
