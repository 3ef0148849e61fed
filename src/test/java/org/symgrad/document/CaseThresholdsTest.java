package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A name that bounds an absolute value in a row of a cases environment (the Huber loss's δ of {@code |r| \le \delta}) is
 * assumed positive, with a note (CaseThresholds): the right {@code H'(r) = \delta} "for $r > \delta$" is no longer false at
 * δ = −1.37, r = −0.12 (was ✗), and the wrong sign for {@code r < -\delta} stays ✗.
 */
class CaseThresholdsTest {
    private static final String HUBER = "The Huber loss with threshold $\\delta$ is\n"
            + "$$H(r) = \\begin{cases} \\tfrac{1}{2} r^2 & |r| \\le \\delta \\\\ \\delta\\left(|r| - \\tfrac{1}{2}\\delta\\right) & |r| > \\delta "
            + "\\end{cases}$$\n\nFor $r > \\delta$,\n$$H'(r) = \\delta.$$\nFor $r < -\\delta$,\n$$H'(r) = %s.$$\n";

    @Test
    void aThresholdOfAnAbsoluteValueIsPositive() {
        CheckedDocument d = PublicInputsTest.check(HUBER.formatted("-\\delta"), "≈≈");
        assertTrue(d.messages().contains("line 2: assumes delta > 0 (it bounds an absolute value in a case of the display)"),
                d.messages().toString());
        PublicInputsTest.check(HUBER.formatted("\\delta"), "≈✗");
    }

    @Test
    void theFormsOfABound() {
        assertEquals(Set.of("delta"), CaseThresholds.of("H = \\begin{cases} a & \\lvert r \\rvert \\leq \\delta \\\\ b & \\text{otherwise} \\end{cases}"));
        assertEquals(Set.of("lambda"), CaseThresholds.of("S = \\begin{cases} 0 & -\\lambda \\le x \\le \\lambda \\\\ x & \\text{else} \\end{cases}"));
        assertEquals(Set.of("c"), CaseThresholds.of("g = \\begin{cases} x & \\left| x \\right| < c \\\\ c & c \\le |x| \\end{cases}"));
        // a number, an entry, a condition without an absolute value and prose outside a cases environment bound nothing
        assertEquals(Set.of(), CaseThresholds.of("f = \\begin{cases} x & |x| \\le 1 \\\\ 1 & |x| > c_i \\end{cases}"));
        assertEquals(Set.of(), CaseThresholds.of("f = \\begin{cases} x & x \\le a \\\\ a & x > a \\end{cases}"));
        assertEquals(Set.of(), CaseThresholds.of("|r| \\le \\delta"));
    }
}
