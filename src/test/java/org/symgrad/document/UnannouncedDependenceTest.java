package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A step undecided because the name it differentiates reaches the variable only through inline math no word announces
 * ("We compute $p = \sigma(z)$ first.") says so, where that formula is and how to announce it (was: "L (defined at line 1) does
 * not depend on z as the document defines it, so its derivative is 0", which the document contradicts).
 */
class UnannouncedDependenceTest {
    private static final String DOC = "We compute $p = \\sigma(z)$ first. The loss is $L = -\\log p$.\n\n"
            + "$$\\frac{\\partial L}{\\partial z} = %s$$\n";

    @Test
    void anUnannouncedInlineNameIsNamedInsteadOfNoDependence() {
        PublicInputsTest.check(DOC.formatted("p - 1"), "✓");
        CheckedDocument d = PublicInputsTest.check(DOC.formatted("p - 2"), "?");
        String detail = d.verdicts().get(0).detail();
        assertFalse(detail.contains("does not depend on"), detail);
        assertTrue(detail.contains("p (line 1: $p = \\sigma(z)$) is defined only in inline math"), detail);
        assertTrue(detail.contains("with it read, this step is false"), detail);
    }

    @Test
    void aNameNoFormulaDefinesStillHasNoDependence() {
        // no inline definition reaches z: the step's L really does not depend on it as written
        CheckedDocument d = PublicInputsTest.check("The loss is $L = -\\log p$.\n\n$$\\frac{\\partial L}{\\partial z} = p - 2$$\n", "?");
        assertTrue(d.verdicts().get(0).detail().contains("does not depend on z"), d.verdicts().get(0).detail());
    }
}
