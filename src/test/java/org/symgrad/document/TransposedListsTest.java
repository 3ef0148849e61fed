package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A vector written as the list of its entries, transposed ({@code \nabla f = (2x_1 + 3x_2, 3x_1 + 3x_2^2)^T}, also
 * {@code ^\top}, {@code ^{T}}, {@code \left( … \right)}), is the column of those entries, checked entry by entry as a
 * {@code pmatrix} column is (was: "unexpected ','"). A list not transposed is read as neither a row nor a column; and sides
 * whose written sizes differ (∇f of two variables beside three entries) are not read entry by entry, where before the entry
 * past the shorter side compared as 0 and a trailing 0 made a wrong ✓.
 */
class TransposedListsTest {
    private static final String F = "Let $f(x_1, x_2) = x_1^2 + 3x_1x_2 + x_2^3$. Then\n\n";

    @Test
    void aTransposedListIsTheColumnOfItsEntries() {
        for (String t : new String[] {"^T", "^\\top", "^{T}"}) {
            assertMarks("✓", F + "$$\\nabla f = (2x_1 + 3x_2, 3x_1 + 3x_2^2)" + t + "$$\n");
            assertMarks("✗", F + "$$\\nabla f = (2x_1 + 3x_2, 3x_1 + 3x_2)" + t + "$$\n");
        }
        assertMarks("✓", F + "$$\\nabla f = \\left(2x_1 + 3x_2, 3x_1 + 3x_2^2\\right)^\\top$$\n");
        assertMarks("✓", "$$g(x, y) = x^2 y$$\n\n$$\\nabla g(x, y) = (2xy, x^2)^T$$\n");
        assertMarks("✗", "$$g(x, y) = x^2 y$$\n\n$$\\nabla g(x, y) = (x^2, 2xy)^T$$\n");
    }

    @Test
    void aListNotTransposedIsNotRead() {
        assertMarks("–", F + "$$\\nabla f = (2x_1 + 3x_2, 3x_1 + 3x_2^2)$$\n");
    }

    @Test
    void sidesOfDifferentWrittenSizesAreNotRead() {
        for (String column : new String[] {"(2x_1 + 3x_2, 3x_1 + 3x_2^2, 0)^T",
                "\\begin{pmatrix} 2x_1 + 3x_2 \\\\ 3x_1 + 3x_2^2 \\\\ 0 \\end{pmatrix}"}) {
            String got = marks(F + "$$\\nabla f = " + column + "$$\n");
            assertFalse(got.startsWith("✓") || got.startsWith("✗"), got);
        }
    }

    @Test
    void aCallOfSeveralArgumentsStaysACall() {
        assertMarks("✓", "$$g(x, y) = x^2 y$$\n\n$$\\frac{\\partial g(x, y)}{\\partial x} = 2xy$$\n");
    }
}
