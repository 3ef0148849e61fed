package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.PublicInputsTest.check;

import org.junit.jupiter.api.Test;

/**
 * A function an announced inline definition calls ({@code Let $h = g(\theta x)$}), defined only in inline math no word
 * announces ({@code Denote by $g(z) = 1/(1 + e^{-z})$ the sigmoid}): a step false with g left a function of its own is
 * judged with the document's g, as a step that calls g itself is. Was: ✗ for the right {@code d\ell/d\theta = (y - h) x}
 * and Hessian, both false only for other functions than the sigmoid.
 */
class UnannouncedFunctionCallsTest {
    private static final String NEWTON = """
            Denote by $g(z) = 1/(1 + e^{-z})$ the sigmoid, and let $h = g(\\theta x)$. The log-likelihood of one example is
            $$\\ell(\\theta) = y \\log h + (1 - y) \\log (1 - h).$$

            """;

    @Test
    void theSigmoidTheStepReachesThroughAnAnnouncedNameIsRead() {
        check(NEWTON + "$$\\frac{d\\ell}{d\\theta} = (y - h) x$$\n", "✓");
        check(NEWTON + "$$\\frac{d^2\\ell}{d\\theta^2} = -h(1 - h) x^2$$\n", "✓");
    }

    @Test
    void aSlipIsFalseForTheDocumentsFunctionWithItsCounterexample() {
        CheckedDocument d = check(NEWTON + "$$\\frac{d^2\\ell}{d\\theta^2} = h(1 - h) x^2$$\n", "✗");
        String detail = d.verdicts().get(0).detail();
        assertTrue(detail.contains("read with the inline definition of g") && !detail.contains("g''"), detail);
    }
}
