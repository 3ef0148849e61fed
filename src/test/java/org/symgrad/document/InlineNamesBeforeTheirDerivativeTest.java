package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * An inline formula that names a fresh value right before the display that differentiates it, in one sentence, defines
 * it ({@link DifferentiatedInlineNames}), its left side read with the document's naming as a display's is: "With a weight on
 * the positive class, $\mathcal{L}_w = …$, we get $$\frac{d\mathcal{L}_w}{dz} = …$$" (was: 'Lw is not defined in the
 * document' — the inline side was read as the entry w of an array L), "For $g(x) = x^2 e^{-x}$, we have $$g'(x) = …$$"
 * (was: a wrong derivative undecided). A point or a claim is none.
 */
class InlineNamesBeforeTheirDerivativeTest {
    private static final String CROSS_ENTROPY = "**Q3.** Binary cross-entropy with logits. Let $p = \\sigma(z) = \\frac{1}{1+e^{-z}}$ and\n"
            + "$$\\mathcal{L}(z) = -y\\log p - (1-y)\\log(1-p).$$\n\n"
            + "With a weight on the positive class, $\\mathcal{L}_w = -w y \\log p - (1-y)\\log(1-p)$, we get\n";

    @Test
    void aWeightedLossAfterACommaIsRead() {
        CheckedDocument d = PublicInputsTest.check(CROSS_ENTROPY + "$$\\frac{d\\mathcal{L}_w}{dz} = p(wy + 1 - y) - wy$$\n", "✓");
        assertFalse(PublicInputsTest.describe(d).contains("not defined"), () -> PublicInputsTest.describe(d));
    }

    @Test
    void aWrongWeightedDerivativeIsFalse() {
        PublicInputsTest.check(CROSS_ENTROPY + "$$\\frac{d\\mathcal{L}_w}{dz} = p(wy + 1 - y) + wy$$\n", "✗");
    }

    @Test
    void aFunctionBeforeItsDerivative() {
        PublicInputsTest.check("For $g(x) = x^2 e^{-x}$, we have\n$$g'(x) = (2x - x^2) e^{-x}$$\n", "✓");
        PublicInputsTest.check("For $g(x) = x^2 e^{-x}$, we have\n$$g'(x) = (2x + x^2) e^{-x}$$\n", "✗");
    }

    @Test
    void aPartialDerivativeBySubscript() {
        // \partial_x f and f_y of f(x, y): the wrong one was ? ('defined only in inline math that no word announces')
        String f = "For $f(x, y) = x^2 y + \\sin(xy)$ we have\n";
        PublicInputsTest.check(f + "$$\\partial_x f = 2xy + y\\cos(xy), \\qquad f_y = x^2 + x\\cos(xy).$$\n"
                + "Wrong: $$\\partial_x f = 2xy + \\cos(xy)$$\n", "✓✓✗");
        PublicInputsTest.check("For $g(x, y) = x e^{y}$ we have\n$$g_x = x e^{y}$$\n", "✗");
    }

    @Test
    void aPointOrAClaimDefinesNothing() {
        PublicInputsTest.check("At $x = 1$, we have\n$$f'(x) = 2x$$\n", "?");
        PublicInputsTest.check("Since $f'(x) = 2x$, we get\n$$f''(x) = 3$$\n", "?");
        // a derivative by the name, not of it: x is not defined by the formula before it
        PublicInputsTest.check("For $x = t^2$, we have\n$$\\frac{df}{dx} = 2x$$\n", "?");
    }

    @Test
    void aNameAnotherSentenceDefinesIsNotAnnounced() {
        // the display after a full stop: read only where the step holds with it, as before
        PublicInputsTest.check("For $g(x) = x^2 e^{-x}$ we plot it. Then\n$$g'(x) = (2x + x^2) e^{-x}$$\n", "?");
    }
}
