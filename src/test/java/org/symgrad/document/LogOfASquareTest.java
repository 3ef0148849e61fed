package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.symgrad.check.Verdict;

/**
 * {@code \ln \sigma^2} (homework8 item 3). It is read as log(σ²), defined for σ &lt; 0 too; the
 * proof writes it as 2 log σ on the way, which needs σ &gt; 0, but a step holds wherever both its
 * sides are defined: PRML's ∂ ln p/∂μ and ∂ ln p/∂σ are proven with no condition, not "only where
 * σ &gt; 0" with a point where the left side was undefined only because e^{−1000} underflowed. A
 * row {@code \ln \sigma^2 = 2 \ln \sigma} is that identity, checked (only where σ &gt; 0, with a
 * point beyond where the left side has a value and the right side none), not a definition of σ.
 */
class LogOfASquareTest {
    private static final Path FRESH = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/fresh-homework");

    private static Verdict verdict(CheckedDocument d, int index) {
        return d.verdicts().get(index).verdict().orElseThrow();
    }

    @Test
    void theGaussianScoresNeedNoPositiveSigma() throws IOException {
        CheckedDocument d = PublicInputsTest.check(Files.readString(FRESH.resolve("prml-gaussian-mle-sigma.md")));
        assertEquals("✓✓", PublicInputsTest.marks(d), PublicInputsTest.describe(d));
        assertTrue(verdict(d, 0).unconditional(), PublicInputsTest.describe(d));
        assertTrue(verdict(d, 1).unconditional(), PublicInputsTest.describe(d));
    }

    @Test
    void theIdentityIsCheckedNotReadAsADefinition() {
        for (String name : new String[] {"\\sigma", "\\tau", "s"}) {
            CheckedDocument d = PublicInputsTest.check("$$\\ln " + name + "^2 = 2 \\ln " + name + "$$\n");
            assertEquals("✓", PublicInputsTest.marks(d), PublicInputsTest.describe(d));
            Verdict v = verdict(d, 0);
            assertEquals(1, v.conditions().size(), PublicInputsTest.describe(d));
            // beyond σ > 0 the left side has a value: log σ² is not 2 log σ there
            assertTrue(v.leftValue().isDefined() && !v.rightValue().isDefined(), PublicInputsTest.describe(d));
            assertEquals("✗", PublicInputsTest.marks(PublicInputsTest.check("$$\\ln " + name + "^2 = \\ln " + name + "$$\n")));
        }
    }

    @Test
    void aLogDensityWithTheVarianceInItsLogarithm() {
        // another shape: the variance's logarithm with a weight, differentiated in the mean and in σ
        String doc = "$$\\ln q = -\\frac{(x - m)^2}{2\\sigma^2} - \\frac{K}{2} \\ln \\sigma^2$$\n\n";
        CheckedDocument d = PublicInputsTest.check(doc + "$$\\frac{\\partial \\ln q}{\\partial m} = \\frac{x - m}{\\sigma^2}$$\n\n"
                + "$$\\frac{\\partial \\ln q}{\\partial \\sigma} = \\frac{(x - m)^2}{\\sigma^3} - \\frac{K}{\\sigma}$$\n");
        assertEquals("✓✓", PublicInputsTest.marks(d), PublicInputsTest.describe(d));
        assertTrue(verdict(d, 0).unconditional() && verdict(d, 1).unconditional(), PublicInputsTest.describe(d));
    }
}
