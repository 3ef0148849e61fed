package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A bound a row states on one variable ({@code = 1 \quad \text{for } x > 0}, {@code , \quad 0 < p < 1}) holds for that
 * row's steps, as the directive {@code assume x > 0} would for the whole document. Before, it was noted "condition x > 0
 * not used" and a right step such as d√(x²)/dx = 1 for x > 0 was false at a negative x. Other rows are not bound by it.
 */
class RowConditionBoundsTest {
    @Test
    void aPositiveVariableBoundsItsRow() {
        String right = "$$\\frac{d}{dx} \\sqrt{x^2} = 1 \\quad \\text{for } x > 0$$\n";
        assertMarks("✓", right);
        assertMarks("✗", "$$\\frac{d}{dx} \\sqrt{x^2} = -1 \\quad \\text{for } x > 0$$\n");
        assertMarks("✓", "$$\\frac{d}{dx} \\sqrt{x^2} = 1, \\quad x \\ge 0$$\n");
        // the next row has no condition: false at a negative x again
        assertMarks("✓✗", right + "\n$$\\frac{d}{dx} \\sqrt{x^2} = 1$$\n");
    }

    @Test
    void aUnitIntervalBoundsItsRow() {
        assertMarks("✓", "$$\\frac{d}{dp} \\log \\sqrt{p^2} = \\frac{1}{p} \\quad \\text{for } 0 < p < 1$$\n");
        assertMarks("✗", "$$\\frac{d}{dp} \\log \\sqrt{p^2} = \\frac{1}{p^2} \\quad \\text{for } 0 < p < 1$$\n");
    }

    @Test
    void aConditionOnAnExpressionIsWhereTheRowIsChecked() {
        // x − 1 > 0 is no bound on a variable, but a case of the row (StatedCases): the step is checked where it holds
        // (x > 1, where √(x²)' = 1: was ✗ at a negative x, a correct line), and a step wrong there is still ✗
        assertMarks("≈", "$$\\frac{d}{dx} \\sqrt{x^2} = 1 \\quad \\text{for } x - 1 > 0$$\n");
        assertMarks("✗", "$$\\frac{d}{dx} \\sqrt{x^2} = -1 \\quad \\text{for } x - 1 > 0$$\n");
        assertMarks("✗", "$$\\frac{d}{dx} \\sqrt{x^2} = 1 \\quad \\text{for } x + 1 < 0$$\n");
    }
}
