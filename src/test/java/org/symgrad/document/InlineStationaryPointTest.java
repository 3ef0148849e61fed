package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A closed form the text solves a derivative for ({@link StationaryPoints}) through a name the prose defines only in
 * inline math ({@code Let $\ell(\mu) = …$}, {@code where $\ell = …$}) is checked with that definition, as with the same
 * definition written as a display: the right estimate proven, a wrong one false, and the verdict says what it read.
 */
class InlineStationaryPointTest {
    private static final String DERIVATIVE = "$$\n\\frac{d\\ell}{d\\mu} = \\sum_{n=1}^{N} (x_n - \\mu)\n$$\n\n"
            + "Setting the derivative to zero gives\n\n";
    private static final String RIGHT = "$$\n\\hat\\mu = \\frac{1}{N} \\sum_{n=1}^{N} x_n\n$$\n";
    private static final String WRONG = "$$\n\\hat\\mu = \\frac{1}{N - 1} \\sum_{n=1}^{N} x_n\n$$\n";

    private static CheckedDocument marks(String markdown, String marks) {
        CheckedDocument d = PublicInputsTest.check(markdown);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
        return d;
    }

    @Test
    void anInlineLogLikelihoodFunction() {
        String head = "# MLE of a Gaussian mean\n\nLet $\\ell(\\mu) = -\\frac{1}{2} \\sum_{n=1}^{N} (x_n - \\mu)^2$ be the log-likelihood.\n\n";
        CheckedDocument d = marks(head + DERIVATIVE + RIGHT, "✓✓");
        String detail = d.verdicts().get(1).detail();
        assertTrue(detail.startsWith("the text solves the derivative for zero: read with the inline definition of \\ell (line 3:"), detail);
        marks(head + DERIVATIVE + WRONG, "✓✗");
    }

    @Test
    void anInlineNameAndTheSameAsADisplay() {
        String head = "# MLE of a Gaussian mean\n\nwhere $\\ell = -\\frac{1}{2} \\sum_{n=1}^{N} (x_n - \\mu)^2$.\n\n";
        marks(head + DERIVATIVE + RIGHT, "✓✓");
        marks(head + DERIVATIVE + WRONG, "✓✗");
        String display = "# MLE of a Gaussian mean\n\n$$\n\\ell = -\\frac{1}{2} \\sum_{n=1}^{N} (x_n - \\mu)^2\n$$\n\n";
        marks(display + DERIVATIVE + WRONG, "✓✗");
    }

    @Test
    void notAnnouncedNotRead() {
        // a formula no word announces as a definition is no definition of the estimate's derivative
        String head = "# MLE of a Gaussian mean\n\nFor instance $\\ell = -\\frac{1}{2} \\sum_{n=1}^{N} (x_n - \\mu)^2$ is one choice.\n\n";
        CheckedDocument d = PublicInputsTest.check(head + DERIVATIVE + WRONG);
        assertTrue(d.verdicts().stream().noneMatch(v -> v.detail().startsWith("the text solves")), () -> PublicInputsTest.describe(d));
    }
}
