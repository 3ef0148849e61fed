package org.symgrad.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** jlatexmath prints the skip of {@code \\[4pt]} as text; the renderer drops the skip instead. */
class RowSkipTest {
    private static final String PLAIN = "\\begin{aligned} a &= b \\\\\n c &= d \\\\ e &= f \\end{aligned}";
    private static final String SKIPS = "\\begin{aligned} a &= b \\\\[4pt]\n c &= d \\\\[ 6.5pt ] e &= f \\end{aligned}";

    @Test
    void rowSkipIsDroppedBeforeLayout() {
        assertEquals(PLAIN, FormulaLayout.withoutRowSkips(SKIPS));
    }

    @Test
    void aRowBreakWithASkipRendersLikeAPlainRowBreak() {
        // Before the fix the image showed "[4pt]" and "[ 6.5pt ]" at the start of the rows.
        assertArrayEquals(Renderer.png(PLAIN), Renderer.png(SKIPS));
        assertEquals(Renderer.svg(PLAIN), Renderer.svg(SKIPS));
    }

    @Test
    void bracketsThatAreNotASkipStay() {
        String interval = "x \\in [0, 1] \\\\ [a] &= b";
        assertEquals(interval, FormulaLayout.withoutRowSkips(interval));
    }
}
