package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A verdict says under what it holds: a proof that differentiates a kink or a jump says where (its switching points
 * excluded, {@code Kinks}); cases compared interval by interval use the ranges the document states ({@code IntervalBranches});
 * and a note both sides of a pair make, up to their bound letters, is printed once.
 */
class StatedConditionsTest {
    @Test
    void aProvenDerivativeAcrossAKinkSaysWhere() {
        assertTrue(marks("$$\\frac{d}{d x} \\mathrm{clip}(x, a, b) = \\mathbf{1}[a < x < b]$$\n")
                .contains("✓ line 1: \\frac{d}{d x} \\mathrm{clip}(x, a, b) = \\mathbf{1}[a < x < b] — proven where a - x ≠ 0, b - x ≠ 0"));
        assertTrue(marks("$$\\frac{d}{d x} \\max(0, x) = \\mathbf{1}[x > 0]$$\n").contains("— proven where x ≠ 0"));
        assertTrue(marks("$$\\frac{d}{d x} |x| = \\mathrm{sign}(x)$$\n").contains("— proven where x ≠ 0"));
        assertTrue(marks("$$\\frac{d}{d w} \\max(0, 1 - y w x) = -y x \\, \\mathbb{1}[y w x < 1]$$\n")
                .contains("— proven where "), marks("$$\\frac{d}{d w} \\max(0, 1 - y w x) = -y x \\, \\mathbb{1}[y w x < 1]$$\n"));
        // a smooth derivative, and a kink the differentiated variable does not move, hold everywhere
        String smooth = marks("$$\\frac{d}{d x} x^3 = 3 x^2$$\n");
        assertTrue(smooth.startsWith("✓") && !smooth.contains("where"), smooth);
        assertFalse(marks("$$\\frac{d}{d x} x |a| = |a|$$\n").contains("where"), marks("$$\\frac{d}{d x} x |a| = |a|$$\n"));
        // a wrong derivative stays false
        assertMarks("✗", "$$\\frac{d}{d x} \\mathrm{clip}(x, a, b) = \\mathbf{1}[a < x < b + 1]$$\n");
    }

    @Test
    void casesComparedIntervalByIntervalUseTheStatedRange() {
        String cases = "$$L(u) = \\left| \\tau - \\mathbb{1}(u < 0) \\right| u^2$$\n\n"
                + "$$L(u) = \\begin{cases} \\tau u^2 & u \\geq 0 \\\\ (1 - \\tau) u^2 & u < 0 \\end{cases}$$\n";
        String got = marks("Let $0 < \\tau < 1$.\n\n" + cases);
        // at u = 0 both sides are 0 (the switch 1(u < 0) is read on u itself, ArgumentSigns): proven there too, no u ≠ 0
        assertTrue(got.startsWith("✓") && got.contains("proven under 0 < tau < 1 (assumed)") && !got.contains("u ≠ 0"), got);
        // without the range, |τ| and |τ − 1| are not τ and 1 − τ: never proven
        assertFalse(marks(cases).startsWith("✓"), marks(cases));
        // a range that does not decide the switch proves nothing
        assertFalse(marks("Let $\\tau > 0$.\n\n" + cases).startsWith("✓"), marks("Let $\\tau > 0$.\n\n" + cases));
    }

    @Test
    void aNoteBothSidesMakeIsPrintedOnce() {
        String softmax = "$$\\hat{\\mathbf{y}} = softmax(\\boldsymbol{\\theta}) = \\frac{e^{\\boldsymbol{\\theta}}}{\\sum_{j} e^{\\theta_{j}}}$$\n";
        CheckedDocument d = PublicInputsTest.check(softmax);
        long entryNotes = d.verdicts().stream().flatMap(v -> v.notes().stream())
                .filter(n -> n.text().startsWith("read entry by entry as")).count();
        assertEquals(1, entryNotes, PublicInputsTest.describe(d));
    }
}
