package org.symgrad.document;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.symgrad.document.FreshNotationTest.assertMarks;
import static org.symgrad.document.FreshNotationTest.marks;

import org.junit.jupiter.api.Test;

/**
 * A plain capital as a whole term, or a number times one, beside a Hessian by a vector ({@code \nabla^2 f = 2A} after
 * 'For $f(x) = x^T A x$,') is a matrix read entry by entry, as beside a Jacobian: 2A_ij against A_ij + A_ji, ✗ with
 * "true if A is symmetric: state it" (was: skipped, '\nabla of a vector is matrix notation'); ✓ where the text says A is
 * symmetric.
 */
class HessianMatrixTermsTest {
    @Test
    void twiceTheMatrixIsTheHessianOnlyForASymmetricOne() {
        String two = marks("For $f(x) = x^T A x$,\n$$\\nabla^2 f = 2A$$\n");
        assertTrue(two.startsWith("✗") && two.contains("true if A is symmetric: state it"), two);
        assertMarks("✓", "Let $A$ be symmetric. For $f(x) = x^T A x$,\n$$\\nabla^2 f = 2A$$\n");
        assertMarks("✓", "For $f(x) = x^T A x$,\n$$\\nabla^2 f = A + A^T$$\n");
    }
}
