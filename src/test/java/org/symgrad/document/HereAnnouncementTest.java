package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * "Here" right before an inline formula sets up what the text works with, as "consider" does: "**Bernoulli.** Here
 * $A(\eta) = \log(1 + e^{\eta})$, so the mean is $$A'(\eta) = …$$" reads A as a display would (was: ? "A, a function the
 * document does not define"); a point ("Here $x = 0$") is none, and gets no hint.
 */
class HereAnnouncementTest {
    private static final String BERNOULLI = "**Bernoulli.** Here $A(\\eta) = \\log(1 + e^{\\eta})$, so the mean is\n$$A'(\\eta) = %s$$\n";

    @Test
    void aFunctionAfterHereIsRead() {
        PublicInputsTest.check(BERNOULLI.formatted("\\frac{e^{\\eta}}{1 + e^{\\eta}}"), "✓");
        PublicInputsTest.check(BERNOULLI.formatted("\\frac{1}{1 + e^{\\eta}}"), "✗");
    }

    @Test
    void aPointAfterHereIsNoDefinition() {
        CheckedDocument d = PublicInputsTest.check("Here $x = 0$ and the value is\n$$f'(x) = 2x$$\n", "?");
        assertFalse(d.verdicts().get(0).detail().contains("inline"), d.verdicts().get(0).detail());
    }
}
