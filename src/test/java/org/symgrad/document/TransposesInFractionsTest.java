package org.symgrad.document;

import static org.symgrad.document.FreshNotationTest.assertMarks;

import org.junit.jupiter.api.Test;

/**
 * A plain letter transposed at the start of a fraction's numerator or denominator, x of {@code \frac{x^\top A x}{x^\top x}}, is
 * a column as anywhere else (the brace opening a fraction's group was taken for a font's): the Rayleigh quotient's definition
 * was unread ('a transpose is matrix notation') and its gradient skipped → ✓, its slip ✗.
 */
class TransposesInFractionsTest {
    private static final String RAYLEIGH = "Let $A$ be symmetric.\n$$R(x) = \\frac{x^\\top A x}{x^\\top x}$$\n";

    @Test
    void theRayleighQuotientOfPlainLetters() {
        assertMarks("✓", RAYLEIGH + "$$\\nabla R(x) = \\frac{2}{x^\\top x}\\left(A x - R(x)\\, x\\right)$$\n");
        assertMarks("✗", RAYLEIGH + "$$\\nabla R(x) = \\frac{2}{x^\\top x}\\left(A x - x\\right)$$\n");
    }
}
