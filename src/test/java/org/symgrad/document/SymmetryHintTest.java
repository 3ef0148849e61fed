package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A false step that holds once a matrix it writes is symmetric says so beside its counterexample ("true if A is symmetric:
 * state it"), and stays ✗, as the text does not say it: {@code \nabla_x h = 2Ax} for h(x) = xᵀAx. Where the text says A is
 * symmetric the step is ✓; a step false either way gets no such words.
 */
class SymmetryHintTest {
    private static final String QUADRATIC = "For $h(x) = x^T A x$,\n";

    @Test
    void twoAxIsTrueOnlyForASymmetricMatrix() {
        String two = marks(QUADRATIC + "$$\\nabla_x h = 2Ax$$\n");
        assertTrue(two.startsWith("✗") && two.contains("true if A is symmetric: state it"), two);
        assertMarks("✓", "Let $A$ be symmetric. " + QUADRATIC + "$$\\nabla_x h = 2Ax$$\n");
        assertMarks("✓", QUADRATIC + "$$\\nabla_x h = (A + A^T)x$$\n");
        String half = marks(QUADRATIC + "$$\\nabla_x h = Ax$$\n");
        assertTrue(half.startsWith("✗") && !half.contains("symmetric"), half);
    }
}
