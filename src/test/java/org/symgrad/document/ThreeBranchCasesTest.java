package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A {@code cases} with any number of rows, each on comparisons of values ({@code x > 1}, {@code |x| \le 1},
 * {@code 0 < z < 1}) or "otherwise", is read as each value times its condition's indicator; a row whose value
 * is written as a chain ({@code \frac{\partial y_i}{\partial z_j} = y_i (1 - y_i) & i = j}, seed 003) has
 * the last side as its value.
 */
class ThreeBranchCasesTest {
    private static CheckedDocument md(String text) {
        return DocumentChecker.check(text, DocumentKind.MARKDOWN, DocumentOptions.NONE);
    }

    private static void assertMarks(String marks, String text) {
        CheckedDocument d = md(text);
        assertEquals(marks, PublicInputsTest.marks(d), () -> PublicInputsTest.describe(d));
    }

    private static final String CLIP = "$$f(x) = \\begin{cases} 1 & x > 1 \\\\ x & |x| \\le 1 \\\\ -1 & x < -1 \\end{cases}$$\n\n";

    @Test
    void threeBranchesOfAValueAreReadAndTheirDerivativeChecked() {
        assertMarks("✓", CLIP + "$$\\frac{\\mathrm{d}}{\\mathrm{d} x} f(x) = \\begin{cases} 0 & x > 1 \\\\ 1 & |x| \\le 1 "
                + "\\\\ 0 & x < -1 \\end{cases}$$\n");
        // a wrong middle branch is false, a wrong outer one too
        assertMarks("✗", CLIP + "$$\\frac{\\mathrm{d}}{\\mathrm{d} x} f(x) = \\begin{cases} 0 & x > 1 \\\\ 2 & |x| \\le 1 "
                + "\\\\ 0 & x < -1 \\end{cases}$$\n");
        assertMarks("✗", CLIP + "$$\\frac{\\mathrm{d}}{\\mathrm{d} x} f(x) = \\begin{cases} 0 & x > 1 \\\\ 1 & |x| \\le 1 "
                + "\\\\ 1 & x < -1 \\end{cases}$$\n");
    }

    @Test
    void aChainedConditionAndOtherwise() {
        // the smooth hinge (Rennie & Srebro) with "otherwise" for its last piece, and its derivative
        String h = "$$h(z) = \\begin{cases} \\frac{1}{2} - z & \\text{if } z \\le 0 \\\\ \\frac{1}{2} (1 - z)^2 & \\text{if } 0 < z < 1 "
                + "\\\\ 0 & \\text{otherwise} \\end{cases}$$\n\n";
        assertMarks("✓", h + "$$\\frac{\\mathrm{d} h}{\\mathrm{d} z} = \\begin{cases} -1 & z \\le 0 \\\\ z - 1 & 0 < z < 1 "
                + "\\\\ 0 & z \\ge 1 \\end{cases}$$\n");
        assertMarks("✗", h + "$$\\frac{\\mathrm{d} h}{\\mathrm{d} z} = \\begin{cases} -1 & z \\le 0 \\\\ 1 - z & 0 < z < 1 "
                + "\\\\ 0 & z \\ge 1 \\end{cases}$$\n");
    }

    @Test
    void aRowWhoseValueIsAChainHasItsLastSideAsValue() {
        String y = "$$y_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$$\n\n";
        assertMarks("✓", y + "$$\\frac{\\partial y_i}{\\partial z_j} = \\begin{cases} \\frac{\\partial y_i}{\\partial z_i} = y_i (1 - y_i) "
                + "& \\text{for } i=j \\\\ \\frac{\\partial y_i}{\\partial z_j} = -y_i y_j & \\text{for } i \\neq j \\end{cases}$$\n");
        assertMarks("✗", y + "$$\\frac{\\partial y_i}{\\partial z_j} = \\begin{cases} \\frac{\\partial y_i}{\\partial z_i} = y_i (1 - y_i) "
                + "& \\text{if } i = j \\\\ \\frac{\\partial y_i}{\\partial z_j} = y_i y_j & i \\neq j \\end{cases}$$\n");
    }

    @Test
    void anIndexRowAmongValueRowsOrAComparisonOfNumbersIsStillRefused() {
        for (String rows : new String[] {"1 & i = j \\\\ 2 & x > 0 \\\\ 3 & x < 0", "1 & 0 < 1 \\\\ x & x > 1 \\\\ 0 & x < 1"}) {
            CheckedDocument d = md("$$g_i(x) = \\begin{cases} " + rows + " \\end{cases}$$\n\n$$\\frac{\\mathrm{d} g_i}{\\mathrm{d} x} = 0$$\n");
            assertTrue(PublicInputsTest.describe(d).contains("this piecewise definition is not supported"),
                    () -> rows + ": " + PublicInputsTest.describe(d));
        }
    }
}
